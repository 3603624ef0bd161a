namespace OrderConfirmation.Lifecycle.State;

/// <summary>A quantity shipped on one order line.</summary>
public readonly record struct LineShipment
{
    /// <summary>Creates a line shipment.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="lineNo"/> or <paramref name="quantity"/> is not positive.</exception>
    public LineShipment(int lineNo, decimal quantity)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(lineNo);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(quantity);
        LineNo = lineNo;
        Quantity = quantity;
    }

    /// <summary>The line's number.</summary>
    public int LineNo { get; }

    /// <summary>The quantity shipped.</summary>
    public decimal Quantity { get; }
}
