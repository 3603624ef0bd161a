using NodaTime;
using OrderConfirmation.Findings;
using OrderConfirmation.Lifecycle.Commands;
using OrderConfirmation.Lifecycle.State;
using OrderConfirmation.Lifecycle;
using OrderConfirmation.Review;
using OrderConfirmation.Tests.Builders;
using static OrderConfirmation.Tests.Lifecycle.HandMadeDecisions;

namespace OrderConfirmation.Tests.Lifecycle;

/// <summary>
/// Article 4.2: the head of Order Confirmation confirms only when every problem is resolved. A decision held only
/// for credit (Finance errors with outcome OnHold) may be confirmed once Finance has released the hold; nothing
/// else is covered by a release. The confirmation records who, when, on which decision and release, and the promise.
/// </summary>
public sealed class ConfirmOrderTests
{
    private readonly LifecycleScenario _scenario = new();

    private OrderState UnderReview(ReviewDecision decision) =>
        _scenario.Accept(_scenario.Submitted(), new StartReview(decision), LifecycleScenario.Officer);

    private OrderState HeldAndReleased(ReviewDecision decision)
    {
        var held = _scenario.Accept(UnderReview(decision), new PlaceHold("credit check"), LifecycleScenario.Finance);
        return _scenario.Accept(held, new ReleaseHold("prepayment received"), LifecycleScenario.Finance);
    }

    private TransitionResult Confirm(OrderState state, LocalDate? promised = null) =>
        _scenario.Apply(state, new ConfirmOrder(promised ?? LifecycleScenario.Promised), LifecycleScenario.Head);

    [Fact]
    public void Confirm_CreditHoldReleasedByFinance_IsAccepted() =>
        Assert.True(Confirm(HeldAndReleased(Decision(CreditHold()))).IsAccepted);

    [Fact]
    public void Confirm_SeveralCreditHoldsReleased_IsAccepted() =>
        Assert.True(Confirm(HeldAndReleased(Decision(CreditHold("WithinCreditLimit"), CreditHold("NoOverdueBalance")))).IsAccepted);

    [Fact]
    public void Confirm_FinanceRejectionReleased_IsStillRefused() =>
        Assert.Equal(RefusalReason.PreconditionFailed, Confirm(HeldAndReleased(Decision(Finding("CustomerNotBlocked", ReviewStage.CreditAssessment, Department.Finance, ReviewOutcome.Rejected)))).Refusal?.Reason);

    [Fact]
    public void Confirm_HoldByAnotherDepartmentReleased_IsStillRefused() =>
        Assert.Equal(RefusalReason.PreconditionFailed, Confirm(HeldAndReleased(Decision(Finding("StockAvailable", ReviewStage.SupplyCapability, Department.Product, ReviewOutcome.OnHold)))).Refusal?.Reason);

    [Fact]
    public void Confirm_FinanceEvaluationErrorReleased_IsStillRefused() =>
        Assert.Equal(RefusalReason.PreconditionFailed, Confirm(HeldAndReleased(Decision(Finding("WithinCreditLimit", ReviewStage.CreditAssessment, Department.Finance, ReviewOutcome.OnHold, kind: FindingKind.EvaluationError)))).Refusal?.Reason);

    [Fact]
    public void Confirm_CreditAndTechnicalProblemsReleased_IsStillRefused() =>
        Assert.Equal(RefusalReason.PreconditionFailed, Confirm(HeldAndReleased(Decision(CreditHold(), Finding("RequirementsSupported", ReviewStage.TechnicalFeasibility, Department.Technical, ReviewOutcome.NeedsClarification)))).Refusal?.Reason);

    [Fact]
    public void Confirm_WarningsOnly_IsAccepted() =>
        Assert.True(Confirm(UnderReview(Decision(Finding("NoOverdueBalance", ReviewStage.CreditAssessment, Department.Finance, ReviewOutcome.OnHold, FindingSeverity.Warning)))).IsAccepted);

    [Fact]
    public void Confirm_OpenProblems_RefusalNamesOutcomeAndEachFindingWithDepartmentAndLine()
    {
        var decision = Decision(
            Finding("RequirementsSupported", ReviewStage.TechnicalFeasibility, Department.Technical, ReviewOutcome.NeedsClarification, lineNo: 1),
            Finding("DeliveryDateSet", ReviewStage.PreliminaryReview, Department.Sales, ReviewOutcome.NeedsClarification));

        var refusal = Confirm(UnderReview(decision)).Refusal;

        Assert.Equal(
            "Confirm refused for order SO-1001: the latest review decision is NeedsClarification, not ReadyToConfirm: RequirementsSupported (Technical, line 1); DeliveryDateSet (Sales).",
            refusal?.Message);
    }

    [Fact]
    public void Confirm_CreditHoldNotReleased_RefusalSaysFinanceMustReleaseIt() =>
        Assert.Equal(
            "Confirm refused for order SO-1001: the latest review decision is OnHold, not ReadyToConfirm until Finance releases the hold: WithinCreditLimit (Finance).",
            Confirm(UnderReview(Decision(CreditHold()))).Refusal?.Message);

    [Fact]
    public void Confirm_CreditHoldReleasedByFinance_RecordsTheReleaseReliedOn()
    {
        var released = HeldAndReleased(Decision(CreditHold()));

        var record = Confirm(released).State!.Confirmation!;

        Assert.Same(released.HoldRelease, record.HoldReleasedBy);
    }

    [Fact]
    public void Confirm_ReadyDecisionAfterAHoldAndRelease_RecordsNoReleaseBecauseNoneWasReliedOn()
    {
        var released = HeldAndReleased(LifecycleScenario.Ready);

        var result = Confirm(released);

        Assert.True(result.IsAccepted, result.Refusal?.Message);
        Assert.Null(result.State!.Confirmation!.HoldReleasedBy);
    }

    [Fact]
    public void Confirm_NewDecisionAfterARelease_NeedsANewRelease()
    {
        var released = HeldAndReleased(Decision(CreditHold()));
        var asked = _scenario.Accept(released, new RequestClarification("Can you prepay?"), LifecycleScenario.Officer);
        var replied = _scenario.Accept(asked, new RecordCustomerReply("We prepay half.", Decision(CreditHold())), LifecycleScenario.Sales);

        Assert.Contains("until Finance releases the hold", Confirm(replied).Refusal?.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Confirm_RestoredStateWithoutDecision_IsRefused() =>
        Assert.Equal(
            "Confirm refused for order SO-1001: the order has no review decision to rely on.",
            Confirm(_scenario.UnderReview() with { LatestReview = null }).Refusal?.Message);

    [Fact]
    public void Confirm_PromisedForToday_IsAccepted() =>
        Assert.True(Confirm(_scenario.UnderReview(), new LocalDate(2026, 11, 27)).IsAccepted);

    [Fact]
    public void Confirm_PromisedForYesterday_RefusalNamesBothDates() =>
        Assert.Equal(
            "Confirm refused for order SO-1001: the promised delivery date 2026-11-26 is before today (2026-11-27).",
            Confirm(_scenario.UnderReview(), new LocalDate(2026, 11, 26)).Refusal?.Message);

    [Fact]
    public void Confirm_TodayIsTheCompanysDateNotUtcs()
    {
        var state = _scenario.UnderReview();
        _scenario.At = Instant.FromUtc(2026, 11, 27, 17, 0); // Saturday 01:00 in Shanghai, still Friday in UTC

        Assert.Contains("before today (2026-11-28)", Confirm(state, new LocalDate(2026, 11, 27)).Refusal?.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Confirm_Accepted_EventNotesThePromise() =>
        Assert.Equal("delivery promised for 2026-12-15", Confirm(_scenario.UnderReview()).Events.Single().Note);
}
