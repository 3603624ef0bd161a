using System.ComponentModel;
using OrderConfirmation.Findings;
using OrderConfirmation.Lifecycle.State;

namespace OrderConfirmation.SampleHost.Contracts.Schemas;

/// <summary>A change request's assessment, and whether it was applied.</summary>
[Description("A change request's assessment as `orderconfirm change --json` writes it, plus `applied` and `refusal`.")]
internal sealed class ChangeAssessmentSchema
{
    [Description("The order's id.")]
    public required string? OrderId { get; init; }

    [Description("The change request's id.")]
    public required string ChangeId { get; init; }

    [Description("Whether the change may be made at all (article 4.3).")]
    public required bool Eligible { get; init; }

    [Description("Why it may not, as findings.")]
    public required IReadOnlyList<FindingSchema> Eligibility { get; init; }

    [Description("The departments whose approval the change needs.")]
    public required IReadOnlyList<Department> RequiredApprovals { get; init; }

    [Description("The re-review of the changed order, or null when the change is not eligible.")]
    public required DecisionSchema? Review { get; init; }

    [Description("What the change touches.")]
    public required ChangeImpactSchema Impact { get; init; }

    [Description("Whether the change is eligible and its re-review is ready to confirm.")]
    public required bool Feasible { get; init; }

    [Description("The new revision number when the change was applied, else null.")]
    public required int? Revision { get; init; }

    [Description("Whether the change was applied as a new revision.")]
    public required bool Applied { get; init; }

    [Description("Why the lifecycle refused to apply a feasible change, or null.")]
    public required RefusalSchema? Refusal { get; init; }
}

/// <summary>What a change touches.</summary>
[Description("What a change touches.")]
internal sealed class ChangeImpactSchema
{
    [Description("The fields the change alters.")]
    public required IReadOnlyList<string> ChangedFields { get; init; }

    [Description("Findings the changed order has that the order had not.")]
    public required IReadOnlyList<FindingSchema> NewFindings { get; init; }

    [Description("Findings the change resolves.")]
    public required IReadOnlyList<FindingSchema> ResolvedFindings { get; init; }

    [Description("The departments to tell.")]
    public required IReadOnlyList<Department> Notify { get; init; }
}

/// <summary>A lifecycle refusal.</summary>
[Description("Why the order lifecycle refused a command.")]
internal sealed class RefusalSchema
{
    [Description("The kind of refusal.")]
    public required RefusalReason Reason { get; init; }

    [Description("The lifecycle's explanation.")]
    public required string Message { get; init; }
}
