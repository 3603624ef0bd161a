namespace OrderConfirmation.Review;

/// <summary>How the facts of a host's stage are obtained for an order, and how they join a review's facts.</summary>
/// <param name="Stage">The stage.</param>
/// <param name="Get">Asks the host's provider for the order's facts.</param>
/// <param name="Join">The review's facts with the stage's facts added.</param>
internal sealed record HostStageFacts(
    IHostReviewStage Stage,
    Func<Orders.Order, CancellationToken, ValueTask<object>> Get,
    Func<ReviewFacts, object, ReviewFacts> Join);
