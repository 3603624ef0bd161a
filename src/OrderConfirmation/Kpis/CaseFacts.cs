using NodaTime;

namespace OrderConfirmation.Kpis;

/// <summary>
/// What the KPIs read of one customer case: from a <see cref="CustomerCaseRecord"/>, or straight from a line of a record
/// file without building one. Both go through the same tally.
/// </summary>
/// <param name="Kind">Query, complaint or report.</param>
/// <param name="ReceivedAt">When the case was received.</param>
/// <param name="AnsweredAt">When it was answered, if it was.</param>
/// <param name="Substantiated">For a complaint: whether it was found substantiated.</param>
/// <param name="Waits">The customer waits, sorted and without overlaps.</param>
internal readonly ref struct CaseFacts(CaseKind Kind, Instant ReceivedAt, Instant? AnsweredAt, bool? Substantiated, ReadOnlySpan<Interval> Waits)
{
    public CaseKind Kind { get; } = Kind;

    public Instant ReceivedAt { get; } = ReceivedAt;

    public Instant? AnsweredAt { get; } = AnsweredAt;

    public bool? Substantiated { get; } = Substantiated;

    public ReadOnlySpan<Interval> Waits { get; } = Waits;

    public static CaseFacts Of(CustomerCaseRecord customerCase) =>
        new(customerCase.Kind, customerCase.ReceivedAt, customerCase.AnsweredAt, customerCase.Substantiated, WaitSpan.Of(customerCase.CustomerWaits));
}
