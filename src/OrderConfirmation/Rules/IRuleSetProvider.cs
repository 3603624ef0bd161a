namespace OrderConfirmation.Rules;

/// <summary>Gives the rule set in force. A review reads it once and uses that rule set throughout.</summary>
public interface IRuleSetProvider
{
    /// <summary>The rule set in force now.</summary>
    RuleSet Current { get; }
}
