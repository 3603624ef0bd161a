namespace OrderConfirmation.Rules;

/// <summary>A rule set that does not change while the host runs.</summary>
/// <param name="ruleSet">The rule set.</param>
internal sealed class FixedRuleSetProvider(RuleSet ruleSet) : IRuleSetProvider
{
    /// <inheritdoc />
    public RuleSet Current { get; } = ruleSet ?? throw new ArgumentNullException(nameof(ruleSet));
}
