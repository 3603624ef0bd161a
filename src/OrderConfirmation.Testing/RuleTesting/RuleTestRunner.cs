using OrderConfirmation.Changes;
using OrderConfirmation.Findings;
using OrderConfirmation.Orders;
using OrderConfirmation.Formats;
using OrderConfirmation.Review;
using OrderConfirmation.Rules;

namespace OrderConfirmation.Testing.RuleTesting;

/// <summary>
/// Runs analysts' test cases against a rule set and checks each expectation, reporting what was expected and what
/// the rules did; also counts, over the passing cases, how each rule was exercised. Pure: no I/O.
/// </summary>
public static class RuleTestRunner
{
    /// <summary>Runs the cases.</summary>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public static RuleTestReport Run(RuleSet ruleSet, IEnumerable<RuleTestCase> cases)
    {
        ArgumentNullException.ThrowIfNull(ruleSet);
        ArgumentNullException.ThrowIfNull(cases);
        var coverage = ruleSet.Rules.ToDictionary(r => r.Name, _ => (Fired: 0, Held: 0), StringComparer.Ordinal);
        var results = new List<RuleTestResult>();
        foreach (var testCase in cases)
        {
            var exercised = new Dictionary<string, (bool Fired, bool Held)>(StringComparer.Ordinal);
            var result = testCase.Change is { } change ? RunChange(ruleSet, testCase, change, exercised) : RunReview(ruleSet, testCase, exercised);
            results.Add(result);
            if (result.Passed)
            {
                foreach (var (rule, (fired, held)) in exercised)
                {
                    var (f, h) = coverage[rule];
                    coverage[rule] = (f + (fired ? 1 : 0), h + (held ? 1 : 0));
                }
            }
        }

        return new RuleTestReport(results, [.. ruleSet.Rules.Select(r => new RuleCoverage(r.Name, coverage[r.Name].Fired, coverage[r.Name].Held))]);
    }

    private static RuleTestResult RunReview(RuleSet ruleSet, RuleTestCase testCase, Dictionary<string, (bool Fired, bool Held)> exercised)
    {
        var decision = ReviewEvaluator.Evaluate(ruleSet, testCase.Review!);
        Exercise(ruleSet, decision, testCase.Review!.Order, exercised);
        var failures = new List<string>();
        var expect = testCase.Expect;
        Check(failures, "outcome", expect.Outcome, decision.Outcome);
        Check(failures, "eligible", expect.Eligible, (bool?)null);
        Check(failures, "feasible", expect.Feasible, (bool?)null);
        CheckFindings(failures, expect, decision.Findings);
        return new RuleTestResult(testCase, failures, decision.Outcome.ToString(), decision.Findings);
    }

    private static RuleTestResult RunChange(RuleSet ruleSet, RuleTestCase testCase, ChangeReviewRequest change, Dictionary<string, (bool Fired, bool Held)> exercised)
    {
        ChangeEvaluation evaluation;
        try
        {
            evaluation = ChangeEvaluator.Evaluate(ruleSet, change.Current, change.Change, change.Facts);
        }
        catch (InvalidOperationException e)
        {
            return new RuleTestResult(testCase, [e.Message], "not evaluated", []);
        }

        ExerciseEligibility(ruleSet, evaluation, exercised);
        if (evaluation.Before is { } before)
        {
            Exercise(ruleSet, before, change.Current.Order, exercised);
            Exercise(ruleSet, evaluation.Review!, ChangedOrder.Apply(change.Current.Order, change.Change), exercised);
        }

        var findings = evaluation.Eligibility.Concat(evaluation.Review?.Findings ?? []).ToArray();
        var failures = new List<string>();
        var expect = testCase.Expect;
        Check(failures, "outcome", expect.Outcome, evaluation.Review?.Outcome);
        Check(failures, "eligible", expect.Eligible, evaluation.Eligible);
        Check(failures, "feasible", expect.Feasible, evaluation.Feasible);
        CheckFindings(failures, expect, findings);
        var outcome = !evaluation.Eligible ? "not eligible" : evaluation.Feasible ? $"feasible ({evaluation.Review!.Outcome})" : $"not feasible ({evaluation.Review!.Outcome})";
        return new RuleTestResult(testCase, failures, outcome, findings);
    }

    private static void Check<T>(List<string> failures, string what, T? expected, T? actual)
        where T : struct
    {
        if (expected is { } value && !Equals(value, actual))
        {
            failures.Add($"expected {what} {value}, got {(actual is { } a ? a.ToString() : "none")}");
        }
    }

    private static void CheckFindings(List<string> failures, RuleTestExpectation expect, IReadOnlyList<ReviewFinding> findings)
    {
        foreach (var matcher in expect.Findings.Where(m => !findings.Any(m.Matches)))
        {
            failures.Add($"expected a finding {matcher}, got none");
        }

        foreach (var matcher in expect.Absent)
        {
            foreach (var finding in findings.Where(matcher.Matches))
            {
                failures.Add($"expected no finding {matcher}, got {finding.Rule}{(finding.LineNo is { } line ? $" on line {line}" : string.Empty)}: {finding.Message}");
            }
        }
    }

    private static void Exercise(RuleSet ruleSet, ReviewDecision decision, Order order, Dictionary<string, (bool Fired, bool Held)> exercised)
    {
        foreach (var rule in ruleSet.Rules.Where(r => decision.StagesRun.Contains(r.Metadata.Stage)))
        {
            Record(exercised, rule, rule.Metadata.Scope == RuleScopeKind.Line ? order.Lines.Count : 1, decision.Findings);
        }
    }

    private static void ExerciseEligibility(RuleSet ruleSet, ChangeEvaluation evaluation, Dictionary<string, (bool Fired, bool Held)> exercised)
    {
        foreach (var rule in ruleSet.Rules.Where(r => r.Metadata.Stage == ReviewStage.ChangeEligibility))
        {
            Record(exercised, rule, rule.Metadata.Scope == RuleScopeKind.Line ? evaluation.Request.Lines.Count : 1, evaluation.Eligibility);
        }
    }

    private static void Record(Dictionary<string, (bool Fired, bool Held)> exercised, RuleInfo rule, int evaluations, IReadOnlyList<ReviewFinding> findings)
    {
        if (evaluations == 0)
        {
            return;
        }

        var fired = findings.Count(f => f.Kind == FindingKind.RuleFailed && string.Equals(f.Rule, rule.Name, StringComparison.Ordinal));
        var errored = findings.Any(f => f.Kind == FindingKind.EvaluationError && string.Equals(f.Rule, rule.Name, StringComparison.Ordinal));
        var (wasFired, wasHeld) = exercised.GetValueOrDefault(rule.Name);
        exercised[rule.Name] = (wasFired || fired > 0, wasHeld || (!errored && fired < evaluations));
    }
}
