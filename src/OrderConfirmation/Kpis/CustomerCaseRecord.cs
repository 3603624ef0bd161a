using NodaTime;

namespace OrderConfirmation.Kpis;

/// <summary>
/// How one customer case was handled, for the case-reply KPIs: when it was received and answered, its kind (which sets
/// its reply time), the department and employee it was assigned to, the order it is about, whether a complaint was
/// found substantiated, and the time it waited for the customer (paused like an order's).
/// </summary>
public sealed record CustomerCaseRecord
{
    /// <summary>Creates the record.</summary>
    /// <param name="caseId">The case.</param>
    /// <param name="kind">Query, complaint or report.</param>
    /// <param name="receivedAt">When the case was received.</param>
    /// <param name="answeredAt">When the answer was given, or <see langword="null"/> while unanswered.</param>
    /// <param name="orderId">The order the case is about, or <see langword="null"/>.</param>
    /// <param name="department">The department it was assigned to, or <see langword="null"/>.</param>
    /// <param name="employee">The employee it was assigned to, or <see langword="null"/>.</param>
    /// <param name="substantiated">For a complaint: whether the investigation found it substantiated; <see langword="null"/> when not (yet) decided.</param>
    /// <param name="customerWaits">The intervals spent waiting for the customer; none when <see langword="null"/>. Kept sorted, with overlapping or touching intervals merged.</param>
    /// <exception cref="ArgumentException"><paramref name="caseId"/> is blank, the answer is before the receipt, or a wait has no start or end.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="kind"/> is not a <see cref="CaseKind"/>.</exception>
    public CustomerCaseRecord(string caseId, CaseKind kind, Instant receivedAt, Instant? answeredAt, string? orderId = null, string? department = null, string? employee = null, bool? substantiated = null, IReadOnlyList<Interval>? customerWaits = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(caseId);
        if (!Enum.IsDefined(kind))
        {
            throw new ArgumentOutOfRangeException(nameof(kind), kind, "Not a case kind.");
        }

        if (answeredAt < receivedAt)
        {
            throw new ArgumentException($"Case {caseId}: answered before it was received.", nameof(answeredAt));
        }

        CaseId = caseId;
        Kind = kind;
        ReceivedAt = receivedAt;
        AnsweredAt = answeredAt;
        OrderId = orderId;
        Department = department;
        Employee = employee;
        Substantiated = substantiated;
        CustomerWaits = CustomerWaitIntervals.Normalise("Case", caseId, customerWaits, nameof(customerWaits));
    }

    /// <summary>The case.</summary>
    public string CaseId { get; }

    /// <summary>Query, complaint or report.</summary>
    public CaseKind Kind { get; }

    /// <summary>When the case was received.</summary>
    public Instant ReceivedAt { get; }

    /// <summary>When the answer was given; <see langword="null"/> while unanswered.</summary>
    public Instant? AnsweredAt { get; }

    /// <summary>The order the case is about, if any.</summary>
    public string? OrderId { get; }

    /// <summary>The department the case was assigned to.</summary>
    public string? Department { get; }

    /// <summary>The employee the case was assigned to.</summary>
    public string? Employee { get; }

    /// <summary>For a complaint: whether it was found substantiated; <see langword="null"/> when not decided.</summary>
    public bool? Substantiated { get; }

    /// <summary>The intervals spent waiting for the customer, sorted and without overlaps.</summary>
    public IReadOnlyList<Interval> CustomerWaits { get; }
}
