namespace OrderConfirmation.Lifecycle.State;

/// <summary>How a communication with the customer or a department took place (articles 4.2 and 6.1: the communication records).</summary>
public enum CommunicationChannel
{
    /// <summary>A telephone call.</summary>
    Phone = 0,

    /// <summary>An e-mail.</summary>
    Email = 1,

    /// <summary>An instant message.</summary>
    InstantMessage = 2,

    /// <summary>A meeting in person or online.</summary>
    Meeting = 3,

    /// <summary>A letter.</summary>
    Letter = 4,
}
