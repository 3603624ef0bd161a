using NodaTime;
using OrderConfirmation.Changes;
using OrderConfirmation.Orders;
using OrderConfirmation.Tests.Builders;

namespace OrderConfirmation.Tests.Changes;

/// <summary>
/// Issue 15: a change's re-review checks the requested date's "not past" rule (<c>DeliveryDateNotPast</c>) only when
/// the change moves the date, so a late order can still take a change; a change that moves the date into the past
/// still fails.
/// </summary>
public sealed class LateOrderChangeTests
{
    /// <summary>Three days after the requested and promised 2026-12-15.</summary>
    private static readonly LocalDate Late = new(2026, 12, 18);

    [Fact]
    public void Evaluate_LateOrderChangeKeepingTheDate_IsFeasible()
    {
        var scenario = new ChangeScenario().WithStatus(OrderStatus.InExecution).WithToday(Late);
        Assert.True(scenario.Order.RequestedDeliveryDate < Late);

        var evaluation = scenario.Evaluate(ChangeScenario.Change(LineChange.Modify(1, quantity: 12m)));

        Assert.True(evaluation.Feasible, string.Join("; ", evaluation.Reasons.Select(r => r.Message)));
        Assert.DoesNotContain(evaluation.Review!.Findings, f => f.Rule == "DeliveryDateNotPast");
        Assert.Equal(2, evaluation.Revision!.Decision.OrderRevision);
    }

    [Fact]
    public void Evaluate_LateOrder_ReviewBeforeTheChangeDoesNotCheckTheAgreedDate()
    {
        var evaluation = new ChangeScenario().WithToday(Late).Evaluate(ChangeScenario.Change(LineChange.Modify(1, quantity: 12m)));

        Assert.DoesNotContain(evaluation.Before!.Findings, f => f.Rule == "DeliveryDateNotPast");
        Assert.Equal(1, evaluation.Before.OrderRevision);
    }

    [Fact]
    public void Evaluate_ChangeMovingTheDateIntoThePast_IsNotFeasibleForTheDate()
    {
        var scenario = new ChangeScenario().WithStatus(OrderStatus.UnderReview).WithPromised(null);

        var evaluation = scenario.Evaluate(ChangeScenario.Change() with { RequestedDeliveryDate = new LocalDate(2026, 11, 20) });

        Assert.True(evaluation.Eligible);
        Assert.False(evaluation.Feasible);
        Assert.Contains(evaluation.Reasons, f => f.Rule == "DeliveryDateNotPast");
    }

    [Fact]
    public void Evaluate_ConfirmedOrderDateMovedIntoThePast_IsDeclined()
    {
        var evaluation = new ChangeScenario().Evaluate(ChangeScenario.Change() with { RequestedDeliveryDate = new LocalDate(2026, 11, 20) });

        Assert.False(evaluation.Feasible);
        Assert.Contains(evaluation.Reasons, f => f.Rule == "DeliveryDateBeforePointOfNoReturn");
    }

    [Fact]
    public void Evaluate_ChangeMovingTheDateIntoTheFuture_IsCheckedAndPasses()
    {
        var scenario = new ChangeScenario().WithStatus(OrderStatus.UnderReview).WithPromised(null);

        var evaluation = scenario.Evaluate(ChangeScenario.Change() with { RequestedDeliveryDate = new LocalDate(2026, 12, 30) });

        Assert.True(evaluation.Feasible, string.Join("; ", evaluation.Reasons.Select(r => r.Message)));
    }
}
