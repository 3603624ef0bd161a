using System.Text.Json;
using OrderConfirmation.Lifecycle.State;
using OrderConfirmation.Orders;
using OrderConfirmation.Review;

namespace OrderConfirmation.Lifecycle.Commands;

/// <summary>
/// Order Confirmation reviews the order again on current facts, while it is under review or on hold (article 4.2),
/// for example when the latest decision is too old to confirm on. The new decision, which must judge the order as it
/// stands, replaces the latest one as <see cref="StartReview"/>'s does: the order is under review, and a release of a
/// credit hold given for the old decision no longer counts. An order on hold stays on hold: only Finance releases
/// its hold. A confirmed order that Finance holds is not reviewed again (a change request is).
/// </summary>
public sealed record ReviewAgain : LifecycleCommand
{
    /// <summary>Creates the command.</summary>
    /// <param name="review">The decision of the review run again on current facts.</param>
    /// <exception cref="ArgumentNullException"><paramref name="review"/> is <see langword="null"/>.</exception>
    public ReviewAgain(ReviewDecision review) => Review = review ?? throw new ArgumentNullException(nameof(review));

    /// <summary>The decision of the review run again.</summary>
    public ReviewDecision Review { get; }

    /// <inheritdoc />
    public override LifecycleCommandKind Kind => LifecycleCommandKind.ReviewAgain;

    /// <inheritdoc />
    public override IReadOnlyList<OrderStatus> AllowedFrom => [OrderStatus.UnderReview, OrderStatus.OnHold];

    internal override CommandOutcome Execute(OrderState state, CommandContext context)
    {
        if (state.Confirmation is not null)
        {
            return CommandOutcome.Fail($"order {state.OrderId} was confirmed and is held by Finance; a confirmed order is not reviewed again, a change request is");
        }

        var problem = ReviewChecks.ForOrder(state, Review) ?? ReviewChecks.JudgesCurrentOrder(state, Review);
        return problem is not null
            ? CommandOutcome.Fail(problem)
            : context.Done(state, state with { LatestReview = ReviewChecks.Bound(state, Review), HoldRelease = null }, LifecycleEventKind.ReviewedAgain, $"outcome {Review.Outcome}");
    }

    internal override void WriteDetails(Utf8JsonWriter writer) => CommandDetails.WriteReviewSummary(writer, Review);
}
