using OrderConfirmation.Lifecycle.State;

namespace OrderConfirmation.Supervision;

/// <summary>
/// <see cref="ChecklistItem.ClarificationsRecorded"/>: every accepted <c>RequestClarification</c> and
/// <c>RecordCustomerReply</c> carries a <c>communicationId</c> naming an accepted <c>RecordCommunication</c> of the order.
/// </summary>
internal static class ClarificationCheck
{
    private const string RecordCommunication = "RecordCommunication";

    public static ChecklistResult Check(OrderTrail order)
    {
        var communications = order.Commands(RecordCommunication)
            .Select(c => OrderTrail.Text(c.Details, "communicationId"))
            .OfType<string>()
            .ToHashSet(StringComparer.Ordinal);
        var clarifications = order.Accepted
            .Where(c => c.Command is nameof(LifecycleCommandKind.RequestClarification) or nameof(LifecycleCommandKind.RecordCustomerReply))
            .ToList();
        var problems = new List<string>();
        foreach (var clarification in clarifications)
        {
            var what = clarification.Command == nameof(LifecycleCommandKind.RequestClarification) ? "clarification request" : "customer reply";
            var id = OrderTrail.Text(clarification.Details, "communicationId");
            if (id is null)
            {
                problems.Add($"the {what} of entry {clarification.Sequence} names no communication record");
            }
            else if (!communications.Contains(id))
            {
                problems.Add($"the {what} of entry {clarification.Sequence} names communication {id}, which the order's trail does not hold as an accepted RecordCommunication");
            }
        }

        return problems.Count > 0
            ? new ChecklistResult(ChecklistItem.ClarificationsRecorded, false, string.Join("; ", problems))
            : new ChecklistResult(ChecklistItem.ClarificationsRecorded, true, clarifications.Count == 0
                ? "no clarification was asked or answered"
                : $"{clarifications.Count} clarification request(s) and reply(ies), each with its communication record");
    }
}
