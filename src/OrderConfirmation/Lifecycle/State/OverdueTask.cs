namespace OrderConfirmation.Lifecycle.State;

/// <summary>An open department task past its due time, with the order it belongs to, as <see cref="FollowUpMonitor.OverdueTasks"/> lists it.</summary>
/// <param name="Order">The order's state.</param>
/// <param name="Task">The overdue task; <see cref="DepartmentTask.Escalation"/> says whether it has been escalated yet.</param>
public sealed record OverdueTask(OrderState Order, DepartmentTask Task);
