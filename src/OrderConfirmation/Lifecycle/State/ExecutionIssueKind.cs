namespace OrderConfirmation.Lifecycle.State;

/// <summary>The kinds of execution problem an executing department reports (article 4.4).</summary>
public enum ExecutionIssueKind
{
    /// <summary>Execution is late.</summary>
    Delay = 0,

    /// <summary>A quality problem.</summary>
    Quality = 1,

    /// <summary>Force majeure prevents on-time execution; a solution must be agreed with the customer.</summary>
    ForceMajeure = 2,
}
