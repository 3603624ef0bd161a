using NodaTime;
using OrderConfirmation.Lifecycle.Commands;
using OrderConfirmation.Lifecycle.State;
using OrderConfirmation.Orders;
using OrderConfirmation.Tests.Builders;

namespace OrderConfirmation.Tests.Lifecycle;

/// <summary>The derived facts of an order's state: whether its life is over, whether it has shipped, how long the customer made it wait.</summary>
public sealed class OrderStateTests
{
    private readonly LifecycleScenario _scenario = new();

    [Theory]
    [InlineData(OrderStatus.Draft, false)]
    [InlineData(OrderStatus.Submitted, false)]
    [InlineData(OrderStatus.UnderReview, false)]
    [InlineData(OrderStatus.AwaitingCustomer, false)]
    [InlineData(OrderStatus.OnHold, false)]
    [InlineData(OrderStatus.Confirmed, false)]
    [InlineData(OrderStatus.InExecution, false)]
    [InlineData(OrderStatus.Completed, true)]
    [InlineData(OrderStatus.Rejected, true)]
    [InlineData(OrderStatus.Cancelled, true)]
    public void IsTerminal_OnlyCompletedRejectedAndCancelled(OrderStatus status, bool terminal) =>
        Assert.Equal(terminal, (_scenario.Draft() with { Status = status }).IsTerminal);

    [Fact]
    public void IsFullyShipped_NothingShipped_IsFalse() =>
        Assert.False(_scenario.InExecution().IsFullyShipped);

    [Fact]
    public void IsFullyShipped_ExactlyTheOrderedQuantity_IsTrue() =>
        Assert.True((_scenario.InExecution() with { Shipped = new Dictionary<int, decimal> { [1] = 10m } }).IsFullyShipped);

    [Fact]
    public void IsFullyShipped_LineWithoutQuantity_NeedsNothingShipped() =>
        Assert.True((_scenario.InExecution() with { Order = LifecycleScenario.Order with { Lines = [LifecycleScenario.Order.Lines[0] with { Quantity = null }] } }).IsFullyShipped);

    [Fact]
    public void CustomerWaitsUntil_NoOpenQuestion_IsTheWaitsSoFar()
    {
        var state = _scenario.UnderReview();

        Assert.Same(state.CustomerWaits, state.CustomerWaitsUntil(LifecycleScenario.Friday10 + Duration.FromDays(1)));
    }

    [Fact]
    public void CustomerWaitsUntil_OpenQuestion_AddsTheWaitFromAskingToTheInstant() =>
        Assert.Equal(
            [new Interval(LifecycleScenario.Friday10, LifecycleScenario.Friday10 + Duration.FromMinutes(30))],
            _scenario.AwaitingCustomer().CustomerWaitsUntil(LifecycleScenario.Friday10 + Duration.FromMinutes(30)));

    [Fact]
    public void CustomerWaitsUntil_TheAskingInstantItself_AddsNoWait() =>
        Assert.Empty(_scenario.AwaitingCustomer().CustomerWaitsUntil(LifecycleScenario.Friday10));

    [Fact]
    public void CustomerWaitsUntil_AnInstantBeforeTheQuestion_AddsNoWait() =>
        Assert.Empty(_scenario.AwaitingCustomer().CustomerWaitsUntil(LifecycleScenario.Friday10 - Duration.FromMinutes(1)));

    [Fact]
    public void ToSnapshot_ConfirmedAndShipping_CarriesWhatAChangeIsJudgedOn()
    {
        var state = _scenario.Accept(_scenario.InExecution(), new ReportProgress(ProgressReport.Shipped([new LineShipment(1, 4m)])), LifecycleScenario.Executor);

        var snapshot = state.ToSnapshot();

        Assert.Same(state.Order, snapshot.Order);
        Assert.Equal((OrderStatus.InExecution, 1, LifecycleScenario.Promised), (snapshot.Status, snapshot.Revision, snapshot.PromisedDeliveryDate));
        Assert.Equal(4m, snapshot.Shipped[1]);
    }
}
