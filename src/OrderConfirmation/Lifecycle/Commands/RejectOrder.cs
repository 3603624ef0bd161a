using System.Text.Json;
using OrderConfirmation.Lifecycle.State;
using OrderConfirmation.Orders;

namespace OrderConfirmation.Lifecycle.Commands;

/// <summary>Order Confirmation rejects the order in review (for example a blocked customer or infeasible requirements).</summary>
public sealed record RejectOrder : LifecycleCommand
{
    /// <summary>Creates the command.</summary>
    /// <exception cref="ArgumentException"><paramref name="reason"/> is blank.</exception>
    public RejectOrder(string reason)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(reason);
        Reason = reason;
    }

    /// <summary>Why, for Sales to explain to the customer.</summary>
    public string Reason { get; }

    /// <inheritdoc />
    public override LifecycleCommandKind Kind => LifecycleCommandKind.Reject;

    /// <inheritdoc />
    public override IReadOnlyList<OrderStatus> AllowedFrom => [OrderStatus.UnderReview, OrderStatus.AwaitingCustomer, OrderStatus.OnHold];

    internal override CommandOutcome Execute(OrderState state, CommandContext context) =>
        state.Confirmation is not null
            ? CommandOutcome.Fail($"order {state.OrderId} was confirmed and is held by Finance; a confirmed order is cancelled, not rejected")
            : context.Done(state, state with { Status = OrderStatus.Rejected, Clarification = null, CustomerWaits = state.CustomerWaitsUntil(context.At), Hold = null, Closure = context.Record(Reason) }, LifecycleEventKind.OrderRejected, Reason);

    internal override void WriteDetails(Utf8JsonWriter writer) => writer.WriteString("reason", Reason);
}
