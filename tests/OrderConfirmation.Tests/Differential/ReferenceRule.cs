using OrderConfirmation.Findings;
using OrderConfirmation.Rules;

namespace OrderConfirmation.Tests.Differential;

/// <summary>
/// One rule as the reference pipeline reads it straight from its file: where it runs (file, stage, scope), what a
/// failure means (department, severity, outcome, action), the message template and the named values it shows, in the
/// order the file declares them.
/// </summary>
internal sealed record ReferenceRule(
    int File,
    string Name,
    bool Enabled,
    ReviewStage Stage,
    RuleScopeKind Scope,
    Department Department,
    FindingSeverity Severity,
    ReviewOutcome Outcome,
    ReviewAction Action,
    string Message,
    IReadOnlyList<KeyValuePair<string, string>> Values);
