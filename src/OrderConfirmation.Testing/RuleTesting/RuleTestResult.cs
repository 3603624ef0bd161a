using OrderConfirmation.Findings;

namespace OrderConfirmation.Testing.RuleTesting;

/// <summary>The result of one test case.</summary>
/// <param name="Case">The case.</param>
/// <param name="Failures">Each expectation that did not hold, as "expected … , got …"; empty when the case passed.</param>
/// <param name="Outcome">What the rules made of it, in words (for example <c>OnHold</c>, or <c>not eligible</c> for a change).</param>
/// <param name="Findings">Every finding the rules produced (for a change: eligibility, then the re-review).</param>
public sealed record RuleTestResult(RuleTestCase Case, IReadOnlyList<string> Failures, string Outcome, IReadOnlyList<ReviewFinding> Findings)
{
    /// <summary>Whether every expectation held.</summary>
    public bool Passed => Failures.Count == 0;
}
