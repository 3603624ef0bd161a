namespace OrderConfirmation.Testing.RuleTesting;

/// <summary>How the passing test cases exercised one rule: in how many it fired (gave a finding) and in how many it held (ran without one).</summary>
/// <param name="Rule">The rule's name, as findings name it (<see cref="Findings.ReviewFinding.Rule"/>).</param>
/// <param name="Fired">Passing cases in which the rule gave a finding.</param>
/// <param name="Held">Passing cases in which the rule ran and held (for a line rule: on at least one line).</param>
public sealed record RuleCoverage(string Rule, int Fired, int Held)
{
    /// <summary>Whether the rule was exercised both ways.</summary>
    public bool BothWays => Fired > 0 && Held > 0;
}
