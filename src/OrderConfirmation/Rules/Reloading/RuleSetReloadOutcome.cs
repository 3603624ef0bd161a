namespace OrderConfirmation.Rules.Reloading;

/// <summary>What a reload of a rules directory did.</summary>
public enum RuleSetReloadOutcome
{
    /// <summary>The files hold the rule set already serving (same content hash): nothing was replaced.</summary>
    Unchanged,

    /// <summary>The files were loaded, checked and compiled, and the new rule set now serves new reviews.</summary>
    Swapped,

    /// <summary>The files are invalid or could not be read: the last good rule set keeps serving.</summary>
    Rejected,
}
