using System.Globalization;
using OrderConfirmation.Findings;
using OrderConfirmation.Lifecycle.State;
using OrderConfirmation.Orders;

namespace OrderConfirmation.Lifecycle.Commands;

/// <summary>What the execution exceptions of article 4.4 share: their reasons, and closing an order with its unshipped remainder cancelled.</summary>
internal static class ExecutionExceptions
{
    public static ExecutionExceptionReason Defined(ExecutionExceptionReason reason) =>
        Enum.IsDefined(reason) ? reason : throw new ArgumentOutOfRangeException(nameof(reason), reason, "Not a defined reason.");

    /// <summary>The execution issue a reason tells the customer of; none for the customer's own request.</summary>
    public static ExecutionIssueKind? Issue(ExecutionExceptionReason reason) => reason switch
    {
        ExecutionExceptionReason.Delay => ExecutionIssueKind.Delay,
        ExecutionExceptionReason.ForceMajeure => ExecutionIssueKind.ForceMajeure,
        _ => null,
    };

    /// <summary>
    /// Closes the order in <paramref name="status"/> with its unshipped remainder cancelled: the closing event, Finance told
    /// (to invoice only what shipped) and the customer told.
    /// </summary>
    public static CommandOutcome Close(OrderState state, CommandContext context, OrderStatus status, LifecycleEventKind closed, ExecutionExceptionReason reason, string note)
    {
        var remainder = state.Unshipped();
        var cancellation = new RemainderCancellation(reason, note, context.Actor.Id, context.Actor.Role, context.At, remainder);
        // A cancellation ends the order's life and dates its KPI outcome (OrderState.Closure); a short-closed order is completed.
        var after = state with { Status = status, RemainderCancellation = cancellation, Closure = status == OrderStatus.Cancelled ? context.Record($"{reason}: {note}") : state.Closure };
        var text = $"{reason}: {note}; unshipped remainder cancelled: {Describe(remainder)}";
        return CommandOutcome.Done(
            after,
            context.Event(state, after, closed, text),
            context.Tell(state, after, Department.Finance, $"invoice only what shipped; {text}"),
            context.Event(state, after, LifecycleEventKind.CustomerNotificationRequired, text, Issue(reason)));
    }

    private static string Describe(IReadOnlyDictionary<int, decimal> remainder) =>
        remainder.Count == 0 ? "nothing" : string.Join(", ", remainder.OrderBy(r => r.Key).Select(r => string.Create(CultureInfo.InvariantCulture, $"line {r.Key} × {r.Value}")));
}
