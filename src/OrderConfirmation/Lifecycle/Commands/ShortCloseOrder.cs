using OrderConfirmation.Lifecycle.State;
using OrderConfirmation.Orders;

namespace OrderConfirmation.Lifecycle.Commands;

/// <summary>
/// The head of Order Confirmation short-closes an order in execution (article 4.4): what shipped is the order's
/// delivery, the unshipped remainder is cancelled and recorded, the order is <see cref="OrderStatus.Completed"/>, and
/// Finance and the customer are told (see <see cref="ExecutionClosure"/>). Refused when nothing has shipped (cancel the
/// order in execution instead) or every line has shipped in full (report delivery and complete it).
/// </summary>
public sealed record ShortCloseOrder : ExecutionClosure
{
    /// <summary>Creates the command.</summary>
    /// <param name="reason">Why the remainder is cancelled.</param>
    /// <param name="note">What was agreed with the customer.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="reason"/> is not defined.</exception>
    /// <exception cref="ArgumentException"><paramref name="note"/> is blank.</exception>
    public ShortCloseOrder(ExecutionExceptionReason reason, string note)
        : base(reason, note)
    {
    }

    /// <inheritdoc />
    public override LifecycleCommandKind Kind => LifecycleCommandKind.ShortClose;

    internal override CommandOutcome Execute(OrderState state, CommandContext context)
    {
        if (!state.Shipped.Values.Any(q => q > 0m))
        {
            return CommandOutcome.Fail("nothing has shipped, so there is nothing to close short; cancel the order in execution instead");
        }

        return state.IsFullyShipped
            ? CommandOutcome.Fail("every line has shipped in full; report delivery and complete the order instead")
            : ExecutionExceptions.Close(state, context, OrderStatus.Completed, LifecycleEventKind.OrderShortClosed, Reason, Note);
    }
}
