namespace OrderConfirmation.Orders;

/// <summary>
/// One line of a change request. With the number of a line on the order it changes that line's
/// quantity and/or unit price (and, if given, its product, description or requirements), or removes it; with a new
/// number it adds a line.
/// </summary>
public sealed record LineChange
{
    /// <summary>Creates a line change.</summary>
    /// <param name="lineNo">The line's number (positive).</param>
    /// <param name="remove">Whether the line is removed; a removal carries no other field.</param>
    /// <param name="sku">For an added line: the product or service code; for an existing line, a new one (or <see langword="null"/>).</param>
    /// <param name="description">For an added line: the description; for an existing line, a new one (or <see langword="null"/>).</param>
    /// <param name="quantity">The new quantity, or <see langword="null"/> for unchanged.</param>
    /// <param name="unitPrice">The new unit price, or <see langword="null"/> for unchanged.</param>
    /// <param name="requirements">For an added line: its technical requirements; for an existing line, its new ones (or <see langword="null"/>).</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="lineNo"/> is not positive.</exception>
    /// <exception cref="ArgumentException">A removal also sets another field, or the entry changes nothing.</exception>
    public LineChange(int lineNo, bool remove = false, string? sku = null, string? description = null, decimal? quantity = null, decimal? unitPrice = null, IReadOnlyList<string>? requirements = null)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(lineNo);
        var setsFields = sku is not null || description is not null || quantity is not null || unitPrice is not null || requirements is not null;
        if (remove && setsFields)
        {
            throw new ArgumentException($"Line {lineNo}: a removal cannot also set a quantity, price or other field.", nameof(remove));
        }

        if (!remove && !setsFields)
        {
            throw new ArgumentException($"Line {lineNo}: the entry neither removes the line nor changes anything.", nameof(remove));
        }

        LineNo = lineNo;
        Remove = remove;
        Sku = sku;
        Description = description;
        Quantity = quantity;
        UnitPrice = unitPrice;
        Requirements = requirements;
    }

    /// <summary>The line's number.</summary>
    public int LineNo { get; }

    /// <summary>Whether the line is removed.</summary>
    public bool Remove { get; }

    /// <summary>For an added line: the product or service code.</summary>
    public string? Sku { get; }

    /// <summary>For an added line: the description.</summary>
    public string? Description { get; }

    /// <summary>The new quantity, or <see langword="null"/> for unchanged.</summary>
    public decimal? Quantity { get; }

    /// <summary>The new unit price, or <see langword="null"/> for unchanged.</summary>
    public decimal? UnitPrice { get; }

    /// <summary>For an added line: its technical requirements, or <see langword="null"/>.</summary>
    public IReadOnlyList<string>? Requirements { get; }

    /// <summary>A change of an existing line's quantity and/or unit price.</summary>
    public static LineChange Modify(int lineNo, decimal? quantity = null, decimal? unitPrice = null) => new(lineNo, quantity: quantity, unitPrice: unitPrice);

    /// <summary>The removal of a line.</summary>
    public static LineChange Removal(int lineNo) => new(lineNo, remove: true);
}
