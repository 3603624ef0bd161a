namespace OrderConfirmation.Kpis;

/// <summary>
/// The counts behind the three KPIs for a set of records, and the customer-case figures (<see cref="Cases"/>). Tallies merge by adding their counts, which is associative
/// and commutative with <see cref="Empty"/> as identity, so partial tallies from several processes, shards or days
/// combine into exactly the tally of all the records at once. Rates and means are derived, never stored.
/// A rate or mean over nothing is <see langword="null"/> (undefined, shown as "n/a"), never 0.
/// </summary>
/// <param name="Accurate">Assessed confirmations without a defect attributable to confirmation.</param>
/// <param name="Assessed">Confirmed orders assessed for accuracy.</param>
/// <param name="NotAssessed">Confirmed orders not yet assessed (excluded from the accuracy rate).</param>
/// <param name="OnTime">Orders processed (confirmed or rejected) within the standard time.</param>
/// <param name="Due">Orders processed (confirmed or rejected), or still open past the standard time; cancelled orders are left out.</param>
/// <param name="NotYetDue">Orders still open within the standard time (excluded from the timeliness rate).</param>
/// <param name="Responses">Survey responses.</param>
/// <param name="CommunicationPoints">The sum of the communication scores.</param>
/// <param name="EfficiencyPoints">The sum of the processing-efficiency scores.</param>
/// <param name="AttitudePoints">The sum of the service-attitude scores.</param>
/// <param name="SatisfiedScores">How many dimension scores are 4 or 5.</param>
public readonly record struct KpiTally(
    long Accurate,
    long Assessed,
    long NotAssessed,
    long OnTime,
    long Due,
    long NotYetDue,
    long Responses,
    long CommunicationPoints,
    long EfficiencyPoints,
    long AttitudePoints,
    long SatisfiedScores)
{
    /// <summary>The tally of no records: the identity of <see cref="Merge"/>.</summary>
    public static KpiTally Empty => default;

    /// <summary>Confirmation accuracy rate: accurate ÷ assessed, in [0, 1], or <see langword="null"/> when nothing was assessed.</summary>
    public decimal? AccuracyRate => Ratio(Accurate, Assessed);

    /// <summary>Timely processing rate: on time ÷ due, in [0, 1], or <see langword="null"/> when nothing is due.</summary>
    public decimal? TimelinessRate => Ratio(OnTime, Due);

    /// <summary>The mean communication score, or <see langword="null"/> without responses.</summary>
    public decimal? Communication => Ratio(CommunicationPoints, Responses);

    /// <summary>The mean processing-efficiency score, or <see langword="null"/> without responses.</summary>
    public decimal? Efficiency => Ratio(EfficiencyPoints, Responses);

    /// <summary>The mean service-attitude score, or <see langword="null"/> without responses.</summary>
    public decimal? Attitude => Ratio(AttitudePoints, Responses);

    /// <summary>The mean of all dimension scores, or <see langword="null"/> without responses.</summary>
    public decimal? Overall => Ratio(CommunicationPoints + EfficiencyPoints + AttitudePoints, 3 * Responses);

    /// <summary>CSAT: the share of all dimension scores that are 4 or 5, in [0, 1], or <see langword="null"/> without responses.</summary>
    public decimal? Csat => Ratio(SatisfiedScores, 3 * Responses);

    /// <summary>
    /// The customer-case figures of the same records (<see cref="CaseTally"/>): cases received, answered on time, due and
    /// not yet due, complaints and substantiated complaints.
    /// </summary>
    public CaseTally Cases { get; init; }

    /// <summary>
    /// Substantiated complaints per 100 confirmed orders: 100 × <see cref="CaseTally.SubstantiatedComplaints"/> ÷ the
    /// confirmed orders (<see cref="Assessed"/> + <see cref="NotAssessed"/>, those confirmed as of the query's instant), or
    /// <see langword="null"/> when there are no confirmed orders.
    /// </summary>
    public decimal? ComplaintsPer100Orders => Ratio(100 * Cases.SubstantiatedComplaints, Assessed + NotAssessed);

    /// <summary>Both tallies together.</summary>
    public KpiTally Merge(KpiTally other) => new(
        Accurate + other.Accurate,
        Assessed + other.Assessed,
        NotAssessed + other.NotAssessed,
        OnTime + other.OnTime,
        Due + other.Due,
        NotYetDue + other.NotYetDue,
        Responses + other.Responses,
        CommunicationPoints + other.CommunicationPoints,
        EfficiencyPoints + other.EfficiencyPoints,
        AttitudePoints + other.AttitudePoints,
        SatisfiedScores + other.SatisfiedScores)
    {
        Cases = Cases.Merge(other.Cases),
    };

    private static decimal? Ratio(long numerator, long denominator) =>
        denominator == 0 ? null : (decimal)numerator / denominator;
}
