using NodaTime;
using OrderConfirmation.Changes;
using OrderConfirmation.Findings;
using OrderConfirmation.Orders;
using OrderConfirmation.Tests.Builders;

namespace OrderConfirmation.Tests.Changes;

public sealed class ChangeEligibilityRulesTests
{
    private static readonly ChangeRequest MoreHosts = ChangeScenario.Change(LineChange.Modify(1, quantity: 12m));

    private static ReviewFinding Blocking(ChangeEvaluation evaluation, string rule)
    {
        Assert.False(evaluation.Eligible);
        Assert.Null(evaluation.Review);
        Assert.False(evaluation.Feasible);
        return Assert.Single(evaluation.Eligibility, f => f.Rule == rule && f.IsBlocking);
    }

    [Theory]
    [InlineData(OrderStatus.Completed)]
    [InlineData(OrderStatus.Cancelled)]
    [InlineData(OrderStatus.Rejected)]
    public void OrderStillOpen_ClosedOrder_IsNotEligible(OrderStatus status)
    {
        var finding = Blocking(new ChangeScenario().WithStatus(status).Evaluate(MoreHosts), "OrderStillOpen");

        Assert.Equal(ReviewAction.DeclineChange, finding.Action);
        Assert.Contains(status.ToString(), finding.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(OrderStatus.Confirmed)]
    [InlineData(OrderStatus.InExecution)]
    [InlineData(OrderStatus.UnderReview)]
    public void OrderStillOpen_OpenOrder_IsEligible(OrderStatus status) =>
        Assert.True(new ChangeScenario().WithStatus(status).Evaluate(MoreHosts).Eligible);

    [Fact]
    public void QuantityNotBelowShipped_QuantityBelowShipped_IsNotEligible()
    {
        var evaluation = new ChangeScenario().WithStatus(OrderStatus.InExecution).WithShipped(1, 8m).Evaluate(ChangeScenario.Change(LineChange.Modify(1, quantity: 5m)));

        var finding = Blocking(evaluation, "QuantityNotBelowShipped");
        Assert.Equal(1, finding.LineNo);
        Assert.Equal(8m, finding.Values["shipped"]);
        Assert.Equal(5m, finding.Values["requested"]);
    }

    [Fact]
    public void QuantityNotBelowShipped_QuantityDownToShipped_IsEligible() =>
        Assert.True(new ChangeScenario().WithStatus(OrderStatus.InExecution).WithShipped(1, 8m).Evaluate(ChangeScenario.Change(LineChange.Modify(1, quantity: 8m))).Eligible);

    [Fact]
    public void ShippedLineNotRemoved_RemovingShippedLine_IsNotEligible() =>
        Assert.Equal(2, Blocking(new ChangeScenario().WithShipped(2, 1m).Evaluate(ChangeScenario.Change(LineChange.Removal(2))), "ShippedLineNotRemoved").LineNo);

    [Fact]
    public void ShippedLineNotRemoved_RemovingUnshippedLine_IsEligible() =>
        Assert.True(new ChangeScenario().WithShipped(1, 1m).Evaluate(ChangeScenario.Change(LineChange.Removal(2))).Eligible);

    [Fact]
    public void RemovedLineExists_RemovingUnknownLine_IsNotEligible() =>
        Assert.Equal(ReviewOutcome.NeedsClarification, Blocking(new ChangeScenario().Evaluate(ChangeScenario.Change(LineChange.Removal(9))), "RemovedLineExists").Outcome);

    [Theory]
    [InlineData(13)] // promised 15th: 13 + 2 is not before 15
    [InlineData(14)]
    [InlineData(15)]
    [InlineData(20)] // after the promised date
    public void DeliveryDateBeforePointOfNoReturn_WithinTwoDaysOfPromise_IsNotEligible(int day)
    {
        var change = ChangeScenario.Change() with { RequestedDeliveryDate = new LocalDate(2026, 12, 22) };

        var finding = Blocking(new ChangeScenario().WithToday(new LocalDate(2026, 12, day)).Evaluate(change), "DeliveryDateBeforePointOfNoReturn");

        Assert.Equal(2, finding.Values["days"]);
    }

    [Fact]
    public void DeliveryDateBeforePointOfNoReturn_ThreeDaysBeforePromise_IsEligible() =>
        Assert.True(new ChangeScenario().WithToday(new LocalDate(2026, 12, 12)).Evaluate(ChangeScenario.Change() with { RequestedDeliveryDate = new LocalDate(2026, 12, 22) }).Eligible);

    [Fact]
    public void DeliveryDateBeforePointOfNoReturn_SameDateRequested_IsNotAChange()
    {
        var evaluation = new ChangeScenario().WithToday(new LocalDate(2026, 12, 14)).Evaluate(ChangeScenario.Change(LineChange.Modify(1, quantity: 11m)) with { RequestedDeliveryDate = ChangeScenario.Promised });

        Assert.True(evaluation.Eligible);
        Assert.DoesNotContain("requestedDeliveryDate", evaluation.Impact.ChangedFields);
    }

    [Fact]
    public void DeliveryDateBeforePointOfNoReturn_NotYetConfirmed_IsEligible() =>
        Assert.True(new ChangeScenario().WithStatus(OrderStatus.UnderReview).WithPromised(null).WithToday(new LocalDate(2026, 12, 14)).Evaluate(ChangeScenario.Change() with { RequestedDeliveryDate = new LocalDate(2026, 12, 22) }).Eligible);

    [Fact]
    public void DeliveryAddressBeforePointOfNoReturn_OneDayBeforePromise_IsNotEligible()
    {
        var change = ChangeScenario.Change() with { DeliveryAddress = new PostalAddress("88 Jiuxianqiao Rd", "Beijing", "100015", "CN") };

        Blocking(new ChangeScenario().WithToday(new LocalDate(2026, 12, 14)).Evaluate(change), "DeliveryAddressBeforePointOfNoReturn");
    }

    [Fact]
    public void DeliveryAddressBeforePointOfNoReturn_WeeksBeforePromise_IsEligible() =>
        Assert.True(new ChangeScenario().Evaluate(ChangeScenario.Change() with { DeliveryAddress = new PostalAddress("88 Jiuxianqiao Rd", "Beijing", "100015", "CN") }).Eligible);

    [Fact]
    public void CurrencyUnchanged_OtherCurrency_IsNotEligible() =>
        Assert.Equal(Department.Finance, Blocking(new ChangeScenario().Evaluate(ChangeScenario.Change() with { Currency = "USD" }), "CurrencyUnchanged").Department);

    [Fact]
    public void CurrencyUnchanged_SameCurrencyInOtherCase_IsNoChangeAndStaysFeasible()
    {
        var evaluation = new ChangeScenario().Evaluate(ChangeScenario.Change(LineChange.Modify(1, quantity: 11m)) with { Currency = "cny" });

        Assert.True(evaluation.Feasible, string.Join("; ", evaluation.Reasons.Select(r => r.Message)));
        Assert.Equal("CNY", evaluation.Revision!.Order.Currency);
        Assert.DoesNotContain("currency", evaluation.Impact.ChangedFields);
    }

    [Fact]
    public void DeliveryDateBeforePointOfNoReturn_MovingTheDateIntoTheFrozenDays_IsNotEligible()
    {
        // Promised for the 15th, asked on the 1st to deliver on the 2nd: the new date is within the frozen 2 days.
        var change = ChangeScenario.Change() with { RequestedDeliveryDate = new LocalDate(2026, 12, 2) };

        Blocking(new ChangeScenario().WithToday(new LocalDate(2026, 12, 1)).Evaluate(change), "DeliveryDateBeforePointOfNoReturn");
    }

    [Fact]
    public void PriceChangeApprovedByFinance_NewUnitPrice_IsEligibleWithFinanceApproval()
    {
        var evaluation = new ChangeScenario().Evaluate(ChangeScenario.Change(LineChange.Modify(1, unitPrice: 1100m)));

        Assert.True(evaluation.Eligible);
        Assert.True(evaluation.Feasible);
        var finding = Assert.Single(evaluation.Eligibility);
        Assert.Equal(("PriceChangeApprovedByFinance", FindingSeverity.Warning, ReviewAction.RequireFinanceApproval), (finding.Rule, finding.Severity, finding.Action));
        Assert.Equal([Department.Finance], evaluation.RequiredApprovals);
        Assert.Equal([Department.Finance], evaluation.Revision!.RequiredApprovals);
    }

    [Fact]
    public void PriceChangeApprovedByFinance_QuantityOnly_NeedsNoApproval()
    {
        var evaluation = new ChangeScenario().Evaluate(ChangeScenario.Change(LineChange.Modify(1, quantity: 11m, unitPrice: 1200m)));

        Assert.Empty(evaluation.Eligibility);
        Assert.Empty(evaluation.RequiredApprovals);
    }

    [Fact]
    public void Evaluate_RuleSetWithoutChangeRules_Throws()
    {
        var reviewOnly = OrderConfirmation.Stages.RuleSetLoader.Load(OrderConfirmation.Rules.RuleFile.FromDirectory(DefaultRules.RulesDirectory).Where(f => !f.Path.EndsWith("change-eligibility.json", StringComparison.Ordinal)));
        var scenario = new ChangeScenario();

        var error = Assert.Throws<InvalidOperationException>(() => ChangeEvaluator.Evaluate(reviewOnly, scenario.Snapshot, MoreHosts, new FactsBuilder().Build()));

        Assert.Contains("change-eligibility.json", error.Message, StringComparison.Ordinal);
    }
}
