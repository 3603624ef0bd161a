using System.Text.Json;
using OrderConfirmation.Audit;

namespace OrderConfirmation.Supervision;

/// <summary>An accepted lifecycle command as its audit entry records it: its name, details and raised events.</summary>
internal sealed record AcceptedCommand(long Sequence, string? Command, JsonElement Details, IReadOnlyList<JsonElement> Events)
{
    public static AcceptedCommand Read(AuditEntry entry)
    {
        var payload = OrderTrail.Parse(entry.Payload);
        var details = payload.TryGetProperty("details", out var d) && d.ValueKind == JsonValueKind.Object ? d : default;
        IReadOnlyList<JsonElement> events = payload.TryGetProperty("events", out var e) && e.ValueKind == JsonValueKind.Array ? [.. e.EnumerateArray()] : [];
        return new AcceptedCommand(entry.Sequence, OrderTrail.Text(payload, "command"), details, events);
    }
}
