namespace OrderConfirmation.Diagnostics;

/// <summary>How much a rule-file diagnostic matters.</summary>
public enum RuleDiagnosticSeverity
{
    /// <summary>The rules cannot be used until it is fixed.</summary>
    Error = 0,

    /// <summary>The rules load, but something is probably not what the analyst meant (for example a rule that can never fire).</summary>
    Warning = 1,
}
