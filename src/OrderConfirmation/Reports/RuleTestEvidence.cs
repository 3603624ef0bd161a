namespace OrderConfirmation.Reports;

/// <summary>
/// What the analysts' test cases showed about a rule set, for the rule catalogue: how many cases passed and failed, and
/// for each passing case the rules it exercised. A failing case counts for no rule, as in the tool's coverage.
/// </summary>
/// <param name="Passed">How many cases passed.</param>
/// <param name="Failed">How many cases failed.</param>
/// <param name="Exercises">One entry per passing case and rule it exercised.</param>
public sealed record RuleTestEvidence(int Passed, int Failed, IReadOnlyList<RuleCaseExercise> Exercises);
