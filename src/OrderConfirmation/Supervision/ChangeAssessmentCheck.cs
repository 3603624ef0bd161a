using OrderConfirmation.Lifecycle;

namespace OrderConfirmation.Supervision;

/// <summary><see cref="ChecklistItem.ChangesAssessed"/>: every <c>ChangeRequest</c> entry has its <c>ChangeOutcome</c> with the same <c>changeId</c>.</summary>
internal static class ChangeAssessmentCheck
{
    public static ChecklistResult Check(OrderTrail order)
    {
        var assessed = order.OfKind(AuditEntryKind.ChangeOutcome)
            .Select(o => OrderTrail.Text(o.Payload, "changeId"))
            .OfType<string>()
            .ToHashSet(StringComparer.Ordinal);
        var requests = order.OfKind(AuditEntryKind.ChangeRequest).ToList();
        var problems = requests
            .Select(r => (r.Entry.Sequence, ChangeId: OrderTrail.Text(r.Payload, "changeId")))
            .Where(r => r.ChangeId is null || !assessed.Contains(r.ChangeId))
            .Select(r => r.ChangeId is null
                ? $"the change request of entry {r.Sequence} has no changeId, so no assessment can be traced to it"
                : $"change request {r.ChangeId} (entry {r.Sequence}) has no assessment (ChangeOutcome) recorded")
            .ToList();
        return problems.Count > 0
            ? new ChecklistResult(ChecklistItem.ChangesAssessed, false, string.Join("; ", problems))
            : new ChecklistResult(ChecklistItem.ChangesAssessed, true, requests.Count == 0
                ? "no change was requested"
                : $"{requests.Count} change request(s), each with its assessment");
    }
}
