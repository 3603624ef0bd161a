using System.Text.Json;
using NodaTime.Text;
using OrderConfirmation.Audit;

namespace OrderConfirmation.Supervision;

/// <summary>Reads the supervision entries back: the checks recorded, the rectifications asked and those done.</summary>
internal static class SupervisionRecords
{
    public static int CheckCount(IEnumerable<AuditEntry> entries) => entries.Count(e => e.Kind == nameof(SupervisionEntryKind.SupervisionCheck));

    /// <summary>Every rectification asked, in log order, and the ids of those done.</summary>
    public static (IReadOnlyList<Rectification> Asked, IReadOnlySet<string> Done) Read(IEnumerable<AuditEntry> entries)
    {
        var asked = new List<Rectification>();
        var done = new HashSet<string>(StringComparer.Ordinal);
        foreach (var entry in entries)
        {
            if (entry.Kind == nameof(SupervisionEntryKind.SupervisionCheck))
            {
                asked.AddRange(Asked(entry));
            }
            else if (entry.Kind == nameof(SupervisionEntryKind.RectificationDone)
                && OrderTrail.Text(OrderTrail.Parse(entry.Payload), "rectificationId") is { } id)
            {
                done.Add(id);
            }
        }

        return (asked, done);
    }

    private static IEnumerable<Rectification> Asked(AuditEntry check)
    {
        var payload = OrderTrail.Parse(check.Payload);
        if (OrderTrail.Text(payload, "checkId") is not { } checkId
            || !payload.TryGetProperty("rectifications", out var rectifications) || rectifications.ValueKind != JsonValueKind.Array)
        {
            yield break;
        }

        foreach (var item in rectifications.EnumerateArray())
        {
            if (OrderTrail.Text(item, "rectificationId") is { } id && OrderTrail.Text(item, "action") is { } action
                && OrderTrail.Text(item, "owner") is { } owner
                && LocalDatePattern.Iso.Parse(OrderTrail.Text(item, "due") ?? string.Empty) is { Success: true } due)
            {
                yield return new Rectification(id, checkId, OrderTrail.Text(item, "orderId"), action, owner, due.Value, check.At);
            }
        }
    }
}
