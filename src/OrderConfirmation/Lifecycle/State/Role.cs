namespace OrderConfirmation.Lifecycle.State;

/// <summary>The roles people act in on an order (articles 3 and 4). What each may do is set by a lifecycle policy.</summary>
public enum Role
{
    /// <summary>Sales: enters orders, submits them after the preliminary review, relays the customer's replies.</summary>
    SalesRep = 0,

    /// <summary>Order Confirmation: organises the detailed review and asks the customer for clarification.</summary>
    ConfirmationOfficer = 1,

    /// <summary>Finance: places and releases credit holds and approves price changes.</summary>
    FinanceOfficer = 2,

    /// <summary>The head of Order Confirmation: the only role that confirms an order (article 4.2).</summary>
    HeadOfOrderConfirmation = 3,

    /// <summary>An executing department: starts execution and reports progress, shipments, delivery and issues (article 4.4).</summary>
    ExecutionOfficer = 4,

    /// <summary>The supervision group (article 6.1): reads everything, changes nothing.</summary>
    Auditor = 5,

    /// <summary>Technical: proposes technical solutions or adjusted requirements, completing Technical's department tasks (article 4.2).</summary>
    TechnicalEngineer = 6,

    /// <summary>Product: proposes feasible delivery dates, identifies products and plans replenishment, completing Product's department tasks (article 4.2).</summary>
    ProductPlanner = 7,
}
