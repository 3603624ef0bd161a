using OrderConfirmation.Diagnostics;

namespace OrderConfirmation.Rules;

/// <summary>
/// Everything found when checking rule files: every error and warning, and the compiled rule set when there is no
/// error. This is what <c>orderconfirm validate</c> prints; <c>RuleSetLoader.Load</c> throws on errors instead.
/// </summary>
public sealed record RuleSetValidation
{
    internal RuleSetValidation(RuleSet? ruleSet, IReadOnlyList<RuleDiagnostic> diagnostics)
    {
        RuleSet = ruleSet;
        Diagnostics = diagnostics;
    }

    /// <summary>The rule set, or <see langword="null"/> when there is an error.</summary>
    public RuleSet? RuleSet { get; }

    /// <summary>Every problem, errors and warnings, in file and position order.</summary>
    public IReadOnlyList<RuleDiagnostic> Diagnostics { get; }

    /// <summary>The errors: the rules cannot be used until they are fixed.</summary>
    public IReadOnlyList<RuleDiagnostic> Errors => [.. Diagnostics.Where(d => d.Severity == RuleDiagnosticSeverity.Error)];

    /// <summary>The warnings: the rules load, but deserve a look.</summary>
    public IReadOnlyList<RuleDiagnostic> Warnings => [.. Diagnostics.Where(d => d.Severity == RuleDiagnosticSeverity.Warning)];

    /// <summary>Whether there is no error.</summary>
    public bool IsValid => RuleSet is not null;
}
