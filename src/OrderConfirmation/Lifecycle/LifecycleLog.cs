using Microsoft.Extensions.Logging;
using OrderConfirmation.Lifecycle.Commands;
using OrderConfirmation.Lifecycle.State;
using OrderConfirmation.Orders;

namespace OrderConfirmation.Lifecycle;

/// <summary>
/// The lifecycle's log messages. They carry identifiers, statuses, roles and reasons only, never free text
/// (questions, replies, refusal explanations), so no customer contact data can reach a log (article 5).
/// </summary>
internal static partial class LifecycleLog
{
    /// <summary>Logs a command's result: accepted with its move, or refused with the reason; and any customer notification it requires.</summary>
    public static void Result(ILogger logger, TransitionResult result)
    {
        var actor = result.Actor;
        if (result.Refusal is { } refusal)
        {
            Refused(logger, result.Before?.OrderId ?? (result.Command as EnterOrder)?.Order.OrderId, result.Command.Kind, actor.Id, actor.Role, refusal.Reason);
            return;
        }

        var state = result.State!;
        Accepted(logger, state.OrderId, result.Command.Kind, actor.Id, actor.Role, result.Before?.Status ?? state.Status, state.Status);
        foreach (var raised in result.Events)
        {
            if (raised.Kind == LifecycleEventKind.CustomerNotificationRequired)
            {
                CustomerNotificationRequired(logger, state.OrderId, raised.Issue);
            }
        }
    }

    [LoggerMessage(EventId = 1, Level = LogLevel.Information, Message = "Order {OrderId}: {Command} by {ActorId} ({Role}) moved it from {From} to {To}.")]
    public static partial void Accepted(ILogger logger, string orderId, LifecycleCommandKind command, string actorId, Role role, OrderStatus from, OrderStatus to);

    [LoggerMessage(EventId = 2, Level = LogLevel.Warning, Message = "Order {OrderId}: {Command} by {ActorId} ({Role}) was refused: {Reason}.")]
    public static partial void Refused(ILogger logger, string? orderId, LifecycleCommandKind command, string actorId, Role role, RefusalReason reason);

    [LoggerMessage(EventId = 3, Level = LogLevel.Information, Message = "Order {OrderId}: the customer must be told of a {Issue} issue.")]
    public static partial void CustomerNotificationRequired(ILogger logger, string orderId, ExecutionIssueKind? issue);
}
