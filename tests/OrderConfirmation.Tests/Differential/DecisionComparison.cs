using System.Collections;
using System.Text.RegularExpressions;
using OrderConfirmation.Findings;
using OrderConfirmation.Review;

namespace OrderConfirmation.Tests.Differential;

/// <summary>
/// Compares whole decisions: outcome, stages run, and finding by finding in order the rule, stage, department,
/// severity, outcome, action, line, kind, message and every named value. Describes each disagreement; empty when
/// they agree.
/// </summary>
internal static partial class DecisionComparison
{
    public static IReadOnlyList<string> Differences(ReviewDecision ours, ExpectedDecision expected)
    {
        var differences = new List<string>();
        if (ours.Outcome != expected.Outcome)
        {
            differences.Add($"outcome: ours {ours.Outcome}, reference {expected.Outcome}");
        }

        if (!ours.StagesRun.SequenceEqual(expected.StagesRun))
        {
            differences.Add($"stages run: ours [{string.Join(", ", ours.StagesRun)}], reference [{string.Join(", ", expected.StagesRun)}]");
        }

        differences.AddRange(Differences(ours.Findings, expected.Findings));
        return differences;
    }

    public static IReadOnlyList<string> Differences(IReadOnlyList<ReviewFinding> ours, IReadOnlyList<ExpectedFinding> expected)
    {
        var differences = new List<string>();
        if (!ours.Select(f => (f.Rule, f.LineNo)).SequenceEqual(expected.Select(f => (f.Rule, f.LineNo))))
        {
            var errors = expected.Where(f => f.Error is not null).Select(f => $"{f.Rule}: {f.Error}");
            differences.Add($"findings: ours [{Names(ours.Select(f => (f.Rule, f.LineNo)))}], reference [{Names(expected.Select(f => (f.Rule, f.LineNo)))}]{string.Concat(errors.Select(e => $"; reference error {e}"))}");
            return differences;
        }

        for (var i = 0; i < ours.Count; i++)
        {
            differences.AddRange(Differences(ours[i], expected[i]));
        }

        return differences;
    }

    private static IEnumerable<string> Differences(ReviewFinding ours, ExpectedFinding expected)
    {
        var where = $"{ours.Rule}{(ours.LineNo is { } line ? $" on line {line}" : string.Empty)}";
        var ourMeaning = (ours.Stage, ours.Department, ours.Severity, ours.Outcome, ours.Action, ours.Kind);
        var expectedMeaning = (expected.Stage, expected.Department, expected.Severity, expected.Outcome, expected.Action, expected.Kind);
        if (ourMeaning != expectedMeaning)
        {
            yield return $"{where}: ours {ourMeaning}, reference {expectedMeaning}";
        }

        if (expected.Kind == FindingKind.EvaluationError)
        {
            var frame = EvaluationErrorFrame().Match(ours.Message);
            if (!frame.Success || frame.Groups["rule"].Value != ours.Rule || frame.Groups["line"].Value != (ours.LineNo?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? string.Empty))
            {
                yield return $"{where}: evaluation error message \"{ours.Message}\" does not name the rule and line in the documented frame";
            }

            if (!ours.Values.Keys.SequenceEqual(["error"]) || ours.Values["error"] is not string { Length: > 0 })
            {
                yield return $"{where}: evaluation error values [{string.Join(", ", ours.Values.Keys)}], expected the error's type";
            }

            yield break;
        }

        if (ours.Message != expected.Message)
        {
            yield return $"{where}: message \"{ours.Message}\", reference \"{expected.Message}\"";
        }

        var ourValues = ours.Values.ToList();
        if (!ourValues.Select(v => v.Key).SequenceEqual(expected.Values.Select(v => v.Key)))
        {
            yield return $"{where}: values [{string.Join(", ", ourValues.Select(v => v.Key))}], reference [{string.Join(", ", expected.Values.Select(v => v.Key))}]";
            yield break;
        }

        for (var i = 0; i < ourValues.Count; i++)
        {
            if (!SameValue(ourValues[i].Value, expected.Values[i].Value))
            {
                yield return $"{where}: value {ourValues[i].Key} = {Show(ourValues[i].Value)}, reference {Show(expected.Values[i].Value)}";
            }
        }
    }

    private static bool SameValue(object? ours, object? expected) =>
        ours is IEnumerable items and not string && expected is IEnumerable others and not string
            ? items.Cast<object?>().SequenceEqual(others.Cast<object?>())
            : Equals(ours, expected) && ours?.GetType() == expected?.GetType();

    private static string Show(object? value) => value switch
    {
        null => "null",
        string text => $"\"{text}\"",
        IEnumerable items => $"[{string.Join(", ", items.Cast<object?>().Select(Show))}]",
        _ => $"{value} ({value.GetType().Name})",
    };

    private static string Names(IEnumerable<(string Rule, int? LineNo)> findings) =>
        string.Join(", ", findings.Select(f => f.LineNo is { } line ? $"{f.Rule}@{line}" : f.Rule));

    [GeneratedRegex(@"^The rule '(?<rule>[^']+)' could not be evaluated(?: on line (?<line>\d+))? \(.+\); the order is held until the rule or the data is corrected\.$", RegexOptions.Singleline)]
    private static partial Regex EvaluationErrorFrame();
}
