using OrderConfirmation.Formats;
using OrderConfirmation.Lifecycle;
using OrderConfirmation.Lifecycle.Commands;
using OrderConfirmation.Lifecycle.State;
using OrderConfirmation.Review;
using OrderConfirmation.SampleHost.Contracts.Schemas;
using OrderConfirmation.SampleHost.Http;
using OrderConfirmation.SampleHost.Identity;
using OrderConfirmation.SampleHost.Store;

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
        Caller caller,
        IOrderReviewer reviewer,
        OrderLifecycle lifecycle,
        OrderStore store,
        CancellationToken cancellationToken)
    {
        if (caller.ActingFor(LifecycleCommandKind.StartReview, lifecycle.Policy) is not { } officer)
        {
            return Problems.RoleNotPermitted(caller, LifecycleCommandKind.StartReview, lifecycle.Policy);
        }

        if (store.Find(id) is null)
        {
            return Problems.UnknownOrder(id);
        }

        using (await store.LockAsync(cancellationToken))
        {
            var state = store.Find(id)!;
            var decision = await reviewer.ReviewAsync(state.Order, cancellationToken);
            var result = lifecycle.Execute(state, new StartReview(decision), officer);
            if (result.Refusal is { } refusal)
            {
                return Problems.Refused(refusal);
            }

            store.Save(result.State!);
            return new JsonWriterResult(writer => DecisionJsonWriter.Write(writer, decision));
        }
    }
}
