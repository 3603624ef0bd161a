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
}
