namespace OrderConfirmation.Rules.Loading;

/// <summary>The JSON shape of a rule's business metadata, kept in RulesEngine's <c>Properties</c>.</summary>
internal sealed class RulePropertiesDocument
{
    public string? Stage { get; set; }

    public string? Department { get; set; }

    public string? Severity { get; set; }

    public string? Outcome { get; set; }

    public string? Action { get; set; }

    public string? Scope { get; set; }

    public string? Description { get; set; }

    public Dictionary<string, string>? Values { get; set; }
}
