using System.Text.Json;
using OrderConfirmation.Lifecycle.State;
using OrderConfirmation.Orders;

namespace OrderConfirmation.Lifecycle.Commands;

/// <summary>The order is cancelled, at the latest when confirmed and before execution starts (an order in execution is cancelled with <see cref="CancelExecution"/>).</summary>
public sealed record CancelOrder : LifecycleCommand
{
    /// <summary>Creates the command.</summary>
    /// <exception cref="ArgumentException"><paramref name="reason"/> is blank.</exception>
    public CancelOrder(string reason)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(reason);
        Reason = reason;
    }

    /// <summary>Why.</summary>
    public string Reason { get; }

    /// <inheritdoc />
    public override LifecycleCommandKind Kind => LifecycleCommandKind.Cancel;

    /// <inheritdoc />
    public override IReadOnlyList<OrderStatus> AllowedFrom =>
        [OrderStatus.Draft, OrderStatus.Submitted, OrderStatus.UnderReview, OrderStatus.AwaitingCustomer, OrderStatus.OnHold, OrderStatus.Confirmed];

    internal override CommandOutcome Execute(OrderState state, CommandContext context) =>
        context.Done(state, state with { Status = OrderStatus.Cancelled, Clarification = null, CustomerWaits = state.CustomerWaitsUntil(context.At), Hold = null, Closure = context.Record(Reason) }, LifecycleEventKind.OrderCancelled, Reason);

    internal override void WriteDetails(Utf8JsonWriter writer) => writer.WriteString("reason", Reason);
}
