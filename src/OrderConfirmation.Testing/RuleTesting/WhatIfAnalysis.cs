using OrderConfirmation.Findings;
using OrderConfirmation.Review;
using OrderConfirmation.Rules;

namespace OrderConfirmation.Testing.RuleTesting;

/// <summary>
/// Reviews the same orders under a baseline and a candidate rule set and reports those whose outcome or findings
/// change (for example "raising the overdue threshold from 30 to 45 days releases 3 of 120 orders from hold").
/// Findings are paired by rule and line; a pair whose severity, outcome, action or message differs is a changed finding.
/// </summary>
public static class WhatIfAnalysis
{
    /// <summary>Compares the two rule sets on the requests.</summary>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public static WhatIfReport Compare(RuleSet baseline, RuleSet candidate, IEnumerable<ReviewFacts> requests)
    {
        ArgumentNullException.ThrowIfNull(baseline);
        ArgumentNullException.ThrowIfNull(candidate);
        ArgumentNullException.ThrowIfNull(requests);
        var changes = new List<WhatIfChange>();
        var outcomes = new List<ReviewOutcome>();
        var index = 0;
        foreach (var facts in requests)
        {
            var before = ReviewEvaluator.Evaluate(baseline, facts);
            var after = ReviewEvaluator.Evaluate(candidate, facts);
            outcomes.Add(before.Outcome);
            var added = after.Findings.Where(f => !before.Findings.Any(b => SameRule(b, f))).ToArray();
            var resolved = before.Findings.Where(f => !after.Findings.Any(a => SameRule(a, f))).ToArray();
            var changed = before.Findings
                .Select(b => (Baseline: b, Candidate: after.Findings.FirstOrDefault(a => SameRule(a, b))))
                .Where(p => p.Candidate is not null && !SameEffect(p.Baseline, p.Candidate))
                .Select(p => (p.Baseline, p.Candidate!))
                .ToArray();
            if (before.Outcome != after.Outcome || added.Length > 0 || resolved.Length > 0 || changed.Length > 0)
            {
                changes.Add(new WhatIfChange(index, before, after, added, resolved, changed));
            }

            index++;
        }

        return new WhatIfReport(baseline.Version, candidate.Version, index, changes) { BaselineOutcomes = outcomes };
    }

    private static bool SameRule(ReviewFinding a, ReviewFinding b) =>
        string.Equals(a.Rule, b.Rule, StringComparison.Ordinal) && a.LineNo == b.LineNo;

    private static bool SameEffect(ReviewFinding a, ReviewFinding b) =>
        a.Severity == b.Severity && a.Outcome == b.Outcome && a.Action == b.Action && string.Equals(a.Message, b.Message, StringComparison.Ordinal);
}
