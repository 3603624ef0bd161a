using NodaTime;
using OrderConfirmation.Findings;
using OrderConfirmation.Review;

namespace OrderConfirmation.Tests.Review;

/// <summary>The decision's derived parts: the outcome from the error findings, and whether a rule could not be evaluated.</summary>
public sealed class ReviewDecisionTests
{
    private static ReviewFinding Finding(FindingSeverity severity, ReviewOutcome outcome, FindingKind kind = FindingKind.RuleFailed) =>
        new("R", ReviewStage.CreditAssessment, Department.Finance, severity, outcome, ReviewAction.None, "m", new Dictionary<string, object?>(), kind: kind);

    private static ReviewDecision Decision(params ReviewFinding[] findings) =>
        new("SO-1", [ReviewStage.PreliminaryReview], findings, "v", Instant.FromUtc(2026, 11, 20, 2, 0));

    [Fact]
    public void HasEvaluationErrors_NoFindings_IsFalse() => Assert.False(Decision().HasEvaluationErrors);

    [Fact]
    public void HasEvaluationErrors_OnlyRuleFailures_IsFalse() =>
        Assert.False(Decision(Finding(FindingSeverity.Error, ReviewOutcome.OnHold)).HasEvaluationErrors);

    [Fact]
    public void HasEvaluationErrors_OneErrorAmongFailures_IsTrue() =>
        Assert.True(Decision(Finding(FindingSeverity.Error, ReviewOutcome.OnHold), Finding(FindingSeverity.Error, ReviewOutcome.OnHold, FindingKind.EvaluationError)).HasEvaluationErrors);

    [Fact]
    public void Outcome_NoFindings_IsReadyToConfirm() => Assert.Equal(ReviewOutcome.ReadyToConfirm, Decision().Outcome);

    [Fact]
    public void Outcome_WarningsAndInfos_DoNotDecideIt() =>
        Assert.Equal(ReviewOutcome.ReadyToConfirm, Decision(Finding(FindingSeverity.Warning, ReviewOutcome.Rejected), Finding(FindingSeverity.Info, ReviewOutcome.OnHold)).Outcome);

    [Theory]
    [InlineData(ReviewOutcome.NeedsClarification, ReviewOutcome.OnHold, ReviewOutcome.OnHold)]
    [InlineData(ReviewOutcome.Rejected, ReviewOutcome.NeedsClarification, ReviewOutcome.Rejected)]
    [InlineData(ReviewOutcome.OnHold, ReviewOutcome.OnHold, ReviewOutcome.OnHold)]
    public void Outcome_TwoErrors_IsTheMoreSevereInEitherOrder(ReviewOutcome first, ReviewOutcome second, ReviewOutcome expected)
    {
        Assert.Equal(expected, Decision(Finding(FindingSeverity.Error, first), Finding(FindingSeverity.Error, second)).Outcome);
        Assert.Equal(expected, Decision(Finding(FindingSeverity.Error, second), Finding(FindingSeverity.Error, first)).Outcome);
    }
}
