using NodaTime;
using OrderConfirmation.Orders;

namespace OrderConfirmation.Changes;

/// <summary>An order as it stands when a change is requested: its data, status, revision, promised date and shipments so far.</summary>
public sealed record OrderSnapshot
{
    private static readonly IReadOnlyDictionary<int, decimal> NothingShipped = System.Collections.ObjectModel.ReadOnlyDictionary<int, decimal>.Empty;

    /// <summary>Creates a snapshot.</summary>
    /// <param name="order">The order's current data.</param>
    /// <param name="status">The order's status.</param>
    /// <param name="revision">The current revision number (1 for the order as first confirmed).</param>
    /// <param name="promisedDeliveryDate">The delivery date promised at confirmation, if confirmed.</param>
    /// <param name="shipped">Quantity shipped so far per line number; absent lines have shipped nothing.</param>
    /// <exception cref="ArgumentNullException"><paramref name="order"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="revision"/> is not positive or a shipped quantity is negative.</exception>
    public OrderSnapshot(Order order, OrderStatus status, int revision, LocalDate? promisedDeliveryDate, IReadOnlyDictionary<int, decimal>? shipped = null)
    {
        ArgumentNullException.ThrowIfNull(order);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(revision);
        foreach (var quantity in (shipped ?? NothingShipped).Values)
        {
            Amount.NotNegative(quantity, nameof(shipped));
        }

        Order = order;
        Status = status;
        Revision = revision;
        PromisedDeliveryDate = promisedDeliveryDate;
        Shipped = shipped ?? NothingShipped;
    }

    /// <summary>The order's current data.</summary>
    public Order Order { get; }

    /// <summary>The order's status.</summary>
    public OrderStatus Status { get; }

    /// <summary>The current revision number.</summary>
    public int Revision { get; }

    /// <summary>The promised delivery date, or <see langword="null"/> before confirmation.</summary>
    public LocalDate? PromisedDeliveryDate { get; }

    /// <summary>Quantity shipped so far per line number.</summary>
    public IReadOnlyDictionary<int, decimal> Shipped { get; }

    /// <summary>The quantity shipped so far on a line (0 when nothing was shipped).</summary>
    public decimal ShippedOn(int lineNo) => Shipped.GetValueOrDefault(lineNo);
}
