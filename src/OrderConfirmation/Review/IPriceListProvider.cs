using OrderConfirmation.Orders;

namespace OrderConfirmation.Review;

/// <summary>
/// Gives Finance's price list (article 3: price against finance policy and margin); hosts read it from their ERP or
/// pricing system. With one registered, every review asks it once and runs the
/// <see cref="Findings.ReviewStage.PricingPolicy"/> stage on its answer, unless it answers that no price list applies
/// to the order (<see langword="null"/>); a provider that fails or does not answer in time holds the order with a
/// system finding, never a silent pass.
/// </summary>
public interface IPriceListProvider
{
    /// <summary>
    /// The price-list entry of each priced SKU of the order (a SKU without a list price is absent from the result), or
    /// <see langword="null"/> when no price list applies to this order — then the pricing stage does not run, as for a
    /// review request without <c>facts.prices</c>.
    /// </summary>
    /// <param name="lookup">The order, its currency and its SKUs (each once).</param>
    /// <param name="cancellationToken">Cancels the lookup.</param>
    ValueTask<IReadOnlyDictionary<string, PriceListEntry>?> GetPricesAsync(PriceListLookup lookup, CancellationToken cancellationToken);
}
