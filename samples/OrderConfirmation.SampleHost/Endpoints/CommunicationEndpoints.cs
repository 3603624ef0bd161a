using System.ComponentModel;
using Microsoft.AspNetCore.Mvc;
using OrderConfirmation.Formats;
using OrderConfirmation.Lifecycle;
using OrderConfirmation.Lifecycle.Commands;
using OrderConfirmation.Lifecycle.State;
using OrderConfirmation.SampleHost.Contracts;
using OrderConfirmation.SampleHost.Contracts.Schemas;
using OrderConfirmation.SampleHost.Http;
using OrderConfirmation.SampleHost.Identity;
using OrderConfirmation.SampleHost.Store;
using OrderConfirmation.Storage;

namespace OrderConfirmation.SampleHost.Endpoints;

/// <summary>
/// <c>POST /orders/{id}/communications</c>, a communication about an order is recorded; <c>GET /orders/{id}/communications</c>,
/// the order's communications and customer notifications as the caller may see them.
/// </summary>
internal static class CommunicationEndpoints
{
    /// <summary>Maps the endpoints.</summary>
    public static IEndpointRouteBuilder MapCommunicationEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapPost("/orders/{id}/communications", RecordAsync)
            .WithName("RecordCommunication")
            .WithTags("Communications")
            .WithSummary("Records a communication about an order, possibly telling the customer what a notification asked.")
            .WithDescription(
                "Roles: SalesRep, ConfirmationOfficer, HeadOfOrderConfirmation, FinanceOfficer, ExecutionOfficer; never the Auditor. In any status, after " +
                "the order's life is over too; the status does not change. The body has `channel` (Phone, Email, InstantMessage, Meeting, Letter), " +
                "`direction` (Inbound, Outbound), `counterpart`, `summary`, `occurredAt` (not in the future) and optionally `answers`, the customer " +
                "notifications (N1, …) an outbound communication answers. The response is the communication with the id the library gave it " +
                "(C1, C2, …). A refusal is a problem whose `reason` is RoleNotPermitted (403) or PreconditionFailed (409: an unknown notification, " +
                "one already answered, an inbound communication answering one, a communication in the future).")
            .Accepts<CommunicationBody>("application/json")
            .Produces<CommunicationSchema>(StatusCodes.Status201Created)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge);

        app.MapGet("/orders/{id}/communications", ListAsync)
            .WithName("GetCommunications")
            .WithTags("Communications")
            .WithSummary("An order's communications and customer notifications, as the caller's role may see them.")
            .WithDescription(
                "Roles: any. Every communication in recording order and every customer notification (open or answered, with the " +
                "communication that answered it). Who was spoken to, what was said and what the customer must be told are customer data " +
                "(article 5, need-to-know): shown to SalesRep, ConfirmationOfficer, HeadOfOrderConfirmation and FinanceOfficer, masked (`***`) " +
                "for the others; `masked` names what was hidden. The read is recorded in the audit trail first (`GET /orders/{id}/readers`).")
            .Produces<CommunicationsSchema>(StatusCodes.Status200OK)
            .ProducesProblem(StatusCodes.Status404NotFound);
        return app;
    }

    private static async Task<IResult> ListAsync(string id, Caller caller, OrderCommandProcessor processor, OrderReadLog reads, CancellationToken cancellationToken)
    {
        if (await processor.Store.FindAsync(id, cancellationToken) is not { State: var state })
        {
            return Problems.UnknownOrder(id);
        }

        var view = NeedToKnow.For(caller.Roles, processor.Policy);
        await reads.RecordReadAsync(state.OrderId, new Actor(caller.Id!, view.Role), view.Masked, cancellationToken);
        return new JsonWriterResult(writer => CommunicationJson.WriteAll(writer, state, view));
    }

    private static async Task<IResult> RecordAsync(
        string id,
        HttpRequest request,
        Caller caller,
        [FromHeader(Name = HostCommands.IdempotencyKeyHeader), Description(HostCommands.IdempotencyKeyDescription)] string? idempotencyKey,
        OrderCommandProcessor processor,
        CancellationToken cancellationToken)
    {
        if (await processor.Store.FindAsync(id, cancellationToken) is null)
        {
            return Problems.UnknownOrder(id);
        }

        var bytes = await JsonBody.ReadBytesAsync(request, cancellationToken);
        var command = Command(JsonBody.Parse(bytes, HostJsonContext.Default.CommunicationBody));
        var actor = HostCommands.ActorFor(caller, LifecycleCommandKind.RecordCommunication, processor.Policy);
        var result = await processor.ExecuteAsync(
            HostCommands.Request(idempotencyKey, "communication", id, caller, bytes),
            (_, _) => ValueTask.FromResult<IReadOnlyList<CommandStep>>([new(command, actor)]),
            cancellationToken);
        if (HostCommands.Problem(result) is { } problem)
        {
            return problem;
        }

        // The communication this request recorded: the latest one; for a replay, the latest one this caller recorded with this
        // body's data (others may have been recorded since).
        var communications = result.Order!.State.Communications;
        var recorded = result.Status == CommandStatus.Accepted
            ? communications[^1]
            : communications.Last(c => c.RecordedBy == actor.Id && (c.Channel, c.Direction, c.Counterpart, c.Summary, c.OccurredAt) == (command.Channel, command.Direction, command.Counterpart, command.Summary, command.OccurredAt));
        return new JsonWriterResult(writer => CommunicationJson.Write(writer, recorded, customerData: true), $"/orders/{Uri.EscapeDataString(id)}/communications");
    }

    private static RecordCommunication Command(CommunicationBody body)
    {
        var channel = TextValues.Name<CommunicationChannel>(Required(body.Channel, "channel", "Phone, Email, InstantMessage, Meeting or Letter"), "channel", JsonBody.Source);
        var direction = TextValues.Name<CommunicationDirection>(Required(body.Direction, "direction", "Inbound or Outbound"), "direction", JsonBody.Source);
        var counterpart = Required(body.Counterpart, "counterpart", "who was spoken to, such as Customer: Zhang Wei");
        var summary = Required(body.Summary, "summary", "what was said");
        var occurredAt = TextValues.Instant(Required(body.OccurredAt, "occurredAt", "when it took place, such as 2026-11-20T01:30:00Z"), "occurredAt", JsonBody.Source);
        var answers = body.Answers ?? [];
        if (answers.Any(string.IsNullOrWhiteSpace) || answers.Distinct(StringComparer.Ordinal).Count() != answers.Count)
        {
            throw new RequestFormatException(JsonBody.Source, "answers", "Notification ids such as N1, each non-blank and named once.");
        }

        return new RecordCommunication(channel, direction, counterpart, summary, occurredAt, answers);
    }

    private static string Required(string? value, string field, string what) =>
        string.IsNullOrWhiteSpace(value) ? throw new RequestFormatException(JsonBody.Source, field, $"Required: {what}.") : value;
}
