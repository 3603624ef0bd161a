using System.Text.Json;
using OrderConfirmation.Lifecycle.State;
using OrderConfirmation.Orders;

namespace OrderConfirmation.Lifecycle.Commands;

/// <summary>
/// A command of the head of Order Confirmation that ends an order's execution before it is delivered in full
/// (article 4.4): <see cref="CancelExecution"/> or <see cref="ShortCloseOrder"/>. The unshipped remainder is recorded as
/// cancelled (<see cref="OrderState.RemainderCancellation"/>), Finance is told to invoice only what shipped
/// (<see cref="LifecycleEventKind.DepartmentNotificationRequired"/>) and the customer is told.
/// </summary>
public abstract record ExecutionClosure : LifecycleCommand
{
    private protected ExecutionClosure(ExecutionExceptionReason reason, string note)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(note);
        Reason = ExecutionExceptions.Defined(reason);
        Note = note;
    }

    /// <summary>Why the remainder is cancelled.</summary>
    public ExecutionExceptionReason Reason { get; }

    /// <summary>What was agreed with the customer.</summary>
    public string Note { get; }

    /// <inheritdoc />
    public override IReadOnlyList<OrderStatus> AllowedFrom => [OrderStatus.InExecution];

    internal override void WriteDetails(Utf8JsonWriter writer)
    {
        writer.WriteString("reason", Reason.ToString());
        writer.WriteString("note", Note);
    }
}
