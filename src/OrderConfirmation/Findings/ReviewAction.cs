namespace OrderConfirmation.Findings;

/// <summary>What someone should do about a finding. Hosts route work on these codes.</summary>
public enum ReviewAction
{
    /// <summary>Nothing to do; the finding informs.</summary>
    None = 0,

    /// <summary>Sales clarifies or completes the order with the customer (article 4.1).</summary>
    AskCustomer,

    /// <summary>Finance requires payment before delivery.</summary>
    RequirePrepayment,

    /// <summary>Finance collects the overdue balance before the order proceeds.</summary>
    CollectOverdue,

    /// <summary>Finance watches an overdue balance that is still within the grace period.</summary>
    MonitorOverdue,

    /// <summary>The order would take the customer over the credit limit; Finance decides.</summary>
    CreditLimitExceeded,

    /// <summary>The order is refused; Sales explains it to the customer.</summary>
    RejectOrder,

    /// <summary>Technical proposes a solution or an adjusted requirement (article 4.2).</summary>
    ProposeTechnicalSolution,

    /// <summary>Product proposes the earliest feasible delivery date.</summary>
    ProposeNewDeliveryDate,

    /// <summary>Product identifies the product or service, which the catalogue does not know.</summary>
    IdentifyProduct,

    /// <summary>Product replenishes stock in time for the requested date.</summary>
    PlanReplenishment,

    /// <summary>The rule could not be evaluated; whoever maintains the rules or the data investigates.</summary>
    InvestigateSystemError,

    /// <summary>A change needs Finance's approval before it is applied (article 4.3).</summary>
    RequireFinanceApproval,

    /// <summary>A change cannot be made; Sales explains it and looks for an alternative (article 4.3).</summary>
    DeclineChange,

    /// <summary>Finance verifies the price of a line its price list cannot check (article 3).</summary>
    VerifyPrice,

    /// <summary>Sales agrees payment terms Finance allows the customer (article 3).</summary>
    AdjustPaymentTerms,

    /// <summary>Finance provides the exchange rate an order's amounts need to be compared (article 4.2).</summary>
    ProvideExchangeRate,
}
