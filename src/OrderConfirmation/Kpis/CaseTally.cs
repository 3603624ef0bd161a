namespace OrderConfirmation.Kpis;

/// <summary>
/// The counts behind the customer-case KPIs (articles 5 and 6.1) for a set of records: how many cases were received,
/// how many are due and how many of those were answered within the reply time of their kind, how many complaints were
/// received and found substantiated (set against the confirmed orders in <see cref="KpiTally.ComplaintsPer100Orders"/>). Tallies merge by adding counts,
/// like <see cref="KpiTally"/> (associative, commutative, <see cref="Empty"/> the identity), so partial tallies combine
/// into exactly the tally of all the records. Rates are derived, never stored; a rate over nothing is <see langword="null"/>.
/// </summary>
/// <param name="Received">Cases received (in the selected period and group), answered or not.</param>
/// <param name="AnsweredOnTime">Cases answered within the reply time of their kind, in business time.</param>
/// <param name="Due">Cases answered, or still unanswered past their reply time.</param>
/// <param name="NotYetDue">Cases still unanswered within their reply time (excluded from the rate).</param>
/// <param name="Complaints">Cases of kind <see cref="CaseKind.Complaint"/>.</param>
/// <param name="SubstantiatedComplaints">Complaints that the investigation found substantiated.</param>
public readonly record struct CaseTally(
    long Received,
    long AnsweredOnTime,
    long Due,
    long NotYetDue,
    long Complaints,
    long SubstantiatedComplaints)
{
    /// <summary>The tally of no records: the identity of <see cref="Merge"/>.</summary>
    public static CaseTally Empty => default;

    /// <summary>The timely reply rate: answered on time ÷ due, in [0, 1], or <see langword="null"/> when nothing is due.</summary>
    public decimal? Rate => Due == 0 ? null : (decimal)AnsweredOnTime / Due;

    /// <summary>Both tallies together.</summary>
    public CaseTally Merge(CaseTally other) => new(
        Received + other.Received,
        AnsweredOnTime + other.AnsweredOnTime,
        Due + other.Due,
        NotYetDue + other.NotYetDue,
        Complaints + other.Complaints,
        SubstantiatedComplaints + other.SubstantiatedComplaints);
}
