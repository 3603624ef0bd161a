using OrderConfirmation.Findings;

namespace OrderConfirmation.Testing.RuleTesting;

/// <summary>What a rule test case expects. Everything left out is not checked.</summary>
/// <param name="Outcome">The review outcome (for a change request: of the re-review of the changed order).</param>
/// <param name="Eligible">For a change request: whether it is eligible.</param>
/// <param name="Feasible">For a change request: whether it is feasible.</param>
/// <param name="Findings">Findings that must appear: each matcher must match at least one finding.</param>
/// <param name="Absent">Findings that must not appear: no finding may match any of these.</param>
public sealed record RuleTestExpectation(
    ReviewOutcome? Outcome,
    bool? Eligible,
    bool? Feasible,
    IReadOnlyList<FindingMatcher> Findings,
    IReadOnlyList<FindingMatcher> Absent);
