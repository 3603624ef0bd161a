using System.Text.Json;
using OrderConfirmation.Lifecycle.State;
using OrderConfirmation.Orders;
using OrderConfirmation.Review;

namespace OrderConfirmation.Lifecycle.Commands;

/// <summary>Order Confirmation starts the detailed review (article 4.2) with its decision.</summary>
public sealed record StartReview : LifecycleCommand
{
    /// <summary>Creates the command.</summary>
    /// <param name="review">The detailed review's decision.</param>
    /// <exception cref="ArgumentNullException"><paramref name="review"/> is <see langword="null"/>.</exception>
    public StartReview(ReviewDecision review) => Review = review ?? throw new ArgumentNullException(nameof(review));

    /// <summary>The detailed review's decision.</summary>
    public ReviewDecision Review { get; }

    /// <inheritdoc />
    public override LifecycleCommandKind Kind => LifecycleCommandKind.StartReview;

    /// <inheritdoc />
    public override IReadOnlyList<OrderStatus> AllowedFrom => [OrderStatus.Submitted];

    internal override CommandOutcome Execute(OrderState state, CommandContext context) =>
        ReviewChecks.ForOrder(state, Review) is { } problem
            ? CommandOutcome.Fail(problem)
            : context.Done(state, state with { Status = OrderStatus.UnderReview, LatestReview = ReviewChecks.Bound(state, Review), HoldRelease = null, ReviewedBy = context.Actor.Id }, LifecycleEventKind.ReviewStarted, $"outcome {Review.Outcome}");

    internal override void WriteDetails(Utf8JsonWriter writer) => CommandDetails.WriteReviewSummary(writer, Review);
}
