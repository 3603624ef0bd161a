using OrderConfirmation.Lifecycle.Commands;
using OrderConfirmation.Lifecycle.State;
using OrderConfirmation.Tests.Builders;

namespace OrderConfirmation.Tests.Lifecycle;

/// <summary>Article 4.2: the detailed review starts with its decision, under the officer who starts it.</summary>
public sealed class StartReviewTests
{
    private readonly LifecycleScenario _scenario = new();

    [Fact]
    public void StartReview_Accepted_RecordsTheOfficerResponsible() =>
        Assert.Equal("conf.wang", _scenario.UnderReview().ReviewedBy);

    [Fact]
    public void StartReview_Accepted_EventNamesTheOutcome() =>
        Assert.Equal("outcome OnHold", _scenario.Apply(_scenario.Submitted(), new StartReview(LifecycleScenario.CreditHold), LifecycleScenario.Officer).Events.Single(e => e.Kind == LifecycleEventKind.ReviewStarted).Note);

    [Fact]
    public void StartReview_RestoredStateWithAnOldRelease_DropsTheReleaseForTheNewDecision()
    {
        var restored = _scenario.Submitted() with { HoldRelease = new ActionRecord("fin.zhao", Role.FinanceOfficer, LifecycleScenario.Friday10, "prepaid") };

        Assert.Null(_scenario.Accept(restored, new StartReview(LifecycleScenario.CreditHold), LifecycleScenario.Officer).HoldRelease);
    }

    [Fact]
    public void StartReview_DecisionForAnotherOrder_IsRefusedNamingIt() =>
        Assert.Equal(
            "StartReview refused for order SO-1001: the review decision is for order SO-2, not SO-1001.",
            _scenario.Apply(_scenario.Submitted(), new StartReview(HandMadeDecisions.ReadyFor("SO-2")), LifecycleScenario.Officer).Refusal?.Message);
}
