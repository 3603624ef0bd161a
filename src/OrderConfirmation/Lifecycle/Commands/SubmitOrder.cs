using System.Text.Json;
using OrderConfirmation.Findings;
using OrderConfirmation.Lifecycle.State;
using OrderConfirmation.Orders;
using OrderConfirmation.Review;

namespace OrderConfirmation.Lifecycle.Commands;

/// <summary>Sales submits a draft whose preliminary review (article 4.1) passed.</summary>
public sealed record SubmitOrder : LifecycleCommand
{
    /// <summary>Creates the command.</summary>
    /// <param name="review">A review decision of the order as it stands, which ran the preliminary review.</param>
    /// <exception cref="ArgumentNullException"><paramref name="review"/> is <see langword="null"/>.</exception>
    public SubmitOrder(ReviewDecision review) => Review = review ?? throw new ArgumentNullException(nameof(review));

    /// <summary>The review decision showing the preliminary review passed.</summary>
    public ReviewDecision Review { get; }

    /// <inheritdoc />
    public override LifecycleCommandKind Kind => LifecycleCommandKind.Submit;

    /// <inheritdoc />
    public override IReadOnlyList<OrderStatus> AllowedFrom => [OrderStatus.Draft];

    internal override CommandOutcome Execute(OrderState state, CommandContext context)
    {
        if (ReviewChecks.ForOrder(state, Review) is { } problem)
        {
            return CommandOutcome.Fail(problem);
        }

        if (!Review.StagesRun.Contains(ReviewStage.PreliminaryReview))
        {
            return CommandOutcome.Fail("the review decision did not run the preliminary review");
        }

        var errors = Review.Findings.Where(f => f.Stage == ReviewStage.PreliminaryReview && f.IsBlocking).ToArray();
        return errors.Length > 0
            ? CommandOutcome.Fail($"the preliminary review found {errors.Length} problem(s) Sales must correct first: {ReviewChecks.Describe(errors)}")
            : context.Done(state, state with { Status = OrderStatus.Submitted, LatestReview = ReviewChecks.Bound(state, Review) }, LifecycleEventKind.OrderSubmitted);
    }

    internal override void WriteDetails(Utf8JsonWriter writer) => CommandDetails.WriteReviewSummary(writer, Review);
}
