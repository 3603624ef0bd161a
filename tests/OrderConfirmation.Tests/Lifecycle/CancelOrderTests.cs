using NodaTime;
using OrderConfirmation.Lifecycle.Commands;
using OrderConfirmation.Lifecycle;
using OrderConfirmation.Tests.Builders;

namespace OrderConfirmation.Tests.Lifecycle;

/// <summary>A cancellation ends the order's life: no open question stays with the customer and no hold stays in force.</summary>
public sealed class CancelOrderTests
{
    private readonly LifecycleScenario _scenario = new();

    [Fact]
    public void Cancel_AwaitingCustomer_ClosesTheQuestionAndCountsTheWaitUntilCancellation()
    {
        var asked = _scenario.AwaitingCustomer();
        _scenario.At = LifecycleScenario.Friday10 + Duration.FromHours(2);

        var cancelled = _scenario.Accept(asked, new CancelOrder("customer withdrew"), LifecycleScenario.Head);

        Assert.Null(cancelled.Clarification);
        Assert.Equal([new Interval(LifecycleScenario.Friday10, LifecycleScenario.Friday10 + Duration.FromHours(2))], cancelled.CustomerWaits);
    }

    [Fact]
    public void Cancel_OnHold_LiftsTheHold() =>
        Assert.Null(_scenario.Accept(_scenario.OnHold(), new CancelOrder("customer withdrew"), LifecycleScenario.Head).Hold);

    [Fact]
    public void Cancel_Accepted_EventCarriesTheReason() =>
        Assert.Equal("customer withdrew", _scenario.Apply(_scenario.Draft(), new CancelOrder("customer withdrew"), LifecycleScenario.Sales).Events.Single().Note);
}
