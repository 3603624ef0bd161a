using System.ComponentModel;
using System.Text.Json;
using System.Text.Json.Serialization;
using OrderConfirmation.Findings;

namespace OrderConfirmation.SampleHost.Contracts.Schemas;

// The types in this folder only describe, for the OpenAPI document, the JSON the library's writers and the host's own
// writers produce; nothing is serialized from them. The tests check real responses against the schemas they give.

/// <summary>A review decision, as <c>orderconfirm review --json</c> writes it.</summary>
[Description("A review decision, as `orderconfirm review --json` writes it.")]
internal sealed class DecisionSchema
{
    [Description("The reviewed order's id.")]
    public required string? OrderId { get; init; }

    [Description("The most severe outcome of an error finding; ReadyToConfirm when there is none.")]
    public required ReviewOutcome Outcome { get; init; }

    [Description("The stages that ran, in order: PreliminaryReview, then (when it found no error) CreditAssessment, PricingPolicy (only when the host has a price list), TechnicalFeasibility, SupplyCapability and any host stage.")]
    public required IReadOnlyList<string> StagesRun { get; init; }

    [Description("Every finding, stage by stage.")]
    public required IReadOnlyList<FindingSchema> Findings { get; init; }

    [Description("The content hash of the rule set used, such as sha256:….")]
    public required string RuleSetVersion { get; init; }

    [Description("When the review was evaluated.")]
    public required DateTimeOffset EvaluatedAt { get; init; }

    [Description("The rule set's version label, when its files give one.")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? RuleSetLabel { get; init; }

    [Description("The rule set's effective date, when its files give one.")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public DateOnly? RuleSetEffectiveDate { get; init; }
}

/// <summary>One finding of a review.</summary>
[Description("One problem or observation a review rule reports. `message` and `values` are `***` where they quote what the caller may not see.")]
internal sealed class FindingSchema
{
    [Description("The rule's name.")]
    public required string Rule { get; init; }

    [Description("The stage the rule belongs to.")]
    public required string Stage { get; init; }

    [Description("The department that owns the finding.")]
    public required Department Department { get; init; }

    [Description("Error findings decide the outcome; warnings and info do not.")]
    public required FindingSeverity Severity { get; init; }

    [Description("The outcome an error finding implies.")]
    public required ReviewOutcome Outcome { get; init; }

    [Description("What the department should do.")]
    public required ReviewAction Action { get; init; }

    [Description("What was found, in words.")]
    public required string Message { get; init; }

    [Description("The values the rule found, by name.")]
    public required IReadOnlyDictionary<string, JsonElement> Values { get; init; }
}
