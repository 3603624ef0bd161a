namespace OrderConfirmation.Orders;

/// <summary>Where an order is in its life (articles 4.1 to 4.4).</summary>
public enum OrderStatus
{
    /// <summary>Entered by Sales; not yet through the preliminary review.</summary>
    Draft = 0,

    /// <summary>The preliminary review passed and Sales submitted the order to Order Confirmation.</summary>
    Submitted = 1,

    /// <summary>Order Confirmation is running the detailed review.</summary>
    UnderReview = 2,

    /// <summary>The customer was asked to clarify or adjust something and must reply by a deadline.</summary>
    AwaitingCustomer = 3,

    /// <summary>Held, typically by Finance for credit, until the hold is released.</summary>
    OnHold = 4,

    /// <summary>Confirmed by the head of Order Confirmation.</summary>
    Confirmed = 5,

    /// <summary>Distributed to and being executed by the executing departments.</summary>
    InExecution = 6,

    /// <summary>Executed in full. Terminal.</summary>
    Completed = 7,

    /// <summary>Rejected in review. Terminal.</summary>
    Rejected = 8,

    /// <summary>Cancelled. Terminal.</summary>
    Cancelled = 9,
}
