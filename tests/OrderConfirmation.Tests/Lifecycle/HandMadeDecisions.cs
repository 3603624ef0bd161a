using NodaTime;
using OrderConfirmation.Findings;
using OrderConfirmation.Review;

namespace OrderConfirmation.Tests.Lifecycle;

/// <summary>
/// Review decisions for order SO-1001 made by hand, holding exactly the findings a test names (the default rules
/// cannot produce every shape: a Finance finding that rejects, an evaluation error, a decision without the
/// preliminary review). Rule-set version and evaluation time are fixed so that audit payloads can be written out.
/// </summary>
public static class HandMadeDecisions
{
    public const string RuleSetVersion = "sha256:hand-made";

    /// <summary>Friday 2026-11-27 09:00 in Shanghai, an hour before <see cref="Builders.LifecycleScenario.Friday10"/>.</summary>
    public static readonly Instant EvaluatedAt = Instant.FromUtc(2026, 11, 27, 1, 0);

    public static readonly IReadOnlyList<ReviewStage> AllStages =
        [ReviewStage.PreliminaryReview, ReviewStage.CreditAssessment, ReviewStage.TechnicalFeasibility, ReviewStage.SupplyCapability];

    public static ReviewFinding Finding(string rule, ReviewStage stage, Department department, ReviewOutcome outcome, FindingSeverity severity = FindingSeverity.Error, int? lineNo = null, FindingKind kind = FindingKind.RuleFailed) =>
        new(rule, stage, department, severity, outcome, ReviewAction.None, $"{rule} does not hold.", new Dictionary<string, object?>(), lineNo, kind);

    /// <summary>A credit finding as the default rules raise it: Finance holds the order (an error with outcome OnHold).</summary>
    public static ReviewFinding CreditHold(string rule = "WithinCreditLimit") =>
        Finding(rule, ReviewStage.CreditAssessment, Department.Finance, ReviewOutcome.OnHold);

    public static ReviewDecision Decision(params ReviewFinding[] findings) => Decision(AllStages, findings);

    public static ReviewDecision Decision(IReadOnlyList<ReviewStage> stagesRun, params ReviewFinding[] findings) =>
        new("SO-1001", stagesRun, findings, RuleSetVersion, EvaluatedAt);

    /// <summary>A decision without findings for the order named (or for no order).</summary>
    public static ReviewDecision ReadyFor(string? orderId) => new(orderId, AllStages, [], RuleSetVersion, EvaluatedAt);
}
