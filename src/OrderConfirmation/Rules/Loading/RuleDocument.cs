namespace OrderConfirmation.Rules.Loading;

/// <summary>The JSON shape of one rule: RulesEngine's rule fields that we support.</summary>
internal sealed class RuleDocument
{
    public string? RuleName { get; set; }

    public string? Expression { get; set; }

    public string? RuleExpressionType { get; set; }

    public string? ErrorMessage { get; set; }

    public bool? Enabled { get; set; }

    public List<ScopedParamDocument?>? LocalParams { get; set; }

    public RulePropertiesDocument? Properties { get; set; }
}
