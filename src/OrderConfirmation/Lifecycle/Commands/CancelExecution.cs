using OrderConfirmation.Lifecycle.State;
using OrderConfirmation.Orders;

namespace OrderConfirmation.Lifecycle.Commands;

/// <summary>
/// The head of Order Confirmation cancels an order in execution (article 4.4), for a delay, force majeure or at the
/// customer's request: the order is <see cref="OrderStatus.Cancelled"/>, its unshipped remainder is recorded as
/// cancelled, Finance is told and the customer is told (see <see cref="ExecutionClosure"/>). Refused once the order has
/// been delivered in full (complete it instead). Before execution an order is cancelled with <see cref="CancelOrder"/>.
/// </summary>
public sealed record CancelExecution : ExecutionClosure
{
    /// <summary>Creates the command.</summary>
    /// <param name="reason">Why the order is cancelled.</param>
    /// <param name="note">What was agreed with the customer.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="reason"/> is not defined.</exception>
    /// <exception cref="ArgumentException"><paramref name="note"/> is blank.</exception>
    public CancelExecution(ExecutionExceptionReason reason, string note)
        : base(reason, note)
    {
    }

    /// <inheritdoc />
    public override LifecycleCommandKind Kind => LifecycleCommandKind.CancelExecution;

    internal override CommandOutcome Execute(OrderState state, CommandContext context) =>
        state.DeliveredAt is not null
            ? CommandOutcome.Fail("the order has been delivered in full; complete it instead")
            : ExecutionExceptions.Close(state, context, OrderStatus.Cancelled, LifecycleEventKind.OrderCancelled, Reason, Note);
}
