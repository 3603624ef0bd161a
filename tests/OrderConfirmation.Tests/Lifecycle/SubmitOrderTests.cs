using OrderConfirmation.Findings;
using OrderConfirmation.Lifecycle.Commands;
using OrderConfirmation.Lifecycle;
using OrderConfirmation.Review;
using OrderConfirmation.Tests.Builders;
using static OrderConfirmation.Tests.Lifecycle.HandMadeDecisions;

namespace OrderConfirmation.Tests.Lifecycle;

/// <summary>Article 4.1: Sales submits only what the preliminary review passed; anything it found wrong is corrected first.</summary>
public sealed class SubmitOrderTests
{
    private readonly LifecycleScenario _scenario = new();

    private TransitionResult Submit(ReviewDecision decision) => _scenario.Apply(_scenario.Draft(), new SubmitOrder(decision), LifecycleScenario.Sales);

    [Fact]
    public void Submit_DecisionWithoutThePreliminaryReview_IsRefused() =>
        Assert.Equal(
            "Submit refused for order SO-1001: the review decision did not run the preliminary review.",
            Submit(Decision([ReviewStage.CreditAssessment, ReviewStage.TechnicalFeasibility, ReviewStage.SupplyCapability])).Refusal?.Message);

    [Fact]
    public void Submit_PreliminaryWarningsOnly_IsAccepted() =>
        Assert.True(Submit(Decision(Finding("ContactPhoneWellFormed", ReviewStage.PreliminaryReview, Department.Sales, ReviewOutcome.NeedsClarification, FindingSeverity.Warning))).IsAccepted);

    [Fact]
    public void Submit_PreliminaryErrors_RefusalCountsAndNamesThem() =>
        Assert.Equal(
            "Submit refused for order SO-1001: the preliminary review found 2 problem(s) Sales must correct first: ContactEmailWellFormed (Sales); LineQuantityPositive (Sales, line 1).",
            Submit(Decision(
                Finding("ContactEmailWellFormed", ReviewStage.PreliminaryReview, Department.Sales, ReviewOutcome.NeedsClarification),
                Finding("LineQuantityPositive", ReviewStage.PreliminaryReview, Department.Sales, ReviewOutcome.NeedsClarification, lineNo: 1),
                Finding("WithinCreditLimit", ReviewStage.CreditAssessment, Department.Finance, ReviewOutcome.OnHold))).Refusal?.Message);

    [Fact]
    public void Submit_Accepted_KeepsTheDecisionAsTheLatestReview()
    {
        var decision = Decision();

        var kept = Submit(decision).State!.LatestReview!;

        Assert.Same(decision.Findings, kept.Findings);
        Assert.Equal(1, kept.OrderRevision);
    }
}
