using OrderConfirmation.Lifecycle.State;

namespace OrderConfirmation.Supervision;

/// <summary>
/// <see cref="ChecklistItem.NotificationsAnswered"/>: every <c>CustomerNotificationRequired</c> event of an accepted
/// command carries a <c>notificationId</c>, answered by a later accepted <c>RecordCommunication</c> with direction
/// <c>Outbound</c> whose <c>answers</c> hold it.
/// </summary>
internal static class NotificationCheck
{
    public static ChecklistResult Check(OrderTrail order)
    {
        var answers = order.Commands("RecordCommunication")
            .Where(c => OrderTrail.Text(c.Details, "direction") == nameof(CommunicationDirection.Outbound))
            .SelectMany(c => OrderTrail.Strings(c.Details, "answers").Select(id => (c.Sequence, Id: id)))
            .ToList();
        var raised = order.Accepted
            .SelectMany(c => c.Events
                .Where(e => OrderTrail.Text(e, "kind") == nameof(LifecycleEventKind.CustomerNotificationRequired))
                .Select(e => (c.Sequence, Id: OrderTrail.Text(e, "notificationId"))))
            .ToList();
        var problems = new List<string>();
        foreach (var (sequence, id) in raised)
        {
            if (id is null)
            {
                problems.Add($"the customer notification raised at entry {sequence} has no notificationId, so no answer can be traced to it");
            }
            else if (!answers.Any(a => a.Sequence > sequence && string.Equals(a.Id, id, StringComparison.Ordinal)))
            {
                problems.Add($"customer notification {id} (raised at entry {sequence}) is answered by no later outbound communication");
            }
        }

        return problems.Count > 0
            ? new ChecklistResult(ChecklistItem.NotificationsAnswered, false, string.Join("; ", problems))
            : new ChecklistResult(ChecklistItem.NotificationsAnswered, true, raised.Count == 0
                ? "no customer notification was raised"
                : $"{raised.Count} customer notification(s), each answered by a later outbound communication");
    }
}
