using System.Text.Json.Serialization;

namespace OrderConfirmation.Rules.Loading;

/// <summary>The JSON shape of a rule file: a RulesEngine workflow (PascalCase) with our metadata.</summary>
internal sealed class RuleFileDocument
{
    [JsonPropertyName("$schema")]
    public string? Schema { get; set; }

    public string? WorkflowName { get; set; }

    public string? Description { get; set; }

    public string? VersionLabel { get; set; }

    public string? EffectiveDate { get; set; }

    public List<ScopedParamDocument?>? GlobalParams { get; set; }

    public List<RuleDocument?>? Rules { get; set; }
}
