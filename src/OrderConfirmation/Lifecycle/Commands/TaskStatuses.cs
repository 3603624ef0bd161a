using OrderConfirmation.Orders;

namespace OrderConfirmation.Lifecycle.Commands;

/// <summary>The statuses in which an order's department tasks may be completed or escalated: from submission until its life is over.</summary>
internal static class TaskStatuses
{
    public static IReadOnlyList<OrderStatus> Open { get; } =
        [OrderStatus.Submitted, OrderStatus.UnderReview, OrderStatus.AwaitingCustomer, OrderStatus.OnHold, OrderStatus.Confirmed, OrderStatus.InExecution];
}
