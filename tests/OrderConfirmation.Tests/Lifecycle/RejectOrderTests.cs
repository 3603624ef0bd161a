using NodaTime;
using OrderConfirmation.Lifecycle.Commands;
using OrderConfirmation.Lifecycle;
using OrderConfirmation.Tests.Builders;

namespace OrderConfirmation.Tests.Lifecycle;

/// <summary>A rejection ends the order's life: no open question stays with the customer and no hold stays in force.</summary>
public sealed class RejectOrderTests
{
    private readonly LifecycleScenario _scenario = new();

    [Fact]
    public void Reject_AwaitingCustomer_ClosesTheQuestionAndCountsTheWaitUntilRejection()
    {
        var asked = _scenario.AwaitingCustomer();
        _scenario.At = LifecycleScenario.Friday10 + Duration.FromDays(1);

        var rejected = _scenario.Accept(asked, new RejectOrder("no reply"), LifecycleScenario.Officer);

        Assert.Null(rejected.Clarification);
        Assert.Equal([new Interval(LifecycleScenario.Friday10, LifecycleScenario.Friday10 + Duration.FromDays(1))], rejected.CustomerWaits);
    }

    [Fact]
    public void Reject_OnHold_LiftsTheHold() =>
        Assert.Null(_scenario.Accept(_scenario.OnHold(), new RejectOrder("credit refused"), LifecycleScenario.Officer).Hold);

    [Fact]
    public void Reject_Accepted_EventCarriesTheReason() =>
        Assert.Equal("blocked customer", _scenario.Apply(_scenario.UnderReview(), new RejectOrder("blocked customer"), LifecycleScenario.Officer).Events.Single().Note);
}
