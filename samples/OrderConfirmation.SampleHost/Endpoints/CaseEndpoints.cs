using System.ComponentModel;
using Microsoft.OpenApi;
using NodaTime;
using OrderConfirmation.Cases;
using OrderConfirmation.Findings;
using OrderConfirmation.Formats;
using OrderConfirmation.Kpis;
using OrderConfirmation.Lifecycle.State;
using OrderConfirmation.SampleHost.Contracts;
using OrderConfirmation.SampleHost.Contracts.Schemas;
using OrderConfirmation.SampleHost.Http;
using OrderConfirmation.SampleHost.Identity;
using OrderConfirmation.Storage;

namespace OrderConfirmation.SampleHost.Endpoints;

/// <summary>
/// Customer queries, complaints and anonymous reports (articles 5 and 6.1): receive, read, assign, investigate, rectify,
/// answer and close, and the overdue list. Reports come in through <see cref="AnonymousChannel.Route"/>, the one route that
/// takes no token; only the Auditor reads or acts on them.
/// </summary>
internal static class CaseEndpoints
{
    private const string Tag = "Cases";

    /// <summary>Maps the endpoints that need a known caller (put them in the group with the known-caller filter).</summary>
    public static IEndpointRouteBuilder MapCaseEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapPost("/cases", ReceiveAsync)
            .WithName("ReceiveCase").WithTags(Tag)
            .WithSummary("Receives a customer's query or complaint.")
            .WithDescription(
                "Roles: SalesRep, ConfirmationOfficer, HeadOfOrderConfirmation. `kind` Query or Complaint (a report goes through POST /cases/reports), " +
                "`channel`, `subject`, `description`, `customer` (who the customer is, as given) and optionally `orderId`. The reply is due the kind's " +
                "reply time in business time after receipt (Query 8 business hours, Complaint 2 business days). A refusal is a problem whose `reason` " +
                "is RoleNotPermitted (403) or PreconditionFailed (409, a blank text).")
            .Accepts<CaseBody>("application/json")
            .Produces<CaseSchema>(StatusCodes.Status201Created)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge);

        app.MapGet("/cases/overdue", OverdueAsync)
            .WithName("GetOverdueCases").WithTags(Tag)
            .WithSummary("The unanswered cases past their reply due, earliest due first.")
            .WithDescription("Roles: any; each caller sees only the cases their role may read (reports only the Auditor).")
            .Produces<CaseSchema[]>(StatusCodes.Status200OK);

        app.MapGet("/cases/{id}", GetAsync)
            .WithName("GetCase").WithTags(Tag)
            .WithSummary("A case, to those whose role may read it.")
            .WithDescription(
                "Roles: queries and complaints SalesRep, ConfirmationOfficer, HeadOfOrderConfirmation, Auditor; reports only the Auditor " +
                "(for any other role a report is not found, 404, so that its existence is not told either).")
            .Produces<CaseSchema>(StatusCodes.Status200OK)
            .ProducesProblem(StatusCodes.Status404NotFound);

        MapCommand(app, "/cases/{id}/assign", Command(ReadAssign), "AssignCase", "Assigns the case to a department and an employee.", "`{ \"department\": \"OrderConfirmation\", \"employee\": \"conf.wang\" }`; open cases only.", typeof(AssignBody));
        MapCommand(app, "/cases/{id}/notes", Command(ReadNote), "AddCaseNote", "Adds an investigation note.", "`{ \"text\": \"…\" }`; not on closed cases. Complaints: ConfirmationOfficer, HeadOfOrderConfirmation, Auditor.", typeof(NoteBody));
        MapCommand(app, "/cases/{id}/rectifications", Command(ReadRectification), "AddRectification", "Decides a rectification action.", "`{ \"owner\": \"conf.wang\", \"dueAt\": \"2026-12-04T10:00:00Z\", \"description\": \"…\" }`; complaints and reports: Auditor.", typeof(RectificationBody));
        MapCommand(app, "/cases/{id}/rectifications/{n}/done", DoneAsync, "CompleteRectification", "Records a rectification action as done.", "`{ \"how\": \"…\" }`; refused (409) for an unknown or already done action.", typeof(RectificationDoneBody));
        MapCommand(app, "/cases/{id}/answer", Command(ReadAnswer), "AnswerCase", "Gives the answer.", "`{ \"answer\": \"…\", \"substantiated\": true }`: a complaint's answer must say whether it was substantiated, a query's must not.", typeof(AnswerBody));
        MapCommand(app, "/cases/{id}/close", Command(_ => new CloseCase()), "CloseCase", "Closes an answered case.", "No body. Refused (409) before the answer and while a rectification is open.", null);
        return app;
    }

    /// <summary>Maps the anonymous channel: on the application itself, outside the known-caller group, open to anonymous callers.</summary>
    public static IEndpointRouteBuilder MapAnonymousReportEndpoint(this IEndpointRouteBuilder app)
    {
        app.MapPost(AnonymousChannel.Route, ReportAsync)
            .AllowAnonymous()
            .AddOpenApiOperationTransformer((operation, _, _) =>
            {
                // An empty requirement: callers need no token here (OpenAPI's way to say "anonymous").
                operation.Security = [new OpenApiSecurityRequirement()];
                return Task.CompletedTask;
            })
            .WithName("ReportCase").WithTags(Tag)
            .WithSummary("The anonymous channel: anyone reports a breach of the regulation.")
            .WithDescription(
                "No token: any Authorization or Cookie header is dropped unread. `channel`, `subject`, `description`, and optionally `contact` (only what " +
                "the reporter chooses to give, such as a way to reach them; readable by the Auditor alone) and `orderId`. Nothing identifies the reporter: " +
                "the case records the anonymous channel as its receiver, and neither the audit trail nor the logs hold the contact text. The answer is the case " +
                "id and when the Auditor's answer is due (5 business days).")
            .Accepts<ReportBody>("application/json")
            .Produces<ReportReceiptSchema>(StatusCodes.Status201Created)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge);
        return app;
    }

    private static void MapCommand(IEndpointRouteBuilder app, string route, Delegate handler, string name, string summary, string description, Type? body)
    {
        var endpoint = app.MapPost(route, handler)
            .WithName(name).WithTags(Tag)
            .WithSummary(summary)
            .WithDescription(
                $"{description} Roles: as the case policy gives them for the case's kind (reports: Auditor only). The response is the case; a refusal " +
                "is a problem whose `reason` is RoleNotPermitted (403), WrongState (409: a closed case, or not in a status for it) or PreconditionFailed (409).")
            .Produces<CaseSchema>(StatusCodes.Status200OK)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
        if (body is not null)
        {
            endpoint.Accepts(body, "application/json").ProducesProblem(StatusCodes.Status413PayloadTooLarge);
        }
    }

    /// <summary>The handler of a command on a case whose body <paramref name="read"/> turns into the command.</summary>
    private static Func<string, HttpRequest, Caller, CaseCommandProcessor, IClock, CancellationToken, Task<IResult>> Command(Func<byte[], CaseCommand> read) =>
        (id, request, caller, processor, clock, cancellationToken) => CommandAsync(id, request, caller, processor, clock, read, cancellationToken);

    private static Task<IResult> DoneAsync(
        string id,
        [Description("The rectification's number in the case, such as 1.")] int n,
        HttpRequest request,
        Caller caller,
        CaseCommandProcessor processor,
        IClock clock,
        CancellationToken cancellationToken) =>
        CommandAsync(id, request, caller, processor, clock, bytes => new CompleteRectification(n, CaseJsonContext.Required(JsonBody.Parse(bytes, CaseJsonContext.Default.RectificationDoneBody).How, "how", "what was done")), cancellationToken);

    private static async Task<IResult> ReceiveAsync(HttpRequest request, Caller caller, CaseCommandProcessor processor, IClock clock, CancellationToken cancellationToken)
    {
        var body = await JsonBody.ReadAsync(request, CaseJsonContext.Default.CaseBody, cancellationToken);
        var kind = TextValues.Name<CaseKind>(CaseJsonContext.Required(body.Kind, "kind", "Query or Complaint"), "kind", JsonBody.Source);
        if (kind == CaseKind.Report)
        {
            throw new RequestFormatException(JsonBody.Source, "kind", $"A report goes through POST {AnonymousChannel.Route}, which records no caller.");
        }

        var receive = new ReceiveCase(
            NewCaseId(),
            kind,
            Channel(body.Channel),
            CaseJsonContext.Required(body.Subject, "subject", "what the case is about, in a line"),
            CaseJsonContext.Required(body.Description, "description", "the query or complaint as given"),
            CaseJsonContext.Required(body.Customer, "customer", "who the customer is, as given"),
            body.OrderId);
        var result = await processor.ExecuteAsync(receive.CaseId, receive, ActorFor(caller, kind, CaseCommandKind.Receive, processor.Policy), cancellationToken);
        var now = clock.GetCurrentInstant();
        return result.IsAccepted
            ? new JsonWriterResult(writer => CaseJson.Write(writer, result.State!, now), $"/cases/{result.CaseId}")
            : Refused(result.Refusal!);
    }

    private static async Task<IResult> ReportAsync(HttpRequest request, CaseCommandProcessor processor, CancellationToken cancellationToken)
    {
        var body = await JsonBody.ReadAsync(request, CaseJsonContext.Default.ReportBody, cancellationToken);
        var receive = new ReceiveCase(
            NewCaseId(),
            CaseKind.Report,
            Channel(body.Channel),
            CaseJsonContext.Required(body.Subject, "subject", "what the report is about, in a line"),
            CaseJsonContext.Required(body.Description, "description", "the report"),
            body.Contact,
            body.OrderId);
        var result = await processor.ExecuteAsync(receive.CaseId, receive, actor: null, cancellationToken);
        return result.IsAccepted
            ? new JsonWriterResult(writer => CaseJson.WriteReceipt(writer, result.State!), $"/cases/{result.CaseId}")
            : Refused(result.Refusal!);
    }

    private static async Task<IResult> GetAsync(string id, Caller caller, CaseCommandProcessor processor, IClock clock, CancellationToken cancellationToken)
    {
        if (await processor.Store.FindAsync(id, cancellationToken) is not { State: var state })
        {
            return UnknownCase(id);
        }

        if (!caller.Roles.Any(role => processor.Policy.MayRead(state.Kind, role)))
        {
            return state.Kind == CaseKind.Report
                ? UnknownCase(id)
                : Problems.Forbidden($"{string.Join(", ", caller.Roles)} may not read a {state.Kind}; only {string.Join(", ", processor.Policy.ReadRoles[state.Kind])} may.");
        }

        var now = clock.GetCurrentInstant();
        return new JsonWriterResult(writer => CaseJson.Write(writer, state, now));
    }

    private static async Task<IResult> OverdueAsync(Caller caller, CaseCommandProcessor processor, IClock clock, CancellationToken cancellationToken)
    {
        var now = clock.GetCurrentInstant();
        var overdue = await processor.Store.ListOverdueAsync(now, cancellationToken);
        var readable = overdue.Select(c => c.State).Where(state => caller.Roles.Any(role => processor.Policy.MayRead(state.Kind, role))).ToList();
        return new JsonWriterResult(writer =>
        {
            writer.WriteStartArray();
            foreach (var state in readable)
            {
                CaseJson.Write(writer, state, now);
            }

            writer.WriteEndArray();
        });
    }

    private static async Task<IResult> CommandAsync(string id, HttpRequest request, Caller caller, CaseCommandProcessor processor, IClock clock, Func<byte[], CaseCommand> read, CancellationToken cancellationToken)
    {
        if (await processor.Store.FindAsync(id, cancellationToken) is not { State: var state })
        {
            return UnknownCase(id);
        }

        var command = read(await JsonBody.ReadBytesAsync(request, cancellationToken));
        var result = await processor.ExecuteAsync(id, command, ActorFor(caller, state.Kind, command.Kind, processor.Policy), cancellationToken);
        var now = clock.GetCurrentInstant();
        return result.IsAccepted ? new JsonWriterResult(writer => CaseJson.Write(writer, result.State!, now)) : Refused(result.Refusal!);
    }

    private static AssignCase ReadAssign(byte[] bytes)
    {
        var body = JsonBody.Parse(bytes, CaseJsonContext.Default.AssignBody);
        var department = TextValues.Name<Department>(CaseJsonContext.Required(body.Department, "department", "such as OrderConfirmation"), "department", JsonBody.Source);
        return new AssignCase(department, CaseJsonContext.Required(body.Employee, "employee", "the employee's user id"));
    }

    private static AddInvestigationNote ReadNote(byte[] bytes) =>
        new(CaseJsonContext.Required(JsonBody.Parse(bytes, CaseJsonContext.Default.NoteBody).Text, "text", "what was found or done"));

    private static AddRectification ReadRectification(byte[] bytes)
    {
        var body = JsonBody.Parse(bytes, CaseJsonContext.Default.RectificationBody);
        var dueAt = TextValues.Instant(CaseJsonContext.Required(body.DueAt, "dueAt", "an instant such as 2026-12-04T10:00:00Z"), "dueAt", JsonBody.Source);
        return new AddRectification(CaseJsonContext.Required(body.Owner, "owner", "who must carry it out"), dueAt, CaseJsonContext.Required(body.Description, "description", "what must be done"));
    }

    private static AnswerCase ReadAnswer(byte[] bytes)
    {
        var body = JsonBody.Parse(bytes, CaseJsonContext.Default.AnswerBody);
        return new AnswerCase(CaseJsonContext.Required(body.Answer, "answer", "the answer as given"), body.Substantiated);
    }

    private static CommunicationChannel Channel(string? channel) =>
        TextValues.Name<CommunicationChannel>(CaseJsonContext.Required(channel, "channel", "Phone, Email, InstantMessage, Meeting or Letter"), "channel", JsonBody.Source);

    private static string NewCaseId() => $"CASE-{Guid.NewGuid():N}"[..17];

    /// <summary>The caller in the first of their roles the policy lets give the command on a case of the kind, else in their first role (so the refusal is audited).</summary>
    private static Actor ActorFor(Caller caller, CaseKind kind, CaseCommandKind command, CasePolicy policy) =>
        new(caller.Id!, caller.Roles.FirstOrDefault(role => policy.Permits(kind, role, command), caller.Roles[0]));

    private static Microsoft.AspNetCore.Http.HttpResults.ProblemHttpResult UnknownCase(string id) =>
        TypedResults.Problem(
            title: "Unknown case.",
            detail: $"This host has no case '{id}' that the caller may see.",
            statusCode: StatusCodes.Status404NotFound,
            extensions: new Dictionary<string, object?> { ["caseId"] = id });

    private static Microsoft.AspNetCore.Http.HttpResults.ProblemHttpResult Refused(Refusal refusal) =>
        TypedResults.Problem(
            title: "The case lifecycle refused the command.",
            detail: refusal.Message,
            statusCode: Problems.StatusFor(refusal.Reason),
            extensions: new Dictionary<string, object?> { ["reason"] = refusal.Reason.ToString() });
}
