using OrderConfirmation.Orders;

namespace OrderConfirmation.Review;

/// <summary>Reviews orders: the preliminary review (article 4.1) and the detailed review (article 4.2).</summary>
public interface IOrderReviewer
{
    /// <summary>
    /// Reviews an order against the rule set in force, with the facts the host's providers give at the
    /// clock's current instant. Business problems are findings in the decision, never exceptions.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="order"/> is <see langword="null"/>.</exception>
    /// <exception cref="OperationCanceledException">The review was cancelled.</exception>
    ValueTask<ReviewDecision> ReviewAsync(Order order, CancellationToken cancellationToken = default);
}
