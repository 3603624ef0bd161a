using OrderConfirmation.Orders;

namespace OrderConfirmation.Review;

/// <summary>
/// Gives the facts of a host's own review stage (<see cref="CustomReviewStage{TFacts}"/>) for an order, as the
/// regulation's stages have their credit, supply and capability providers. Register one per stage in the host's
/// services; a stage without one fails at startup. A provider that fails or does not answer in time holds the order
/// with a system finding, as the others do.
/// </summary>
/// <typeparam name="TFacts">The type of the stage's facts.</typeparam>
public interface IReviewFactsProvider<TFacts>
    where TFacts : class
{
    /// <summary>The stage's facts for the order.</summary>
    /// <param name="order">The order under review.</param>
    /// <param name="cancellationToken">Cancels the lookup.</param>
    ValueTask<TFacts> GetFactsAsync(Order order, CancellationToken cancellationToken);
}
