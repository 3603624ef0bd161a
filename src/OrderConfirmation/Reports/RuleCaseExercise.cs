namespace OrderConfirmation.Reports;

/// <summary>How one passing test case exercised one rule: whether the rule fired (gave a finding) and whether it held (ran without one).</summary>
/// <param name="Rule">The rule's name.</param>
/// <param name="TestCase">The test case's name.</param>
/// <param name="Fired">Whether the rule gave a finding in the case.</param>
/// <param name="Held">Whether the rule ran and held in the case (for a line rule: on at least one line).</param>
public sealed record RuleCaseExercise(string Rule, string TestCase, bool Fired, bool Held);
