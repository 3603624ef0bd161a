using NodaTime;

namespace OrderConfirmation.Audit;

/// <summary>Which entries of an audit trail to read: every filter given must match; none given reads the whole trail.</summary>
/// <param name="OrderId">Only entries about this order.</param>
/// <param name="Actor">Only entries by this actor.</param>
/// <param name="From">Only entries at or after this instant.</param>
/// <param name="To">Only entries before this instant.</param>
public sealed record AuditQuery(string? OrderId = null, string? Actor = null, Instant? From = null, Instant? To = null)
{
    /// <summary>Every entry.</summary>
    public static AuditQuery All { get; } = new();

    /// <summary>Whether an entry matches.</summary>
    public bool Matches(AuditEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        return (OrderId is null || string.Equals(entry.OrderId, OrderId, StringComparison.Ordinal))
            && (Actor is null || string.Equals(entry.Actor, Actor, StringComparison.Ordinal))
            && (From is not { } from || entry.At >= from)
            && (To is not { } to || entry.At < to);
    }
}
