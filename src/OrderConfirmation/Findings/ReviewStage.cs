namespace OrderConfirmation.Findings;

/// <summary>The stages of review in the regulation. The preliminary review gates the detailed stages.</summary>
public enum ReviewStage
{
    /// <summary>Article 4.1: Sales checks the order is complete and accurate.</summary>
    PreliminaryReview = 0,

    /// <summary>Article 4.2: Finance assesses the customer's credit.</summary>
    CreditAssessment = 1,

    /// <summary>Article 4.2: Technical assesses whether the requirements can be met.</summary>
    TechnicalFeasibility = 2,

    /// <summary>Article 4.2: Product checks stock, capacity and lead time.</summary>
    SupplyCapability = 3,

    /// <summary>Article 4.3: whether a change request may be made at all.</summary>
    ChangeEligibility = 4,
}
