using NodaTime;

namespace OrderConfirmation.Kpis;

/// <summary>
/// How one order was processed, for the confirmation accuracy and timely processing rates: when it was received and
/// confirmed, who was responsible, how long it waited for the customer, and the defects found after confirmation.
/// </summary>
public sealed record OrderProcessingRecord
{
    /// <summary>Creates a record. Customer waits are kept sorted with overlapping or touching intervals merged.</summary>
    /// <param name="orderId">The order.</param>
    /// <param name="receivedAt">When the order was received (article 4.1).</param>
    /// <param name="confirmedAt">When it was confirmed, or <see langword="null"/> while not yet confirmed.</param>
    /// <param name="department">The responsible department, or <see langword="null"/>.</param>
    /// <param name="employee">The responsible employee, or <see langword="null"/>.</param>
    /// <param name="customerWaits">The intervals spent waiting for the customer's reply (article 4.2).</param>
    /// <param name="assessed">Whether the confirmation's accuracy has been assessed.</param>
    /// <param name="defects">The defects recorded after confirmation.</param>
    /// <exception cref="ArgumentException"><paramref name="orderId"/> is blank, the order is confirmed before it was received, or a wait has no end.</exception>
    /// <exception cref="ArgumentNullException">A collection or an element is <see langword="null"/>.</exception>
    public OrderProcessingRecord(string orderId, Instant receivedAt, Instant? confirmedAt, string? department, string? employee, IReadOnlyList<Interval>? customerWaits = null, bool assessed = false, IReadOnlyList<ConfirmationDefect>? defects = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(orderId);
        if (confirmedAt < receivedAt)
        {
            throw new ArgumentException($"Order {orderId} is confirmed ({confirmedAt}) before it was received ({receivedAt}).", nameof(confirmedAt));
        }

        OrderId = orderId;
        ReceivedAt = receivedAt;
        ConfirmedAt = confirmedAt;
        Department = department;
        Employee = employee;
        CustomerWaits = customerWaits is null or { Count: 0 } ? [] : Normalise(orderId, customerWaits);
        Assessed = assessed;
        Defects = defects ?? [];
        foreach (var defect in Defects)
        {
            ArgumentNullException.ThrowIfNull(defect, nameof(defects));
            HasAttributableDefect |= defect.AttributableToConfirmation;
        }
    }

    /// <summary>The order.</summary>
    public string OrderId { get; }

    /// <summary>When the order was received.</summary>
    public Instant ReceivedAt { get; }

    /// <summary>When it was confirmed, or <see langword="null"/> while not yet confirmed.</summary>
    public Instant? ConfirmedAt { get; }

    /// <summary>The responsible department.</summary>
    public string? Department { get; }

    /// <summary>The responsible employee.</summary>
    public string? Employee { get; }

    /// <summary>The intervals spent waiting for the customer, sorted and without overlaps.</summary>
    public IReadOnlyList<Interval> CustomerWaits { get; }

    /// <summary>Whether the confirmation's accuracy has been assessed.</summary>
    public bool Assessed { get; }

    /// <summary>The defects recorded after confirmation.</summary>
    public IReadOnlyList<ConfirmationDefect> Defects { get; }

    /// <summary>Whether a defect is attributable to the confirmation (which makes it inaccurate).</summary>
    public bool HasAttributableDefect { get; }

    private static Interval[] Normalise(string orderId, IReadOnlyList<Interval> customerWaits)
    {
        var sorted = new Interval[customerWaits.Count];
        for (var i = 0; i < sorted.Length; i++)
        {
            sorted[i] = customerWaits[i].HasStart && customerWaits[i].HasEnd
                ? customerWaits[i]
                : throw new ArgumentException($"Order {orderId}: a customer wait needs a start and an end.", nameof(customerWaits));
        }

        Array.Sort(sorted, static (a, b) => a.Start.CompareTo(b.Start));
        var merged = 0;
        for (var i = 1; i < sorted.Length; i++)
        {
            if (sorted[i].Start <= sorted[merged].End)
            {
                sorted[merged] = new Interval(sorted[merged].Start, Instant.Max(sorted[merged].End, sorted[i].End));
            }
            else
            {
                sorted[++merged] = sorted[i];
            }
        }

        return sorted[..(merged + 1)];
    }
}
