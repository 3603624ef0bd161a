using System.ComponentModel;
using Microsoft.AspNetCore.Mvc;
using OrderConfirmation.Formats;
using OrderConfirmation.Lifecycle;
using OrderConfirmation.Lifecycle.Commands;
using OrderConfirmation.Lifecycle.State;
using OrderConfirmation.Review;
using OrderConfirmation.SampleHost.Contracts.Schemas;
using OrderConfirmation.SampleHost.Http;
using OrderConfirmation.SampleHost.Identity;
using OrderConfirmation.SampleHost.Store;
using OrderConfirmation.Storage;

namespace OrderConfirmation.SampleHost.Endpoints;

/// <summary>
/// <c>POST /orders/{id}/review</c>: Order Confirmation runs the detailed review (article 4.2) of a submitted order;
/// <c>POST /orders/{id}/review-again</c>: it reviews an order under review or on hold again, on current facts.
/// </summary>
internal static class ReviewEndpoints
{
    /// <summary>Maps the endpoints.</summary>
    public static IEndpointRouteBuilder MapReviewEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapPost("/orders/{id}/review", ReviewAsync)
            .WithName("ReviewOrder")
            .WithTags("Orders")
            .WithSummary("Runs the detailed review of a submitted order.")
            .WithDescription(
                "Roles: ConfirmationOfficer, HeadOfOrderConfirmation. No body. The order as submitted is reviewed with the rules in force, at " +
                "the host's clock, over the facts the host holds (here: those the order's entry brought), and its detailed review is started " +
                "in the caller's name with that decision. The response is the decision as `orderconfirm review --json` writes it. An order " +
                "that is not submitted (a draft, or already under review) is a 409 WrongState.")
            .Produces<DecisionSchema>(StatusCodes.Status200OK)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

        app.MapPost("/orders/{id}/review-again", ReviewAgainAsync)
            .WithName("ReviewOrderAgain")
            .WithTags("Orders")
            .WithSummary("Reviews an order under review or on hold again, on current facts.")
            .WithDescription(
                "Roles: ConfirmationOfficer. No body. The order as it stands is reviewed again with the rules in force, at the host's clock, " +
                "and the new decision replaces the latest one (a confirmation relies only on a decision for the order's revision and content, " +
                "at most 24 hours old by default). An order on hold stays on hold until Finance releases it. The response is the new decision " +
                "as `orderconfirm review --json` writes it. An order neither under review nor on hold is a 409 WrongState.")
            .Produces<DecisionSchema>(StatusCodes.Status200OK)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
        return app;
    }

    private static Task<IResult> ReviewAsync(
        string id,
        Caller caller,
        [FromHeader(Name = HostCommands.IdempotencyKeyHeader), Description(HostCommands.IdempotencyKeyDescription)] string? idempotencyKey,
        IOrderReviewer reviewer,
        OrderCommandProcessor processor,
        CancellationToken cancellationToken) =>
        RunAsync(id, "review", LifecycleCommandKind.StartReview, decision => new StartReview(decision), caller, idempotencyKey, reviewer, processor, cancellationToken);

    private static Task<IResult> ReviewAgainAsync(
        string id,
        Caller caller,
        [FromHeader(Name = HostCommands.IdempotencyKeyHeader), Description(HostCommands.IdempotencyKeyDescription)] string? idempotencyKey,
        IOrderReviewer reviewer,
        OrderCommandProcessor processor,
        CancellationToken cancellationToken) =>
        RunAsync(id, "review-again", LifecycleCommandKind.ReviewAgain, decision => new ReviewAgain(decision), caller, idempotencyKey, reviewer, processor, cancellationToken);

    /// <summary>Reviews the order as it stands and gives the command carrying the decision in the caller's name; answers with the decision.</summary>
    private static async Task<IResult> RunAsync(
        string id,
        string operation,
        LifecycleCommandKind kind,
        Func<ReviewDecision, LifecycleCommand> command,
        Caller caller,
        string? idempotencyKey,
        IOrderReviewer reviewer,
        OrderCommandProcessor processor,
        CancellationToken cancellationToken)
    {
        if (await processor.Store.FindAsync(id, cancellationToken) is null)
        {
            return Problems.UnknownOrder(id);
        }

        var officer = HostCommands.ActorFor(caller, kind, processor.Policy);
        var result = await processor.ExecuteAsync(
            HostCommands.Request(idempotencyKey, operation, id, caller, []),
            async (current, token) => [new(command(await reviewer.ReviewAsync(current!.Order, token)), officer)],
            cancellationToken);
        if (HostCommands.Problem(result) is { } problem)
        {
            return problem;
        }

        var decision = result.Transitions switch
        {
            [{ Command: StartReview started }] => started.Review,
            [{ Command: ReviewAgain again }] => again.Review,
            _ => result.Order!.State.LatestReview!,
        };
        return new JsonWriterResult(writer => DecisionJsonWriter.Write(writer, decision));
    }
}
