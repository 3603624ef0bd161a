using NodaTime;

namespace OrderConfirmation.Orders;

/// <summary>
/// A customer's request to change an order (article 4.3), as passed on by Sales: what changes, who asked,
/// when and why. A <see langword="null"/> field means "unchanged".
/// </summary>
public sealed record ChangeRequest
{
    /// <summary>Creates a change request.</summary>
    /// <exception cref="ArgumentException"><paramref name="changeId"/> or <paramref name="requestedBy"/> is blank, or two line entries share a number.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="lines"/> is <see langword="null"/>.</exception>
    public ChangeRequest(string changeId, Instant requestedAt, string requestedBy, string? reason, IReadOnlyList<LineChange> lines)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(changeId);
        ArgumentException.ThrowIfNullOrWhiteSpace(requestedBy);
        ArgumentNullException.ThrowIfNull(lines);
        var seen = new HashSet<int>();
        foreach (var line in lines)
        {
            ArgumentNullException.ThrowIfNull(line, nameof(lines));
            if (!seen.Add(line.LineNo))
            {
                throw new ArgumentException($"Change {changeId} has two entries for line {line.LineNo}.", nameof(lines));
            }
        }

        ChangeId = changeId;
        RequestedAt = requestedAt;
        RequestedBy = requestedBy;
        Reason = reason;
        Lines = lines;
    }

    /// <summary>The change request's identifier.</summary>
    public string ChangeId { get; }

    /// <summary>When the customer asked.</summary>
    public Instant RequestedAt { get; }

    /// <summary>Who passed the request on (Sales).</summary>
    public string RequestedBy { get; }

    /// <summary>Why, in the customer's or salesperson's words.</summary>
    public string? Reason { get; }

    /// <summary>Lines changed, removed or added.</summary>
    public IReadOnlyList<LineChange> Lines { get; }

    /// <summary>The new requested delivery date, or <see langword="null"/> for unchanged.</summary>
    public LocalDate? RequestedDeliveryDate { get; init; }

    /// <summary>The new delivery address, or <see langword="null"/> for unchanged.</summary>
    public PostalAddress? DeliveryAddress { get; init; }

    /// <summary>The new payment terms, or <see langword="null"/> for unchanged.</summary>
    public PaymentTerms? PaymentTerms { get; init; }

    /// <summary>The new special requirements, or <see langword="null"/> for unchanged.</summary>
    public string? SpecialRequirements { get; init; }

    /// <summary>The new currency, or <see langword="null"/> for unchanged (a currency change is never eligible by default).</summary>
    public string? Currency { get; init; }
}
