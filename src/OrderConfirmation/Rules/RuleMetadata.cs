using OrderConfirmation.Findings;

namespace OrderConfirmation.Rules;

/// <summary>A rule's business metadata: where it sits in the regulation and what its failure means.</summary>
/// <param name="Stage">The review stage.</param>
/// <param name="Department">The department responsible for the finding.</param>
/// <param name="Severity">How much a failure matters.</param>
/// <param name="Outcome">The outcome a failure implies (for errors).</param>
/// <param name="Action">What should be done about a failure.</param>
/// <param name="Scope">Whether the rule runs per order or per line.</param>
internal sealed record RuleMetadata(
    ReviewStage Stage,
    Department Department,
    FindingSeverity Severity,
    ReviewOutcome Outcome,
    ReviewAction Action,
    RuleScopeKind Scope);
