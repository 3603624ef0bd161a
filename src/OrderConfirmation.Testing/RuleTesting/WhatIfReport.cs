using OrderConfirmation.Findings;

namespace OrderConfirmation.Testing.RuleTesting;

/// <summary>The impact of a rule change on a set of orders, before it ships.</summary>
/// <param name="BaselineVersion">The baseline rule set's version.</param>
/// <param name="CandidateVersion">The candidate rule set's version.</param>
/// <param name="Reviewed">How many orders were reviewed under both.</param>
/// <param name="Changes">The orders whose outcome or findings change, in input order.</param>
public sealed record WhatIfReport(string BaselineVersion, string CandidateVersion, int Reviewed, IReadOnlyList<WhatIfChange> Changes)
{
    /// <summary>How many changed orders go from one outcome to another, per (from, to), most frequent first.</summary>
    public IReadOnlyList<(ReviewOutcome From, ReviewOutcome To, int Orders)> Transitions =>
        [.. Changes.Where(c => c.OutcomeChanged)
            .GroupBy(c => (c.Baseline.Outcome, c.Candidate.Outcome))
            .Select(g => (g.Key.Item1, g.Key.Item2, g.Count()))
            .OrderByDescending(t => t.Item3).ThenBy(t => t.Item1).ThenBy(t => t.Item2)];

    /// <summary>How many orders keep their outcome but change findings.</summary>
    public int FindingsOnly => Changes.Count(c => !c.OutcomeChanged);

    /// <summary>Each reviewed order's outcome under the baseline rules, in input order (empty in a report made without them).</summary>
    public IReadOnlyList<ReviewOutcome> BaselineOutcomes { get; init; } = [];

    /// <summary>
    /// How many of the reviewed orders (<see cref="BaselineOutcomes"/>) the baseline rules give <paramref name="baseline"/>
    /// and the candidate rules <paramref name="candidate"/>: a cell of the outcome transition matrix. With the same outcome
    /// twice, the orders that keep it, whether or not their findings change.
    /// </summary>
    public int Orders(ReviewOutcome baseline, ReviewOutcome candidate)
    {
        var changed = Changes.ToDictionary(c => c.Index, c => c.Candidate.Outcome);
        var orders = 0;
        for (var index = 0; index < BaselineOutcomes.Count; index++)
        {
            var before = BaselineOutcomes[index];
            orders += before == baseline && changed.GetValueOrDefault(index, before) == candidate ? 1 : 0;
        }

        return orders;
    }
}
