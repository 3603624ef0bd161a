using System.Collections;
using OrderConfirmation.Review;

namespace OrderConfirmation.Benchmarks;

/// <summary>
/// Checks that the hand-written baseline decides exactly as the compiled rules do (outcome, stages, and every
/// finding's rule, metadata, line, message and values), and that both ran the stages the facts call for (the pricing
/// stage whenever there is a price list), so that the benchmarks compare equal work.
/// </summary>
public static class DecisionEquivalence
{
    /// <summary>Throws unless both decisions of the <paramref name="facts"/> agree, ran the stages they call for and found the rules the scenario expects.</summary>
    /// <exception cref="InvalidOperationException">The decisions differ, or differ from the scenario's expected rules or stages.</exception>
    public static void Verify(Scenario scenario, ReviewFacts facts, ReviewDecision handWritten, ReviewDecision compiled)
    {
        ArgumentNullException.ThrowIfNull(facts);
        ArgumentNullException.ThrowIfNull(handWritten);
        ArgumentNullException.ThrowIfNull(compiled);
        var expected = BenchmarkOrders.ExpectedRules(scenario);
        Require(scenario, compiled.Findings.Select(f => f.Rule).SequenceEqual(expected), $"the compiled rules found [{Rules(compiled)}], the scenario expects [{string.Join(", ", expected)}]");
        var stages = BenchmarkOrders.ExpectedStages(scenario, facts);
        Require(scenario, compiled.StagesRun.SequenceEqual(stages), $"the compiled rules ran [{string.Join(", ", compiled.StagesRun)}], the facts call for [{string.Join(", ", stages)}]");
        Require(scenario, handWritten.Outcome == compiled.Outcome, $"outcome {handWritten.Outcome} (hand-written) differs from {compiled.Outcome} (compiled)");
        Require(scenario, handWritten.StagesRun.SequenceEqual(compiled.StagesRun), $"stages [{string.Join(", ", handWritten.StagesRun)}] (hand-written) differ from [{string.Join(", ", compiled.StagesRun)}] (compiled)");
        Require(scenario, handWritten.Findings.Count == compiled.Findings.Count, $"rules [{Rules(handWritten)}] (hand-written) differ from [{Rules(compiled)}] (compiled)");
        for (var i = 0; i < compiled.Findings.Count; i++)
        {
            var mine = handWritten.Findings[i];
            var theirs = compiled.Findings[i];
            Require(scenario, mine.Rule == theirs.Rule, $"rules [{Rules(handWritten)}] (hand-written) differ from [{Rules(compiled)}] (compiled)");
            Require(scenario, (mine.Stage, mine.Department, mine.Severity, mine.Outcome, mine.Action, mine.LineNo, mine.Kind) == (theirs.Stage, theirs.Department, theirs.Severity, theirs.Outcome, theirs.Action, theirs.LineNo, theirs.Kind), $"{theirs.Rule}: metadata differs");
            Require(scenario, mine.Message == theirs.Message, $"{theirs.Rule}: message \"{mine.Message}\" (hand-written) differs from \"{theirs.Message}\" (compiled)");
            Require(scenario, SameValues(mine.Values, theirs.Values), $"{theirs.Rule}: values differ");
        }
    }

    private static bool SameValues(IReadOnlyDictionary<string, object?> mine, IReadOnlyDictionary<string, object?> theirs) =>
        mine.Keys.SequenceEqual(theirs.Keys) && mine.Keys.All(key => SameValue(mine[key], theirs[key]));

    private static bool SameValue(object? mine, object? theirs) =>
        mine is IEnumerable items and not string && theirs is IEnumerable others and not string
            ? items.Cast<object?>().SequenceEqual(others.Cast<object?>())
            : Equals(mine, theirs);

    private static string Rules(ReviewDecision decision) => string.Join(", ", decision.Findings.Select(f => f.Rule));

    private static void Require(Scenario scenario, bool condition, string problem)
    {
        if (!condition)
        {
            throw new InvalidOperationException($"Scenario {scenario}: {problem}; the benchmark would not compare equal work.");
        }
    }
}
