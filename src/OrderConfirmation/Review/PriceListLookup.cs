namespace OrderConfirmation.Review;

/// <summary>What a review asks Finance's price list about.</summary>
/// <param name="OrderId">The order under review; <see langword="null"/> when it has no id yet.</param>
/// <param name="OrderCurrency">The order's currency, for a host that keeps a price list per currency; entries may be in any currency the exchange rates know.</param>
/// <param name="Skus">The order's SKUs, each once.</param>
public sealed record PriceListLookup(string? OrderId, string? OrderCurrency, IReadOnlyCollection<string> Skus);
