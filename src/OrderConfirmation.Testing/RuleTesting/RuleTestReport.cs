namespace OrderConfirmation.Testing.RuleTesting;

/// <summary>The results of a run of rule test cases, and how they exercised each rule.</summary>
/// <param name="Results">One result per case, in the order run.</param>
/// <param name="Coverage">One entry per enabled rule, in rule-set order.</param>
public sealed record RuleTestReport(IReadOnlyList<RuleTestResult> Results, IReadOnlyList<RuleCoverage> Coverage)
{
    /// <summary>How many cases passed.</summary>
    public int Passed => Results.Count(r => r.Passed);

    /// <summary>How many cases failed.</summary>
    public int Failed => Results.Count - Passed;
}
