using NodaTime;
using OrderConfirmation.Lifecycle.Commands;
using OrderConfirmation.Lifecycle.State;
using OrderConfirmation.Orders;
using OrderConfirmation.Review;
using OrderConfirmation.Tests.Builders;

namespace OrderConfirmation.Tests.Lifecycle;

/// <summary>Issue 15: ReviewAgain (ConfirmationOfficer, from UnderReview or OnHold) attaches a decision run on current facts.</summary>
public sealed class ReviewAgainTests
{
    private static readonly ReviewDecision Fresh = DefaultRules.Review(new FactsBuilder().WithAsOf(LifecycleScenario.Friday10 - Duration.FromMinutes(5)));

    private readonly LifecycleScenario _scenario = new();

    [Fact]
    public void ReviewAgain_UnderReview_ReplacesTheDecisionAndStaysUnderReview()
    {
        var result = _scenario.Apply(_scenario.UnderReview(LifecycleScenario.CreditHold), new ReviewAgain(Fresh), LifecycleScenario.Officer);

        Assert.True(result.IsAccepted, result.Refusal?.Message);
        Assert.Equal(OrderStatus.UnderReview, result.State!.Status);
        Assert.Same(Fresh.Findings, result.State.LatestReview!.Findings);
        Assert.Equal(1, result.State.LatestReview.OrderRevision);
        var raised = Assert.Single(result.Events, e => e.Kind != LifecycleEventKind.TaskSuperseded);
        Assert.Equal((LifecycleEventKind.ReviewedAgain, "outcome ReadyToConfirm"), (raised.Kind, raised.Note));
    }

    [Fact]
    public void ReviewAgain_OnHold_KeepsFinancesHoldWithTheNewDecision()
    {
        var held = _scenario.OnHold();

        var state = _scenario.Accept(held, new ReviewAgain(Fresh), LifecycleScenario.Officer);

        Assert.Equal((OrderStatus.OnHold, held.Hold), (state.Status, state.Hold));
        Assert.Same(Fresh.Findings, state.LatestReview!.Findings);
    }

    [Fact]
    public void ReviewAgain_AfterAHoldRelease_NeedsANewRelease()
    {
        var released = _scenario.Accept(_scenario.OnHold(), new ReleaseHold("prepayment received"), LifecycleScenario.Finance);

        Assert.Null(_scenario.Accept(released, new ReviewAgain(LifecycleScenario.CreditHold), LifecycleScenario.Officer).HoldRelease);
    }

    [Theory]
    [InlineData(OrderStatus.Draft)]
    [InlineData(OrderStatus.Submitted)]
    [InlineData(OrderStatus.AwaitingCustomer)]
    [InlineData(OrderStatus.Confirmed)]
    [InlineData(OrderStatus.InExecution)]
    [InlineData(OrderStatus.Completed)]
    [InlineData(OrderStatus.Rejected)]
    [InlineData(OrderStatus.Cancelled)]
    public void ReviewAgain_OtherStatus_IsRefusedAsWrongState(OrderStatus status) =>
        Assert.Equal(RefusalReason.WrongState, _scenario.Apply(_scenario.In(status), new ReviewAgain(Fresh), LifecycleScenario.Officer).Refusal?.Reason);

    [Theory]
    [InlineData(Role.SalesRep)]
    [InlineData(Role.FinanceOfficer)]
    [InlineData(Role.HeadOfOrderConfirmation)]
    [InlineData(Role.ExecutionOfficer)]
    [InlineData(Role.Auditor)]
    public void ReviewAgain_OtherRole_IsRefused(Role role) =>
        Assert.Equal(RefusalReason.RoleNotPermitted, _scenario.Apply(_scenario.UnderReview(), new ReviewAgain(Fresh), LifecycleCommands.ActingAs(role)).Refusal?.Reason);

    [Fact]
    public void ReviewAgain_DecisionOfOtherContent_IsRefused()
    {
        var other = DefaultRules.Review(new FactsBuilder().WithAsOf(LifecycleScenario.DecidedAt).WithOrder(LifecycleScenario.Order with { SpecialRequirements = "Rack by Friday" }));

        Assert.Contains("judged other content", _scenario.Apply(_scenario.UnderReview(), new ReviewAgain(other), LifecycleScenario.Officer).Refusal?.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ReviewAgain_DecisionForAnotherOrder_IsRefused() =>
        Assert.Equal(
            "ReviewAgain refused for order SO-1001: the review decision is for order SO-2, not SO-1001.",
            _scenario.Apply(_scenario.UnderReview(), new ReviewAgain(HandMadeDecisions.ReadyFor("SO-2")), LifecycleScenario.Officer).Refusal?.Message);

    [Fact]
    public void ReviewAgain_ConfirmedOrderHeldByFinance_IsRefused()
    {
        var held = _scenario.Accept(_scenario.Confirmed(), new PlaceHold("cheque bounced"), LifecycleScenario.Finance);

        Assert.Equal(RefusalReason.PreconditionFailed, _scenario.Apply(held, new ReviewAgain(Fresh), LifecycleScenario.Officer).Refusal?.Reason);
    }

    [Fact]
    public void ReviewAgain_Null_ThrowsNamingTheReview() =>
        Assert.Equal("review", Assert.Throws<ArgumentNullException>(() => new ReviewAgain(null!)).ParamName);
}
