namespace OrderConfirmation.Lifecycle;

/// <summary>Which record a complete audit log (article 6.1) should have but does not.</summary>
public enum AuditGapKind
{
    /// <summary>An order was confirmed without a review decision recorded before the confirmation.</summary>
    MissingReviewDecision = 0,

    /// <summary>An order was confirmed but its confirmation record (who, role, when, rule-set version, decision, promised date) is missing.</summary>
    MissingConfirmation = 1,

    /// <summary>An order was revised without the change request that led to the revision recorded before it.</summary>
    MissingChangeRequest = 2,

    /// <summary>A confirmation or a revision was recorded without saying which order (or which change) it was for, so it cannot be checked.</summary>
    MissingReference = 3,
}
