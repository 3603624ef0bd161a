using OrderConfirmation.Findings;

namespace OrderConfirmation.Tests.Differential;

/// <summary>
/// A finding as the reference pipeline expects it. For an evaluation error <see cref="Message"/> is
/// <see langword="null"/>: RulesEngine words exceptions its own way, so only the message's frame is compared;
/// <see cref="Error"/> keeps RulesEngine's words for a report.
/// </summary>
internal sealed record ExpectedFinding(
    string Rule,
    ReviewStage Stage,
    Department Department,
    FindingSeverity Severity,
    ReviewOutcome Outcome,
    ReviewAction Action,
    int? LineNo,
    FindingKind Kind,
    string? Message,
    IReadOnlyList<KeyValuePair<string, object?>> Values,
    string? Error = null);

/// <summary>A review decision as the reference pipeline expects it: outcome, stages run and every finding in order.</summary>
internal sealed record ExpectedDecision(ReviewOutcome Outcome, IReadOnlyList<ReviewStage> StagesRun, IReadOnlyList<ExpectedFinding> Findings);
