namespace OrderConfirmation.Rules;

/// <summary>The stable codes of rule-file diagnostics, for tools and documentation.</summary>
internal static class RuleDiagnosticCodes
{
    /// <summary>No rule file was found.</summary>
    public const string NoRuleFiles = "OC1000";

    /// <summary>The file is not well-formed JSON, or has a field a rule file does not have.</summary>
    public const string InvalidJson = "OC1001";

    /// <summary>A required field is missing or empty.</summary>
    public const string MissingField = "OC1002";

    /// <summary>A metadata value (stage, department, severity, outcome, action, scope) is not one of the known values.</summary>
    public const string InvalidMetadata = "OC1003";

    /// <summary>Two rules have the same name, or two files the same workflow name.</summary>
    public const string DuplicateName = "OC1004";

    /// <summary>An expression does not parse or uses a field that does not exist.</summary>
    public const string InvalidExpression = "OC1005";

    /// <summary>A rule expression does not yield true or false.</summary>
    public const string NotBoolean = "OC1006";

    /// <summary>A message template is malformed or names a value the rule does not declare.</summary>
    public const string InvalidMessage = "OC1007";

    /// <summary>A RulesEngine feature the library does not support.</summary>
    public const string Unsupported = "OC1008";

    /// <summary>A parameter or value name is invalid or declared twice.</summary>
    public const string InvalidName = "OC1009";

    /// <summary>Severity and outcome contradict each other.</summary>
    public const string InconsistentMetadata = "OC1010";

    /// <summary>Warning: a rule's expression is constant, so the rule never fires or always fires.</summary>
    public const string ConstantRule = "OC1011";

    /// <summary>The files disagree on the rule set's version label or effective date, or the date is malformed.</summary>
    public const string InvalidVersion = "OC1012";

    /// <summary>An expression uses something rules may not use (reflection, I/O, the clock, object creation, …) or is too long or too deep.</summary>
    public const string ForbiddenExpression = "OC1013";
}
