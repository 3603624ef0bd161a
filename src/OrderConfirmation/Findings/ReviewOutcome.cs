namespace OrderConfirmation.Findings;

/// <summary>
/// What a review decides about an order. The numeric order is the severity order:
/// <see cref="Rejected"/> is the most severe, <see cref="ReadyToConfirm"/> the least.
/// </summary>
public enum ReviewOutcome
{
    /// <summary>No blocking problem: the head of Order Confirmation may confirm (article 4.2).</summary>
    ReadyToConfirm = 0,

    /// <summary>Something must be clarified with the customer or Sales before the order can go on.</summary>
    NeedsClarification = 1,

    /// <summary>The order waits for a decision, typically Finance's on credit.</summary>
    OnHold = 2,

    /// <summary>The order cannot be accepted.</summary>
    Rejected = 3,
}
