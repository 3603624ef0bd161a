using System.Text.Json;
using NodaTime;

namespace OrderConfirmation.Audit;

/// <summary>
/// What a caller appends to an audit log (article 6.1): who did what, in which role, to which order, and when.
/// The log adds the sequence number and the hash chain and turns it into an <see cref="AuditEntry"/>.
/// </summary>
/// <param name="At">When it happened; the log never reads a clock.</param>
/// <param name="Actor">Who acted: a user name or the name of a system component. Must not be blank.</param>
/// <param name="Role">The name of the role the actor acted in (for example <c>HeadOfOrderConfirmation</c>), or <see langword="null"/> when no role applies (a system step). The log stores names; what they mean is the writer's vocabulary.</param>
/// <param name="OrderId">The order the entry is about, or <see langword="null"/> for an entry about no single order. Must not be blank when given.</param>
/// <param name="Kind">The name of what the entry records (for example <c>Confirmation</c>); the writer decides the kinds and their payloads.</param>
/// <param name="Payload">The details, as the JSON text of an object.</param>
/// <exception cref="ArgumentNullException"><paramref name="Actor"/>, <paramref name="Kind"/> or <paramref name="Payload"/> is <see langword="null"/>.</exception>
/// <exception cref="ArgumentException"><paramref name="Actor"/> or <paramref name="OrderId"/> is blank or has an unpaired surrogate character; or <paramref name="Payload"/> is not the JSON text of an object, has a property twice, nests deeper than 64 levels or has text that is not valid Unicode.</exception>
/// <exception cref="ArgumentException"><paramref name="Role"/> or <paramref name="Kind"/> is not a name (see <see cref="AuditName"/>).</exception>
public sealed record AuditRecord(Instant At, string Actor, string? Role, string? OrderId, string Kind, string Payload)
{
    /// <summary>Who acted: a user name or the name of a system component; never blank.</summary>
    public string Actor { get; } = ValidActor(Actor, nameof(Actor));

    /// <summary>The name of the role the actor acted in, or <see langword="null"/> when no role applies.</summary>
    public string? Role { get; } = Role is null ? null : AuditName.Valid(Role, "role", nameof(Role));

    /// <summary>The order the entry is about, or <see langword="null"/> for an entry about no single order; never blank.</summary>
    public string? OrderId { get; } = ValidOrderId(OrderId, nameof(OrderId));

    /// <summary>The name of what the entry records.</summary>
    public string Kind { get; } = AuditName.Valid(Kind, "kind", nameof(Kind));

    /// <summary>The details as compact JSON object text: the caller's JSON without insignificant white space, in the form the log stores and hashes.</summary>
    public string Payload { get; } = CanonicalPayload(Payload, nameof(Payload));

    private static string ValidActor(string actor, string paramName)
    {
        ArgumentNullException.ThrowIfNull(actor, paramName);
        return string.IsNullOrWhiteSpace(actor)
            ? throw new ArgumentException("The actor is blank: every audit entry must name who acted.", paramName)
            : WellFormed(actor, "actor", paramName);
    }

    private static string? ValidOrderId(string? orderId, string paramName) => orderId switch
    {
        null => null,
        _ when string.IsNullOrWhiteSpace(orderId) => throw new ArgumentException("The order id is blank: give the order's id, or null for an entry about no single order.", paramName),
        _ => WellFormed(orderId, "order id", paramName),
    };

    /// <summary>The text, if it is well-formed UTF-16 (no unpaired surrogate), so it is stored exactly as given.</summary>
    private static string WellFormed(string text, string what, string paramName)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(text[i]))
            {
                throw new ArgumentException($"The {what} has an unpaired surrogate character at position {i}; it is not valid text.", paramName);
            }
        }

        return text;
    }

    private static string CanonicalPayload(string payload, string paramName)
    {
        ArgumentNullException.ThrowIfNull(payload, paramName);
        try
        {
            return AuditEntryFormat.CompactObject(payload);
        }
        catch (JsonException error)
        {
            throw new ArgumentException($"The payload is not valid JSON: {error.Message}", paramName, error);
        }
        catch (InvalidOperationException error)
        {
            throw new ArgumentException($"The payload has text that is not valid Unicode: {error.Message}", paramName, error);
        }
    }
}
