using NodaTime;
using OrderConfirmation.Lifecycle.Commands;
using OrderConfirmation.Lifecycle.State;
using OrderConfirmation.Orders;
using OrderConfirmation.Tests.Builders;

namespace OrderConfirmation.Tests.Lifecycle;

/// <summary>
/// Issue 15, decisions bound to what they judged: confirmation relies only on a decision made for the order's current
/// revision and content, no older than the policy's maximum age (24 hours by default); otherwise the refusal says to
/// review again.
/// </summary>
public sealed class DecisionBindingTests
{
    private readonly LifecycleScenario _scenario = new();

    [Fact]
    public void Confirm_DecisionForAnotherRevision_IsRefusedSayingToReviewAgain()
    {
        var atRevision2 = _scenario.UnderReview() with { Revision = 2 };

        var result = _scenario.Apply(atRevision2, new ConfirmOrder(LifecycleScenario.Promised), LifecycleScenario.Head);

        Assert.Equal(RefusalReason.PreconditionFailed, result.Refusal?.Reason);
        Assert.Equal("Confirm refused for order SO-1001: the review decision was made for revision 1, but order SO-1001 is at revision 2; review it again.", result.Refusal!.Message);
    }

    [Fact]
    public void Confirm_OrderCorrectedAfterTheDecision_IsRefusedAsOtherContent()
    {
        var corrected = LifecycleScenario.Order with { SpecialRequirements = "No IPv6 needed" };
        var replied = _scenario.Accept(_scenario.AwaitingCustomer(), new RecordCustomerReply("IPv6 not needed.", LifecycleScenario.Ready, corrected), LifecycleScenario.Sales);

        var result = _scenario.Apply(replied, new ConfirmOrder(LifecycleScenario.Promised), LifecycleScenario.Head);

        Assert.Equal(RefusalReason.PreconditionFailed, result.Refusal?.Reason);
        Assert.Contains("judged other content than order SO-1001 as it stands", result.Refusal!.Message, StringComparison.Ordinal);
        Assert.EndsWith("review it again.", result.Refusal.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Confirm_DecisionOfTheSameContentInOtherObjects_IsAccepted()
    {
        var copy = LifecycleScenario.Order with { Lines = [.. LifecycleScenario.Order.Lines.Select(l => l with { UnitPrice = l.UnitPrice * 1.00m })] };
        var state = _scenario.UnderReview() with { Order = copy };

        Assert.True(_scenario.Apply(state, new ConfirmOrder(LifecycleScenario.Promised), LifecycleScenario.Head).IsAccepted);
    }

    [Fact]
    public void Confirm_DecisionOlderThanTheMaximumAge_IsRefusedSayingToReviewAgain()
    {
        var state = _scenario.UnderReview();
        _scenario.At = LifecycleScenario.DecidedAt + Duration.FromHours(24) + Duration.FromSeconds(1);

        var result = _scenario.Apply(state, new ConfirmOrder(LifecycleScenario.Promised), LifecycleScenario.Head);

        Assert.Equal(RefusalReason.PreconditionFailed, result.Refusal?.Reason);
        Assert.Equal("Confirm refused for order SO-1001: the review decision was evaluated at 2026-11-27T01:00:00Z, 24 hours before now, more than the 24 hours a decision may be relied on; review it again.", result.Refusal!.Message);
    }

    [Fact]
    public void Confirm_DecisionExactlyTheMaximumAge_IsAccepted()
    {
        var state = _scenario.UnderReview();
        _scenario.At = LifecycleScenario.DecidedAt + Duration.FromHours(24);

        Assert.True(_scenario.Apply(state, new ConfirmOrder(LifecycleScenario.Promised), LifecycleScenario.Head).IsAccepted);
    }

    [Fact]
    public void Confirm_ConfiguredMaximumAge_IsTheLimit()
    {
        var scenario = new LifecycleScenario(new LifecycleScenario().Policy with { MaxDecisionAge = Duration.FromHours(2) });
        var state = scenario.UnderReview();
        scenario.At = LifecycleScenario.DecidedAt + Duration.FromHours(3);

        Assert.Contains("more than the 2 hours a decision may be relied on", scenario.Apply(state, new ConfirmOrder(LifecycleScenario.Promised), LifecycleScenario.Head).Refusal?.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void MaxDecisionAge_Default_Is24Hours() =>
        Assert.Equal(Duration.FromHours(24), new LifecycleScenario().Policy.MaxDecisionAge);

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    public void MaxDecisionAge_NotPositive_Throws(long seconds) =>
        Assert.Equal("value", Assert.Throws<ArgumentOutOfRangeException>(() => new LifecycleScenario().Policy with { MaxDecisionAge = Duration.FromSeconds(seconds) }).ParamName);

    [Fact]
    public void StartReview_DecisionWithoutRevision_IsBoundToTheOrdersRevision() =>
        Assert.Equal(1, _scenario.UnderReview().LatestReview!.OrderRevision);

    [Fact]
    public void Confirm_StaleDecisionThenReviewAgain_IsAccepted()
    {
        var state = _scenario.UnderReview();
        _scenario.At = LifecycleScenario.Friday10 + Duration.FromDays(3);
        var fresh = DefaultRules.Review(new FactsBuilder().WithAsOf(_scenario.At - Duration.FromMinutes(5)));
        Assert.False(_scenario.Apply(state, new ConfirmOrder(LifecycleScenario.Promised), LifecycleScenario.Head).IsAccepted);

        var reviewed = _scenario.Accept(state, new ReviewAgain(fresh), LifecycleScenario.Officer);

        var confirmed = _scenario.Accept(reviewed, new ConfirmOrder(LifecycleScenario.Promised), LifecycleScenario.Head);
        Assert.Equal((OrderStatus.Confirmed, fresh.EvaluatedAt), (confirmed.Status, confirmed.Confirmation!.Decision.EvaluatedAt));
    }
}
