using System.ComponentModel;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Mvc;
using NodaTime;
using OrderConfirmation.Calendars;
using OrderConfirmation.Formats;
using OrderConfirmation.Lifecycle.Commands;
using OrderConfirmation.Lifecycle.State;
using OrderConfirmation.Lifecycle;
using OrderConfirmation.Review;
using OrderConfirmation.Rules;
using OrderConfirmation.SampleHost.Http;
using OrderConfirmation.SampleHost.Store;

namespace OrderConfirmation.SampleHost.Endpoints;

/// <summary><c>POST /orders/review</c>: a review request in, the decision out; the order is entered and its detailed review started.</summary>
internal static class ReviewEndpoints
{
    /// <summary>Maps the endpoint.</summary>
    public static IEndpointRouteBuilder MapReviewEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapPost("/orders/review", ReviewAsync)
            .WithName("ReviewOrder")
            .WithTags("Orders")
            .WithSummary("Reviews an order and enters it.")
            .WithDescription(
                "The body is a review request exactly as `orderconfirm review` reads it (an `order` and its `facts`); the response is the " +
                "decision as `orderconfirm review --json` writes it. The host reviews at its own clock in the company's time zone (the request's " +
                "`facts.asOf` and `facts.timeZone` are not used) with the rules in force, then enters the order in the name of `order.enteredBy` " +
                "(a SalesRep), submits it when the preliminary review passed, and starts the detailed review in the name of the caller, who must be " +
                "a ConfirmationOfficer or the HeadOfOrderConfirmation. An order still a draft (its preliminary review failed) may be sent again corrected.")
            .Accepts<JsonObject>("application/json")
            .Produces(StatusCodes.Status200OK, contentType: "application/json")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status409Conflict);
        return app;
    }

    private static async Task<IResult> ReviewAsync(
        HttpRequest request,
        [FromHeader(Name = ActorHeaders.UserHeader), Description("The user id of the confirmation officer reviewing the order.")] string? user,
        [FromHeader(Name = ActorHeaders.RoleHeader), Description("ConfirmationOfficer or HeadOfOrderConfirmation.")] string? role,
        IRuleSetProvider rules,
        OrderLifecycle lifecycle,
        OrderStore store,
        RecordedFacts recorder,
        WorkingCalendar calendar,
        IClock clock,
        CancellationToken cancellationToken)
    {
        var officer = ActorHeaders.Read(user, role);
        if (!lifecycle.Policy.Permits(officer.Role, LifecycleCommandKind.StartReview))
        {
            var allowed = lifecycle.Policy.Permissions.GetValueOrDefault(LifecycleCommandKind.StartReview) ?? new HashSet<Role>();
            return Problems.Refused(new Refusal(
                RefusalReason.RoleNotPermitted,
                $"{officer.Id} acts as {officer.Role}, who may not review orders; only {string.Join(", ", allowed.Order())} may."));
        }

        var read = ReviewRequestReader.Read(await JsonBody.ReadBytesAsync(request, cancellationToken), JsonBody.Source);
        var order = read.Order;
        var orderId = Required(order.OrderId, "order.orderId", "the id this host keeps the order under");
        var enteredBy = Required(order.EnteredBy, "order.enteredBy", "who entered the order, whom separation of duties bars from confirming it");
        var facts = new ReviewFacts(order, read.Credit, read.Supply, read.Capabilities, clock.GetCurrentInstant(), calendar.Zone);
        var decision = ReviewEvaluator.Evaluate(rules.Current, facts);

        using (await store.LockAsync(cancellationToken))
        {
            var sales = new Actor(enteredBy, Role.SalesRep);
            var entered = store.Find(orderId) is { } draft
                ? lifecycle.Execute(draft, new EditDraft(order), sales)
                : lifecycle.Execute(null, new EnterOrder(order), sales);
            if (entered.Refusal is { } refusal)
            {
                return Problems.Refused(refusal);
            }

            var submitted = lifecycle.Execute(entered.State, new SubmitOrder(decision), sales);
            var state = submitted.IsAccepted ? lifecycle.Execute(submitted.State, new StartReview(decision), officer).State! : entered.State!;
            store.Save(state);
            recorder.Record(facts);
        }

        return new JsonWriterResult(writer => DecisionJsonWriter.Write(writer, decision));
    }

    private static string Required(string? text, string field, string why) =>
        string.IsNullOrWhiteSpace(text) ? throw new RequestFormatException(JsonBody.Source, field, $"Required by this host: {why}.") : text;
}
