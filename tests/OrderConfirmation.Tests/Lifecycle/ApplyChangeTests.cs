using NodaTime;
using OrderConfirmation.Changes;
using OrderConfirmation.Findings;
using OrderConfirmation.Lifecycle.Commands;
using OrderConfirmation.Lifecycle.State;
using OrderConfirmation.Lifecycle;
using OrderConfirmation.Orders;
using OrderConfirmation.Tests.Builders;

namespace OrderConfirmation.Tests.Lifecycle;

/// <summary>
/// Article 4.3: a change between confirmation and completion is recorded only when it is feasible, was judged on
/// the order as it stands, and carries the approvals it needs; the executing departments are told what changed.
/// </summary>
public sealed class ApplyChangeTests
{
    private static readonly ChangeApproval FinanceApproval = new(Department.Finance, "fin.zhao");
    private static readonly ChangeApproval TechnicalApproval = new(Department.Technical, "tech.zhou");

    private readonly LifecycleScenario _scenario = new();

    private static ChangeEvaluation PriceChange() =>
        new ChangeScenario().Evaluate(ChangeScenario.Change(LineChange.Modify(1, unitPrice: 1100m)));

    private TransitionResult Apply(OrderState state, ApplyChange command) => _scenario.Apply(state, command, LifecycleScenario.Officer);

    [Fact]
    public void ApplyChange_EvaluatedForAnotherOrder_IsRefusedNamingBoth()
    {
        var other = new ChangeScenario().WithFacts(f => f.WithOrder(o => o.With(x => x with { OrderId = "SO-2" }))).Evaluate(ChangeScenario.Change(LineChange.Modify(1, quantity: 12m)));

        Assert.Equal(
            "ApplyChange refused for order SO-1001: the change is for order SO-2, not SO-1001.",
            Apply(_scenario.Confirmed(), new ApplyChange(other)).Refusal?.Message);
    }

    [Fact]
    public void ApplyChange_EvaluatedAgainstAnotherRevision_RefusalNamesBothRevisions()
    {
        var revised = _scenario.Accept(_scenario.Confirmed(), new ApplyChange(LifecycleCommands.FeasibleChange), LifecycleScenario.Officer);

        Assert.Equal(
            "ApplyChange refused for order SO-1001: the change was evaluated against revision 1, but the order is at revision 2; evaluate it again.",
            Apply(revised, new ApplyChange(LifecycleCommands.FeasibleChange)).Refusal?.Message);
    }

    [Fact]
    public void ApplyChange_Infeasible_RefusalNamesEachReason()
    {
        var infeasible = new ChangeScenario().Evaluate(ChangeScenario.Change(LineChange.Modify(1, quantity: 80m)));

        var message = Apply(_scenario.Confirmed(), new ApplyChange(infeasible)).Refusal?.Message;

        Assert.StartsWith("ApplyChange refused for order SO-1001: the change is not feasible: ", message, StringComparison.Ordinal);
        Assert.All(infeasible.Reasons, r => Assert.Contains($"{r.Rule} ({r.Department}", message, StringComparison.Ordinal));
    }

    [Fact]
    public void ApplyChange_ApprovalOfAnotherDepartmentOnly_IsRefusedNamingTheMissingOne() =>
        Assert.Equal(
            "ApplyChange refused for order SO-1001: the change needs the approval of Finance.",
            Apply(_scenario.Confirmed(), new ApplyChange(PriceChange(), [TechnicalApproval])).Refusal?.Message);

    [Fact]
    public void ApplyChange_RequiredApprovalAmongOthers_IsAccepted() =>
        Assert.True(Apply(_scenario.Confirmed(), new ApplyChange(PriceChange(), [TechnicalApproval, FinanceApproval])).IsAccepted);

    [Fact]
    public void ApplyChange_NoApprovalsGiven_HasNone() =>
        Assert.Empty(new ApplyChange(LifecycleCommands.FeasibleChange).Approvals);

    [Fact]
    public void ApplyChange_QuantityOnly_KeepsThePromisedDate()
    {
        var promisedLater = _scenario.Accept(_scenario.UnderReview(), new ConfirmOrder(new LocalDate(2026, 12, 18)), LifecycleScenario.Head);

        var changed = _scenario.Accept(promisedLater, new ApplyChange(LifecycleCommands.FeasibleChange), LifecycleScenario.Officer);

        Assert.Equal(new LocalDate(2026, 12, 18), changed.PromisedDeliveryDate);
    }

    [Fact]
    public void ApplyChange_InExecution_KeepsExecutingAtTheNewRevision()
    {
        var result = Apply(_scenario.InExecution(), new ApplyChange(LifecycleCommands.FeasibleChange));

        Assert.True(result.IsAccepted, result.Refusal?.Message);
        Assert.Equal((OrderStatus.InExecution, 2), (result.State!.Status, result.State.Revision));
    }

    [Fact]
    public void ApplyChange_AfterDelivery_IsRefusedAsANewOrder()
    {
        var result = Apply(_scenario.Delivered(), new ApplyChange(LifecycleCommands.FeasibleChange));

        Assert.False(result.IsAccepted);
        Assert.EndsWith("the order has been delivered; what the customer wants now is a new order, not a change.", result.Refusal!.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ApplyChange_Accepted_EventNamesChangeRevisionFieldsAndDepartmentsToNotify()
    {
        var change = new ChangeScenario().Evaluate(ChangeScenario.Change(LineChange.Modify(1, quantity: 12m)) with { RequestedDeliveryDate = new LocalDate(2026, 12, 20) });

        // Dates and quantities concern Product (stock, capacity, logistics), quantities Finance too (ChangeImpactAnalysis).
        Assert.Equal(
            "CR-7 as revision 2: requestedDeliveryDate, lines[1].quantity; notify Finance, Product",
            Apply(_scenario.Confirmed(), new ApplyChange(change)).Events.Single().Note);
    }

    [Fact]
    public void ApplyChange_EvaluatedForAnOrderWithoutId_IsRefused()
    {
        var anonymous = new ChangeScenario().WithFacts(f => f.WithOrder(o => o.With(x => x with { OrderId = null }))).Evaluate(ChangeScenario.Change(LineChange.Modify(1, quantity: 12m)));

        Assert.Equal(
            "ApplyChange refused for order SO-1001: the change is for order (no id), not SO-1001.",
            Apply(_scenario.Confirmed(), new ApplyChange(anonymous)).Refusal?.Message);
    }

    [Fact]
    public void ApplyChange_TwoApprovalsMissing_RefusalNamesBoth()
    {
        // The shipped rules ask only Finance; an analyst's rules may ask more departments (RequireFinanceApproval by department).
        var priceChange = PriceChange();
        var twoApprovals = new ChangeEvaluation(priceChange.Current, priceChange.Request, priceChange.Eligibility, [Department.Finance, Department.Technical], priceChange.Before, priceChange.Review, priceChange.Impact, priceChange.Revision! with { RequiredApprovals = [Department.Finance, Department.Technical] });

        Assert.Equal(
            "ApplyChange refused for order SO-1001: the change needs the approval of Finance, Technical.",
            Apply(_scenario.Confirmed(), new ApplyChange(twoApprovals)).Refusal?.Message);
    }

    [Fact]
    public void ApplyChange_SecondChange_IsRevisionThreeAndKeepsBothRevisionsOldestFirst()
    {
        var first = _scenario.Accept(_scenario.Confirmed(), new ApplyChange(LifecycleCommands.FeasibleChange), LifecycleScenario.Officer);
        var facts = new FactsBuilder().WithOrder(first.Order).WithSupply("BACKUP-1TB", new SupplyPosition(20m, 5)).WithAsOf(ChangeScenario.RequestedAt + Duration.FromHours(1)).Build();
        var second = ChangeEvaluator.Evaluate(DefaultRules.RuleSet, first.ToSnapshot(), new ChangeRequest("CR-8", ChangeScenario.RequestedAt, "sales.li", "one more host", [LineChange.Modify(1, quantity: 13m)]), facts);

        var result = _scenario.Accept(first, new ApplyChange(second), LifecycleScenario.Officer);

        Assert.Equal(3, result.Revision);
        Assert.Equal([first.Revisions[0], second.Revision!], result.Revisions);
        Assert.Equal(13m, result.Order.Lines[0].Quantity);
    }
}
