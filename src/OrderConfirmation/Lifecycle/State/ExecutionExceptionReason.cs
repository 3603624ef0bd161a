namespace OrderConfirmation.Lifecycle.State;

/// <summary>Why an order's execution departs from what was confirmed (article 4.4): a rescheduled delivery, a cancellation in execution, a short-close.</summary>
public enum ExecutionExceptionReason
{
    /// <summary>Execution is late.</summary>
    Delay = 0,

    /// <summary>Force majeure prevents on-time execution; the solution is agreed with the customer.</summary>
    ForceMajeure = 1,

    /// <summary>The customer asked for it.</summary>
    CustomerRequest = 2,
}
