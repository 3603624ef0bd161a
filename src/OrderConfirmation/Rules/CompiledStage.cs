namespace OrderConfirmation.Rules;

/// <summary>The compiled rules of one stage in a rule set.</summary>
internal abstract class CompiledStage(RuleStage stage)
{
    /// <summary>The stage declaration the rules were compiled against.</summary>
    public RuleStage Stage { get; } = stage;
}
