using NodaTime;
using OrderConfirmation.Findings;
using OrderConfirmation.Orders;
using OrderConfirmation.Tests.Builders;

namespace OrderConfirmation.Tests.Changes;

public sealed class ChangeEvaluatorTests
{
    private static readonly ChangeRequest IssueExample = ChangeScenario.Change(
        LineChange.Modify(1, quantity: 12m),
        LineChange.Removal(2),
        new LineChange(3, sku: "SRV-INSTALL", description: "Installation", quantity: 1m, unitPrice: 800m, requirements: [])) with
    {
        RequestedDeliveryDate = new LocalDate(2026, 12, 20),
    };

    [Fact]
    public void Evaluate_FeasibleChange_RecordsNextRevisionWithChangedOrder()
    {
        var scenario = new ChangeScenario();

        var evaluation = scenario.Evaluate(IssueExample);

        Assert.True(evaluation.Feasible);
        var revision = evaluation.Revision!;
        Assert.Equal(2, revision.Number);
        Assert.Equal([(1, 12m, 1200m), (3, 1m, 800m)], revision.Order.Lines.Select(l => (l.LineNo, l.Quantity!.Value, l.UnitPrice!.Value)));
        Assert.Equal(new LocalDate(2026, 12, 20), revision.Order.RequestedDeliveryDate);
        Assert.Equal(ReviewOutcome.ReadyToConfirm, revision.Decision.Outcome);
        Assert.Same(IssueExample, revision.Request);
        Assert.Empty(evaluation.Reasons);
    }

    [Fact]
    public void Evaluate_FeasibleChange_LeavesTheOrderUntouched()
    {
        var scenario = new ChangeScenario();
        var before = scenario.Order;

        scenario.Evaluate(IssueExample);

        Assert.Equal([10m, 5m], before.Lines.Select(l => l.Quantity!.Value));
        Assert.Equal(ChangeScenario.Promised, before.RequestedDeliveryDate);
    }

    [Fact]
    public void Evaluate_FeasibleChange_ReportsChangedFieldsAndDepartments()
    {
        var impact = new ChangeScenario().Evaluate(IssueExample).Impact;

        Assert.Equal(["requestedDeliveryDate", "lines[1].quantity", "lines[2].removed", "lines[3].added"], impact.ChangedFields);
        Assert.Equal([Department.Finance, Department.Product], impact.Notify);
    }

    [Fact]
    public void Evaluate_ChangeThatBreaksCreditLimit_IsNotFeasibleWithNewFinding()
    {
        var evaluation = new ChangeScenario().Evaluate(ChangeScenario.Change(LineChange.Modify(1, quantity: 80m)));

        Assert.True(evaluation.Eligible);
        Assert.False(evaluation.Feasible);
        Assert.Null(evaluation.Revision);
        Assert.Equal(ReviewOutcome.OnHold, evaluation.Review!.Outcome);
        Assert.Contains(evaluation.Impact.NewFindings, f => f.Rule == "WithinCreditLimit");
        Assert.Equal("WithinCreditLimit", Assert.Single(evaluation.Reasons).Rule);
        Assert.Contains(Department.Sales, evaluation.Impact.Notify);
    }

    [Fact]
    public void Evaluate_ChangeThatFixesAProblem_ReportsResolvedFinding()
    {
        // Line 2 cannot be delivered in time (no stock, 60 days' lead time); removing it resolves that.
        var scenario = new ChangeScenario().WithFacts(f => f.WithSupply("BACKUP-1TB", new SupplyPosition(0m, 60)));

        var evaluation = scenario.Evaluate(ChangeScenario.Change(LineChange.Removal(2)));

        Assert.Equal(ReviewOutcome.NeedsClarification, evaluation.Before!.Outcome);
        Assert.True(evaluation.Feasible);
        var resolved = Assert.Single(evaluation.Impact.ResolvedFindings);
        Assert.Equal(("DeliverableByRequestedDate", 2), (resolved.Rule, resolved.LineNo));
        Assert.Empty(evaluation.Impact.NewFindings);
    }

    [Fact]
    public void Evaluate_AddedLineWithUnsupportedRequirement_IsNotFeasibleAndNotifiesTechnical()
    {
        var added = new LineChange(3, sku: "SRV-INSTALL", description: "Installation", quantity: 1m, unitPrice: 800m, requirements: ["QUANTUM-LINK"]);

        var evaluation = new ChangeScenario().Evaluate(ChangeScenario.Change(added));

        Assert.False(evaluation.Feasible);
        Assert.Contains(evaluation.Impact.NewFindings, f => f.Rule == "RequirementsSupported" && f.LineNo == 3);
        Assert.Contains(Department.Technical, evaluation.Impact.Notify);
    }

    [Fact]
    public void Evaluate_IneligibleChange_NotifiesSalesOnly()
    {
        var evaluation = new ChangeScenario().Evaluate(ChangeScenario.Change() with { Currency = "USD" });

        Assert.Equal([Department.Sales], evaluation.Impact.Notify);
        Assert.Equal(["currency"], evaluation.Impact.ChangedFields);
        Assert.Empty(evaluation.Impact.NewFindings);
    }

    [Fact]
    public void LineChange_RemovalWithQuantity_Throws() =>
        Assert.Throws<ArgumentException>(() => new LineChange(1, remove: true, quantity: 3m));

    [Fact]
    public void LineChange_EntryThatChangesNothing_Throws() =>
        Assert.Throws<ArgumentException>(() => new LineChange(1));

    [Fact]
    public void ChangeRequest_TwoEntriesForOneLine_Throws() =>
        Assert.Throws<ArgumentException>(() => ChangeScenario.Change(LineChange.Modify(1, quantity: 2m), LineChange.Removal(1)));

    [Fact]
    public void Evaluate_NewRequirementOnAnExistingLine_IsAppliedAndReReviewed()
    {
        var evaluation = new ChangeScenario().Evaluate(ChangeScenario.Change(new LineChange(1, requirements: ["IPV6", "MPLS"])));

        Assert.Equal(["lines[1].requirements"], evaluation.Impact.ChangedFields);
        Assert.False(evaluation.Feasible);
        Assert.Contains(evaluation.Impact.NewFindings, f => f.Rule == "RequirementsSupported" && f.LineNo == 1);
        Assert.Contains(Department.Technical, evaluation.Impact.Notify);
    }

    [Fact]
    public void Evaluate_NewProductOnAnExistingLine_IsAChangeOfThatLine()
    {
        var evaluation = new ChangeScenario().Evaluate(ChangeScenario.Change(new LineChange(2, sku: "SRV-INSTALL")));

        Assert.Equal(["lines[2].sku"], evaluation.Impact.ChangedFields);
        Assert.Equal("SRV-INSTALL", evaluation.Revision!.Order.Lines[1].Sku);
    }

    [Fact]
    public void RequiredApprovals_TwoDepartmentsAskedInReverseOrder_ListsEachOnceInDepartmentOrder()
    {
        // Product's rule comes first and Finance asks twice (its own rule and the default one for a new unit price).
        var ruleSet = ChangeRuleSets.WithRules(ChangeRuleSets.ApprovesNewDate(Department.Product), ChangeRuleSets.ApprovesNewDate(Department.Finance));

        var evaluation = ChangeRuleSets.Evaluate(ruleSet, ChangeScenario.Change(LineChange.Modify(1, unitPrice: 1100m)) with { RequestedDeliveryDate = new LocalDate(2026, 12, 20) });

        Assert.True(evaluation.Feasible, string.Join("; ", evaluation.Reasons.Select(r => r.Message)));
        Assert.Equal([Department.Finance, Department.Product], evaluation.RequiredApprovals);
        Assert.Equal([Department.Finance, Department.Product], evaluation.Revision!.RequiredApprovals);
    }
}
