using System.Text.Json;
using OrderConfirmation.Lifecycle.State;
using OrderConfirmation.Orders;

namespace OrderConfirmation.Lifecycle.Commands;

/// <summary>
/// Finance holds the order under review, typically for credit (article 4.2), or a confirmed order before its execution
/// starts (execution cannot start while it is held).
/// </summary>
public sealed record PlaceHold : LifecycleCommand
{
    /// <summary>Creates the command.</summary>
    /// <exception cref="ArgumentException"><paramref name="reason"/> is blank.</exception>
    public PlaceHold(string reason)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(reason);
        Reason = reason;
    }

    /// <summary>Why the order is held.</summary>
    public string Reason { get; }

    /// <inheritdoc />
    public override LifecycleCommandKind Kind => LifecycleCommandKind.PlaceHold;

    /// <inheritdoc />
    public override IReadOnlyList<OrderStatus> AllowedFrom => [OrderStatus.UnderReview, OrderStatus.Confirmed];

    internal override CommandOutcome Execute(OrderState state, CommandContext context) =>
        context.Done(state, state with { Status = OrderStatus.OnHold, Hold = context.Record(Reason), HoldRelease = null }, LifecycleEventKind.HoldPlaced, Reason);

    internal override void WriteDetails(Utf8JsonWriter writer) => writer.WriteString("reason", Reason);
}
