using NodaTime;
using OrderConfirmation.Orders;

namespace OrderConfirmation.Lifecycle.State;

/// <summary>
/// Finds the orders that need chasing as of any instant: clarification replies past their deadline (article 5,
/// "feedback within the set time"), department tasks past their due time (articles 3 and 4.2), confirmed orders at
/// risk of or already late for their promised delivery date (article 4.4), and customer notifications not sent in time
/// (article 5). Dates are the company's business dates in the calendar's time zone.
/// </summary>
public sealed class FollowUpMonitor
{
    private readonly LifecyclePolicy _policy;

    /// <summary>Creates a monitor under a policy (time zone and at-risk window).</summary>
    /// <exception cref="ArgumentNullException"><paramref name="policy"/> is <see langword="null"/>.</exception>
    public FollowUpMonitor(LifecyclePolicy policy) => _policy = policy ?? throw new ArgumentNullException(nameof(policy));

    /// <summary>Orders awaiting the customer whose reply deadline has passed at <paramref name="asOf"/>, earliest deadline first.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="orders"/> is <see langword="null"/>.</exception>
    public static IReadOnlyList<OrderState> OverdueClarifications(IEnumerable<OrderState> orders, Instant asOf)
    {
        ArgumentNullException.ThrowIfNull(orders);
        return [.. orders
            .Where(o => o.Status == OrderStatus.AwaitingCustomer && o.Clarification is { } c && c.IsOverdue(asOf))
            .OrderBy(o => o.Clarification!.Deadline)];
    }

    /// <summary>
    /// The open department tasks past their due time at <paramref name="asOf"/>, escalated or not
    /// (<see cref="DepartmentTask.Escalation"/>), of orders whose life is not over: oldest due first, then by order id and
    /// task id. Order Confirmation escalates those not yet escalated to the head (<c>EscalateTask</c>).
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="orders"/> is <see langword="null"/>.</exception>
    public static IReadOnlyList<OverdueTask> OverdueTasks(IEnumerable<OrderState> orders, Instant asOf)
    {
        ArgumentNullException.ThrowIfNull(orders);
        return [.. orders
            .Where(o => !o.IsTerminal)
            .SelectMany(o => o.Tasks.Where(t => t.IsOverdue(asOf)).Select(t => new OverdueTask(o, t)))
            .OrderBy(o => o.Task.Due)
            .ThenBy(o => o.Order.OrderId, StringComparer.Ordinal)
            .ThenBy(o => o.Task.OpenedAt)];
    }

    /// <summary>
    /// Confirmed or executing orders not yet shipped in full whose promised delivery date is today or within
    /// <see cref="LifecyclePolicy.AtRiskWithinDays"/> days, earliest promise first. Late orders are not included.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="orders"/> is <see langword="null"/>.</exception>
    public IReadOnlyList<OrderState> AtRisk(IEnumerable<OrderState> orders, Instant asOf)
    {
        ArgumentNullException.ThrowIfNull(orders);
        var today = Today(asOf);
        var horizon = today.PlusDays(_policy.AtRiskWithinDays);
        return [.. Promised(orders)
            .Where(o => o.PromisedDeliveryDate >= today && o.PromisedDeliveryDate <= horizon && !o.IsFullyShipped)
            .OrderBy(o => o.PromisedDeliveryDate)];
    }

    /// <summary>Confirmed or executing orders whose promised delivery date is before today and which are not delivered, earliest promise first.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="orders"/> is <see langword="null"/>.</exception>
    public IReadOnlyList<OrderState> Late(IEnumerable<OrderState> orders, Instant asOf)
    {
        ArgumentNullException.ThrowIfNull(orders);
        var today = Today(asOf);
        return [.. Promised(orders)
            .Where(o => o.PromisedDeliveryDate < today && o.DeliveredAt is null)
            .OrderBy(o => o.PromisedDeliveryDate)];
    }

    /// <summary>
    /// The customer notifications still open at <paramref name="asOf"/> longer than <see cref="LifecyclePolicy.NotificationWithin"/>
    /// in business time on the policy's calendar, earliest due first (then by order and notification id). A notification
    /// exactly due at <paramref name="asOf"/> is still in time.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="orders"/> is <see langword="null"/>.</exception>
    public IReadOnlyList<UnsentNotification> UnsentNotifications(IEnumerable<OrderState> orders, Instant asOf)
    {
        ArgumentNullException.ThrowIfNull(orders);
        return [.. orders
            .SelectMany(o => o.Notifications.Where(n => n.IsOpen).Select(n => new UnsentNotification(o.OrderId, n, _policy.Calendar.AddBusinessTime(n.RaisedAt, _policy.NotificationWithin))))
            .Where(u => asOf > u.Due)
            .OrderBy(u => u.Due)
            .ThenBy(u => u.OrderId, StringComparer.Ordinal)
            .ThenBy(u => u.Notification.RaisedAt)];
    }

    private LocalDate Today(Instant asOf) => asOf.InZone(_policy.Calendar.Zone).Date;

    private static IEnumerable<OrderState> Promised(IEnumerable<OrderState> orders) =>
        orders.Where(o => o.Status is OrderStatus.Confirmed or OrderStatus.InExecution && o.PromisedDeliveryDate is not null);
}
