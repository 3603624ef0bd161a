using System.Text.Json;
using OrderConfirmation.Audit;
using OrderConfirmation.Lifecycle;

namespace OrderConfirmation.Supervision;

/// <summary>One order's entries of a trail, with the accepted commands' payloads read once for the checks.</summary>
internal sealed class OrderTrail
{
    public OrderTrail(string orderId, IReadOnlyList<AuditEntry> entries)
    {
        OrderId = orderId;
        Entries = entries;
        Accepted = [.. entries.Where(e => e.Kind == nameof(AuditEntryKind.CommandAccepted)).Select(AcceptedCommand.Read)];
    }

    public string OrderId { get; }

    /// <summary>The order's entries, in log order.</summary>
    public IReadOnlyList<AuditEntry> Entries { get; }

    /// <summary>The order's accepted commands, in log order.</summary>
    public IReadOnlyList<AcceptedCommand> Accepted { get; }

    /// <summary>The order's entries of a kind, with their payloads.</summary>
    public IEnumerable<(AuditEntry Entry, JsonElement Payload)> OfKind(AuditEntryKind kind) =>
        Entries.Where(e => e.Kind == kind.ToString()).Select(e => (e, Parse(e.Payload)));

    /// <summary>The accepted commands of a kind (the payload's <c>command</c>).</summary>
    public IEnumerable<AcceptedCommand> Commands(string command) => Accepted.Where(c => c.Command == command);

    public static JsonElement Parse(string payload)
    {
        using var document = JsonDocument.Parse(payload);
        return document.RootElement.Clone();
    }

    /// <summary>A string property's value; <see langword="null"/> when absent, not a string or blank.</summary>
    public static string? Text(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String
            && value.GetString() is { } text && !string.IsNullOrWhiteSpace(text)
            ? text
            : null;

    /// <summary>An array property's strings; empty when absent or not an array.</summary>
    public static IReadOnlyList<string> Strings(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Array
            ? [.. value.EnumerateArray().Where(v => v.ValueKind == JsonValueKind.String).Select(v => v.GetString()!)]
            : [];
}
