namespace OrderConfirmation.Orders;

/// <summary>
/// What Finance's price list says about one product or service (article 3: price against finance policy and margin):
/// its list price and, where Finance knows it, its unit cost, both in the price list's currency.
/// </summary>
public sealed record PriceListEntry
{
    /// <summary>Creates a price-list entry.</summary>
    /// <param name="currency">The ISO 4217 code of the price list's currency, such as <c>CNY</c>.</param>
    /// <param name="listPrice">The list price of one unit.</param>
    /// <param name="unitCost">What one unit costs the company; <see langword="null"/> when Finance does not give it (the margin is then not checked).</param>
    /// <exception cref="ArgumentException"><paramref name="currency"/> is blank.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A price or cost is negative.</exception>
    public PriceListEntry(string currency, decimal listPrice, decimal? unitCost = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(currency);
        Currency = currency;
        ListPrice = Amount.NotNegative(listPrice, nameof(listPrice));
        UnitCost = unitCost is { } cost ? Amount.NotNegative(cost, nameof(unitCost)) : null;
    }

    /// <summary>The price list's currency.</summary>
    public string Currency { get; }

    /// <summary>The list price of one unit, in <see cref="Currency"/>.</summary>
    public decimal ListPrice { get; }

    /// <summary>What one unit costs the company, in <see cref="Currency"/>, or <see langword="null"/> when not given.</summary>
    public decimal? UnitCost { get; }
}
