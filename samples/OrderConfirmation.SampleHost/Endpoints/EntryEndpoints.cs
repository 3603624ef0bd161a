using System.ComponentModel;
using System.Text.Json.Nodes;
using NodaTime;
using Microsoft.AspNetCore.Mvc;
using OrderConfirmation.Calendars;
using OrderConfirmation.Findings;
using OrderConfirmation.Formats;
using OrderConfirmation.Lifecycle;
using OrderConfirmation.Lifecycle.Commands;
using OrderConfirmation.Lifecycle.State;
using OrderConfirmation.Orders;
using OrderConfirmation.Review;
using OrderConfirmation.Rules;
using OrderConfirmation.SampleHost.Contracts.Schemas;
using OrderConfirmation.SampleHost.Http;
using OrderConfirmation.SampleHost.Identity;
using OrderConfirmation.SampleHost.Store;
using OrderConfirmation.Storage;

namespace OrderConfirmation.SampleHost.Endpoints;

/// <summary>
/// <c>POST /orders</c>: a sales rep enters an order (article 4.1). The preliminary review runs, and the order is
/// submitted to Order Confirmation when it passes; otherwise it stays a draft the sales rep sends again corrected.
/// </summary>
internal static class EntryEndpoints
{
    /// <summary>Maps the endpoint.</summary>
    public static IEndpointRouteBuilder MapEntryEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapPost("/orders", EnterAsync)
            .WithName("EnterOrder")
            .WithTags("Orders")
            .WithSummary("Enters an order and submits it when the preliminary review passes.")
            .WithDescription(
                "Roles: SalesRep. The body is a review request exactly as `orderconfirm review` reads it (an `order` and its `facts`). The order " +
                "is entered in the caller's name: `order.enteredBy` must be absent or the caller's user id (else 403). The host runs the " +
                "preliminary review at its own clock in the company's time zone (the request's `facts.asOf` and `facts.timeZone` are not used) " +
                "with the rules in force, and submits the order to Order Confirmation when it found no error. The response holds the order's " +
                "status (`Submitted`, or `Draft` when the preliminary review found errors) and the preliminary review's decision as " +
                "`orderconfirm review --json` writes it. A draft may be sent again, corrected, by whoever entered it (200); an order past the " +
                "draft is not entered again (409 WrongState). The request's facts (credit profile, supply, capabilities) are what this sample " +
                "host later reviews with; a real host gets them from its ERP and CRM.")
            .Accepts<ReviewRequestSchema>("application/json")
            .Produces<EntrySchema>(StatusCodes.Status201Created)
            .Produces<EntrySchema>(StatusCodes.Status200OK)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType);
        return app;
    }

    private static async Task<IResult> EnterAsync(
        HttpRequest request,
        Caller caller,
        [FromHeader(Name = HostCommands.IdempotencyKeyHeader), Description(HostCommands.IdempotencyKeyDescription)] string? idempotencyKey,
        IRuleSetProvider rules,
        OrderCommandProcessor processor,
        RecordedFacts recorder,
        WorkingCalendar calendar,
        IClock clock,
        CancellationToken cancellationToken)
    {
        var sales = HostCommands.ActorFor(caller, LifecycleCommandKind.Enter, processor.Policy);
        var body = await JsonBody.ReadBytesAsync(request, cancellationToken);
        var read = ReviewRequestReader.Read(body, JsonBody.Source, RequestLimits.Default, calendar.Zone);
        var orderId = string.IsNullOrWhiteSpace(read.Order.OrderId)
            ? throw new RequestFormatException(JsonBody.Source, "order.orderId", "Required by this host: the id it keeps the order under.")
            : read.Order.OrderId;
        if (!string.IsNullOrWhiteSpace(read.Order.EnteredBy) && read.Order.EnteredBy.Trim() != sales.Id)
        {
            return Problems.Forbidden(
                $"order.enteredBy is '{read.Order.EnteredBy}' but the caller is {sales.Id}: a sales rep enters orders in their own name. Leave enteredBy out or give your own user id.");
        }

        if (await processor.Store.FindAsync(orderId, cancellationToken) is { State: { Status: OrderStatus.Draft } draft } && draft.EnteredBy != sales.Id)
        {
            return Problems.Forbidden($"{draft.EnteredBy} entered order {orderId}; only they correct its draft.");
        }

        var order = read.Order with { EnteredBy = sales.Id };
        var facts = new ReviewFacts(order, read.Credit, read.Supply, read.Capabilities, clock.GetCurrentInstant(), calendar.Zone) { Prices = read.Prices, ExchangeRates = read.ExchangeRates };
        var preliminary = Preliminary(ReviewEvaluator.Evaluate(rules.Current, facts));
        var submit = !preliminary.Findings.Any(f => f.IsBlocking);

        // A new order is entered, a draft corrected; an order past the draft is entered again only to be refused (and audited).
        var result = await processor.ExecuteAsync(
            HostCommands.Request(idempotencyKey, "enter", orderId, caller, body),
            (current, _) =>
            {
                CommandStep entry = current is { Status: OrderStatus.Draft } ? new(new EditDraft(order), sales) : new(new EnterOrder(order), sales);
                return ValueTask.FromResult<IReadOnlyList<CommandStep>>(submit ? [entry, new(new SubmitOrder(preliminary), sales)] : [entry]);
            },
            cancellationToken);
        // Entered but not submitted (only a submission refused) still answers with the order as it stands.
        if (result.Transitions is not [{ IsAccepted: true }, ..] && HostCommands.Problem(result) is { } problem)
        {
            return problem;
        }

        var state = result.Order!.State;
        if (result.Status == CommandStatus.Accepted)
        {
            recorder.Record(facts);
        }

        var created = result.Transitions is [{ Command: EnterOrder, IsAccepted: true }, ..];
        var json = new JsonObject
        {
            ["orderId"] = state.OrderId,
            ["status"] = state.Status.ToString(),
            ["preliminaryReview"] = JsonNode.Parse(DecisionJsonWriter.ToJson(preliminary)),
        };
        return new JsonWriterResult(writer => json.WriteTo(writer), created ? $"/orders/{Uri.EscapeDataString(orderId)}" : null);
    }

    /// <summary>
    /// The preliminary review's part of a decision. The preliminary review runs first and reads nothing the later stages
    /// find, so its part of a full evaluation is the preliminary review; the detailed stages are Order Confirmation's.
    /// </summary>
    private static ReviewDecision Preliminary(ReviewDecision decision) =>
        new(
            decision.OrderId,
            [.. decision.StagesRun.Where(s => s == ReviewStage.PreliminaryReview)],
            [.. decision.Findings.Where(f => f.Stage == ReviewStage.PreliminaryReview)],
            decision.RuleSetVersion,
            decision.EvaluatedAt,
            decision.RuleSetLabel,
            decision.RuleSetEffectiveDate);
}
