namespace OrderConfirmation.Rules.Loading;

/// <summary>The JSON shape of a RulesEngine scoped parameter (a GlobalParams or LocalParams entry).</summary>
internal sealed class ScopedParamDocument
{
    public string? Name { get; set; }

    public string? Expression { get; set; }
}
