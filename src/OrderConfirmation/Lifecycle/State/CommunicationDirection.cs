namespace OrderConfirmation.Lifecycle.State;

/// <summary>Which way a communication went, seen from the company.</summary>
public enum CommunicationDirection
{
    /// <summary>To the company: the customer or a department contacted us.</summary>
    Inbound = 0,

    /// <summary>From the company: we contacted the customer or a department.</summary>
    Outbound = 1,
}
