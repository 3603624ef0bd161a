using System.ComponentModel;
using OrderConfirmation.Lifecycle.State;

namespace OrderConfirmation.SampleHost.Contracts.Schemas;

/// <summary>A confirmation record.</summary>
[Description("A confirmation record (article 4.2): who confirmed, when, what was promised and the decision relied on.")]
internal sealed class ConfirmationSchema
{
    [Description("The confirmed order's id.")]
    public required string OrderId { get; init; }

    [Description("The revision confirmed.")]
    public required int Revision { get; init; }

    [Description("Who confirmed, by user id.")]
    public required string ConfirmedBy { get; init; }

    [Description("The role they confirmed in.")]
    public required Role Role { get; init; }

    [Description("When.")]
    public required DateTimeOffset ConfirmedAt { get; init; }

    [Description("The rule set of the decision relied on.")]
    public required string RuleSetVersion { get; init; }

    [Description("The delivery date promised to the customer.")]
    public required DateOnly PromisedDeliveryDate { get; init; }

    [Description("Finance's release of a credit hold relied on, or null.")]
    public required HoldReleaseSchema? HoldReleasedBy { get; init; }

    [Description("The review decision relied on.")]
    public required DecisionSchema Decision { get; init; }
}

/// <summary>Finance's release of a hold.</summary>
[Description("Finance's release of a credit hold.")]
internal sealed class HoldReleaseSchema
{
    [Description("Who released it.")]
    public required string By { get; init; }

    [Description("Their role.")]
    public required Role Role { get; init; }

    [Description("When.")]
    public required DateTimeOffset At { get; init; }

    [Description("Why, or null.")]
    public required string? Note { get; init; }
}
