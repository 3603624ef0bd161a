namespace OrderConfirmation.EntityFrameworkCore.Internal;

/// <summary>A row of <c>oc_orders</c>: an order's state document under its version, with the columns the monitors and KPIs query.</summary>
internal sealed class OrderRow
{
    public required string OrderId { get; set; }

    /// <summary>The <see cref="Orders.OrderStatus"/> name.</summary>
    public required string Status { get; set; }

    public int Revision { get; set; }

    public long Version { get; set; }

    /// <summary>The whole state as <see cref="Storage.OrderStateDocument"/> JSON: the truth; the other columns are for queries.</summary>
    public required string State { get; set; }

    /// <summary>When the order was entered, in Unix ticks.</summary>
    public long EnteredAt { get; set; }

    /// <summary>When the order was received (the KPI period's instant), in Unix ticks.</summary>
    public long ReceivedAt { get; set; }

    /// <summary>When the last saved command was applied, in Unix ticks.</summary>
    public long UpdatedAt { get; set; }
}
