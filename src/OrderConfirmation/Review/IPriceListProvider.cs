using OrderConfirmation.Orders;

namespace OrderConfirmation.Review;

/// <summary>
/// Gives Finance's price list (article 3: price against finance policy and margin); hosts read it from their ERP or
/// pricing system. Registering one makes every review run the <see cref="Findings.ReviewStage.PricingPolicy"/> stage;
/// a provider that fails or does not answer in time holds the order with a system finding, never a silent pass.
/// </summary>
public interface IPriceListProvider
{
    /// <summary>The price-list entry of each priced SKU among <paramref name="skus"/>; a SKU without a list price is absent from the result.</summary>
    /// <param name="skus">The order's SKUs, each once.</param>
    /// <param name="orderCurrency">The order's currency, for a host that keeps a price list per currency; entries may be in any currency the exchange rates know.</param>
    /// <param name="cancellationToken">Cancels the lookup.</param>
    ValueTask<IReadOnlyDictionary<string, PriceListEntry>> GetPricesAsync(IReadOnlyCollection<string> skus, string? orderCurrency, CancellationToken cancellationToken);
}
