namespace OrderConfirmation.Kpis;

/// <summary>
/// The records behind one group's figures, so that a disputed KPI can be explained (article 6.2: results feed pay
/// and promotion). Order ids in record order; each list matches a count of the group's <see cref="KpiTally"/>.
/// </summary>
/// <param name="Group">The group.</param>
/// <param name="Accurate">Accuracy numerator: assessed confirmations without an attributable defect.</param>
/// <param name="Assessed">Accuracy denominator: assessed confirmations.</param>
/// <param name="NotAssessed">Confirmed orders not yet assessed.</param>
/// <param name="OnTime">Timeliness numerator: orders processed (confirmed or rejected) within the standard time.</param>
/// <param name="Due">Timeliness denominator: orders processed (confirmed or rejected), or open past the standard time.</param>
/// <param name="NotYetDue">Open orders within the standard time.</param>
/// <param name="Responses">The orders of the survey responses counted.</param>
public sealed record KpiExplanation(
    string Group,
    IReadOnlyList<string> Accurate,
    IReadOnlyList<string> Assessed,
    IReadOnlyList<string> NotAssessed,
    IReadOnlyList<string> OnTime,
    IReadOnlyList<string> Due,
    IReadOnlyList<string> NotYetDue,
    IReadOnlyList<string> Responses)
{
    /// <summary>
    /// The orders rejected (as of the query's instant): counted for timeliness as processed at their rejection (in
    /// <see cref="Due"/>, and in <see cref="OnTime"/> when rejected within the standard time), never for accuracy.
    /// </summary>
    public IReadOnlyList<string> Rejected { get; init; } = [];

    /// <summary>
    /// The orders cancelled (as of the query's instant): left out of the timeliness figures (neither due, on time nor not
    /// yet due) and of the accuracy figures, even when confirmed before they were cancelled.
    /// </summary>
    public IReadOnlyList<string> Cancelled { get; init; } = [];

    /// <summary>
    /// The customer cases answered late, or still unanswered past the reply time of their kind (as of the query's
    /// instant): the due cases that are not in the group's answered-on-time count.
    /// </summary>
    public IReadOnlyList<string> LateCases { get; init; } = [];

    /// <summary>The customer cases not answered as of the query's instant, whether still within their reply time or past it.</summary>
    public IReadOnlyList<string> UnansweredCases { get; init; } = [];

    /// <summary>The complaints found substantiated: the numerator of the group's complaints per 100 confirmed orders.</summary>
    public IReadOnlyList<string> SubstantiatedComplaints { get; init; } = [];
}
