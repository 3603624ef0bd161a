namespace OrderConfirmation.Lifecycle.State;

/// <summary>What an execution progress report says.</summary>
public enum ProgressKind
{
    /// <summary>A milestone was reached.</summary>
    Milestone = 0,

    /// <summary>Quantities were shipped on some lines.</summary>
    Shipment = 1,

    /// <summary>The order was delivered in full.</summary>
    Delivered = 2,

    /// <summary>A problem: delay, quality or force majeure. The customer must be told.</summary>
    Issue = 3,
}
