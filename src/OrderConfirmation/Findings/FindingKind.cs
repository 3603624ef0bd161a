namespace OrderConfirmation.Findings;

/// <summary>Whether a finding is a business result or a failure to evaluate a rule.</summary>
public enum FindingKind
{
    /// <summary>The rule ran and the order did not satisfy it.</summary>
    RuleFailed = 0,

    /// <summary>
    /// The rule could not be evaluated (for example its expression met a missing value).
    /// The order is held: a rule that was not checked is never taken as passed.
    /// </summary>
    EvaluationError = 1,
}
