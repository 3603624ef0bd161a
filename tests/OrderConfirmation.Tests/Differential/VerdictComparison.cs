namespace OrderConfirmation.Tests.Differential;

/// <summary>Pairs our verdicts with RulesEngine's by rule and line, and describes every disagreement.</summary>
internal static class VerdictComparison
{
    private const int MaxDetail = 160;

    /// <summary>
    /// The disagreements between two sets of verdicts: a different verdict for the same rule and line,
    /// or a rule and line that only one side evaluated. Empty when they agree.
    /// </summary>
    public static IReadOnlyList<string> Differences(IReadOnlyList<RuleVerdict> ours, IReadOnlyList<RuleVerdict> rulesEngine)
    {
        var theirs = new Dictionary<(string, int?), RuleVerdict>();
        var differences = new List<string>();
        foreach (var verdict in rulesEngine)
        {
            if (!theirs.TryAdd((verdict.Rule, verdict.LineNo), verdict))
            {
                differences.Add($"{verdict.Rule} on {verdict.Where}: RulesEngine reported it twice");
            }
        }

        var seen = new HashSet<(string, int?)>();
        foreach (var our in ours)
        {
            var key = (our.Rule, our.LineNo);
            if (!seen.Add(key))
            {
                differences.Add($"{our.Rule} on {our.Where}: our evaluator reported it twice");
            }
            else if (!theirs.TryGetValue(key, out var their))
            {
                differences.Add($"{our.Rule} on {our.Where}: ours {Describe(our)}, RulesEngine did not evaluate it");
            }
            else if (their.Verdict != our.Verdict)
            {
                differences.Add($"{our.Rule} on {our.Where}: ours {Describe(our)}, RulesEngine {Describe(their)}");
            }
        }

        differences.AddRange(theirs.Values
            .Where(v => !seen.Contains((v.Rule, v.LineNo)))
            .Select(v => $"{v.Rule} on {v.Where}: RulesEngine {Describe(v)}, our evaluator did not evaluate it"));
        return differences;
    }

    private static string Describe(RuleVerdict verdict) =>
        verdict.Detail is { Length: > 0 } detail
            ? $"{verdict.Verdict} ({(detail.Length > MaxDetail ? detail[..MaxDetail] + "…" : detail)})"
            : verdict.Verdict.ToString();
}
