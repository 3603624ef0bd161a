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

/// <summary><c>POST /orders/{id}/review</c>: Order Confirmation runs the detailed review (article 4.2) of a submitted order.</summary>
internal static class ReviewEndpoints
{
    /// <summary>Maps the endpoint.</summary>
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
        return app;
    }

    private static async Task<IResult> ReviewAsync(
        string id,
        HttpRequest request,
        Caller caller,
        [FromHeader(Name = HostCommands.IdempotencyKeyHeader), Description(HostCommands.IdempotencyKeyDescription)] string? idempotencyKey,
        IOrderReviewer reviewer,
        OrderCommandProcessor processor,
        CancellationToken cancellationToken)
    {
        if (await processor.Store.FindAsync(id, cancellationToken) is null)
        {
            return Problems.UnknownOrder(id);
        }

        var officer = HostCommands.ActorFor(caller, LifecycleCommandKind.StartReview, processor.Policy);
        var result = await processor.ExecuteAsync(
            HostCommands.Request(idempotencyKey, "review", id, caller, []),
            async (current, token) => [new(new StartReview(await reviewer.ReviewAsync(current!.Order, token)), officer)],
            cancellationToken);
        if (HostCommands.Problem(result) is { } problem)
        {
            return problem;
        }

        var decision = result.Transitions is [{ Command: StartReview started }] ? started.Review : result.Order!.State.LatestReview!;
        return new JsonWriterResult(writer => DecisionJsonWriter.Write(writer, decision));
    }
}
