using NodaTime;
using OrderConfirmation.Findings;
using OrderConfirmation.Orders;

namespace OrderConfirmation.Lifecycle.State;

/// <summary>Something a command did to an order, for the host to react to (notify, distribute, report).</summary>
/// <param name="Kind">What happened.</param>
/// <param name="OrderId">The order.</param>
/// <param name="At">When.</param>
/// <param name="Actor">Who did it.</param>
/// <param name="From">The status before.</param>
/// <param name="To">The status after.</param>
/// <param name="Note">Details in words: the question, reason, issue text, changed fields, …</param>
/// <param name="Issue">For <see cref="LifecycleEventKind.CustomerNotificationRequired"/>: the kind of issue.</param>
/// <param name="Department">For <see cref="LifecycleEventKind.DepartmentNotificationRequired"/> and the task events: the department to tell.</param>
/// <param name="NotificationId">For <see cref="LifecycleEventKind.CustomerNotificationRequired"/>: the id of the <see cref="CustomerNotification"/> it opened (<c>N1</c>, …).</param>
/// <param name="TaskId">For the task events (<see cref="LifecycleEventKind.TaskOpened"/> and after): the department task's id.</param>
public sealed record LifecycleEvent(LifecycleEventKind Kind, string OrderId, Instant At, Actor Actor, OrderStatus From, OrderStatus To, string? Note = null, ExecutionIssueKind? Issue = null, Department? Department = null, string? NotificationId = null, string? TaskId = null);
