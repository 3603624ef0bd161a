using OrderConfirmation.Changes;
using OrderConfirmation.Orders;
using OrderConfirmation.Review;

namespace OrderConfirmation.Formats;

/// <summary>A change-request file's content: the order as it stands, the change and the facts to review it with.</summary>
/// <param name="Current">The order as it stands.</param>
/// <param name="Change">The change request.</param>
/// <param name="Facts">The facts of the review (their order is the order as it stands).</param>
public sealed record ChangeReviewRequest(OrderSnapshot Current, ChangeRequest Change, ReviewFacts Facts);
