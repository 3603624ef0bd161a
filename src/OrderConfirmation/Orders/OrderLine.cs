namespace OrderConfirmation.Orders;

/// <summary>One product or service ordered.</summary>
public sealed record OrderLine
{
    /// <summary>Creates an order line.</summary>
    /// <param name="lineNo">The line number shown to people (1, 2, …).</param>
    /// <param name="sku">The product or service code, or <see langword="null"/> when not entered.</param>
    /// <param name="description">A free-text description.</param>
    /// <param name="quantity">The quantity ordered, or <see langword="null"/> when not entered.</param>
    /// <param name="unitPrice">The price of one unit in the order's currency, or <see langword="null"/> when not entered.</param>
    /// <param name="requirements">Technical requirement codes (for example <c>IPV6</c>); <see langword="null"/> means none.</param>
    public OrderLine(int lineNo, string? sku, string? description, decimal? quantity, decimal? unitPrice, IReadOnlyList<string>? requirements = null)
    {
        LineNo = lineNo;
        Sku = sku;
        Description = description;
        Quantity = quantity;
        UnitPrice = unitPrice;
        Requirements = requirements is null ? [] : [.. requirements];
    }

    /// <summary>The line number shown to people.</summary>
    public int LineNo { get; init; }

    /// <summary>The product or service code.</summary>
    public string? Sku { get; init; }

    /// <summary>A free-text description.</summary>
    public string? Description { get; init; }

    /// <summary>The quantity ordered.</summary>
    public decimal? Quantity { get; init; }

    /// <summary>The price of one unit, in the order's currency.</summary>
    public decimal? UnitPrice { get; init; }

    /// <summary>The technical requirement codes this line needs the company to support.</summary>
    public IReadOnlyList<string> Requirements { get; init; }

    /// <summary>Quantity × unit price, exactly; a missing quantity or price counts as zero.</summary>
    /// <exception cref="OverflowException">The product exceeds the range of <see cref="decimal"/>.</exception>
    public decimal Amount => (Quantity ?? 0m) * (UnitPrice ?? 0m);
}
