using NodaTime;
using OrderConfirmation.Findings;
using OrderConfirmation.Orders;
using OrderConfirmation.Tests.Builders;

namespace OrderConfirmation.Tests.Changes;

/// <summary>
/// Who hears of a change (article 4.3: the departments concerned are told): Product for what it must deliver (dates,
/// place, quantities, products, lines), Finance for what it is paid (terms, currency, prices, quantities, products,
/// lines), Technical for requirements, the departments whose findings appear or go away, those that must approve,
/// and Sales when the change cannot be made.
/// </summary>
public sealed class ChangeImpactTests
{
    private static IReadOnlyList<Department> Notify(ChangeRequest change, ChangeScenario? scenario = null) =>
        (scenario ?? new ChangeScenario()).Evaluate(change).Impact.Notify;

    public static TheoryData<string, ChangeRequest, Department[]> ChangesAndDepartments => new()
    {
        { "delivery date", ChangeScenario.Change() with { RequestedDeliveryDate = new LocalDate(2026, 12, 18) }, [Department.Product] },
        { "delivery address", ChangeScenario.Change() with { DeliveryAddress = new PostalAddress("88 Century Ave", "Beijing", "100080", "CN") }, [Department.Product] },
        { "payment terms", ChangeScenario.Change() with { PaymentTerms = PaymentTerms.Net60 }, [Department.Finance] },
        { "special requirements", ChangeScenario.Change() with { SpecialRequirements = "Weekend installation" }, [Department.Technical] },
        { "quantity", ChangeScenario.Change(LineChange.Modify(2, quantity: 6m)), [Department.Finance, Department.Product] },
        { "product", ChangeScenario.Change(new LineChange(2, sku: "SRV-INSTALL")), [Department.Finance, Department.Product] },
        { "removed line", ChangeScenario.Change(LineChange.Removal(2)), [Department.Finance, Department.Product] },
        { "added line without requirements", ChangeScenario.Change(new LineChange(3, sku: "SRV-INSTALL", quantity: 1m, unitPrice: 800m)), [Department.Finance, Department.Product] },
        { "added line with requirements", ChangeScenario.Change(new LineChange(3, sku: "SRV-INSTALL", quantity: 1m, unitPrice: 800m, requirements: ["IPV6"])), [Department.Finance, Department.Technical, Department.Product] },
        { "description only", ChangeScenario.Change(new LineChange(2, description: "Backup storage, 1 TB, encrypted")), [] },
    };

    [Theory]
    [MemberData(nameof(ChangesAndDepartments))]
    public void Notify_FeasibleChange_TellsTheDepartmentsConcerned(string what, ChangeRequest change, Department[] expected)
    {
        var evaluation = new ChangeScenario().Evaluate(change);

        Assert.True(evaluation.Feasible, $"{what}: {string.Join("; ", evaluation.Reasons.Select(r => r.Message))}");
        Assert.Equal(expected, evaluation.Impact.Notify);
    }

    [Fact]
    public void Notify_NewUnitPrice_TellsFinanceWhichMustApprove()
    {
        var evaluation = new ChangeScenario().Evaluate(ChangeScenario.Change(LineChange.Modify(2, unitPrice: 280m)));

        Assert.Equal([Department.Finance], evaluation.RequiredApprovals);
        Assert.Equal([Department.Finance], evaluation.Impact.Notify);
        Assert.Equal([Department.Finance], evaluation.Revision!.RequiredApprovals);
    }

    [Fact]
    public void Notify_CurrencyChange_IsDeclinedAndTellsSalesOnly() =>
        Assert.Equal([Department.Sales], Notify(ChangeScenario.Change() with { Currency = "USD" }));

    [Fact]
    public void Notify_ChangeThatIsEligibleButNotFeasible_TellsSalesAndTheDepartmentOfTheNewFinding()
    {
        var evaluation = new ChangeScenario().Evaluate(ChangeScenario.Change(LineChange.Modify(1, quantity: 80m)) with { PaymentTerms = PaymentTerms.Net60, SpecialRequirements = "x" });

        Assert.False(evaluation.Feasible);
        Assert.Equal([Department.Sales, Department.Finance, Department.Technical, Department.Product], evaluation.Impact.Notify.OrderBy(d => d));
    }

    [Fact]
    public void Notify_ChangeThatResolvesATechnicalFinding_TellsTechnical()
    {
        var scenario = new ChangeScenario().WithFacts(f => f.WithCapabilities("SLA-99.9"));

        var evaluation = scenario.Evaluate(ChangeScenario.Change(new LineChange(1, requirements: [])));

        Assert.True(evaluation.Feasible, string.Join("; ", evaluation.Reasons.Select(r => r.Message)));
        Assert.Equal(("RequirementsSupported", 1), (Assert.Single(evaluation.Impact.ResolvedFindings).Rule, evaluation.Impact.ResolvedFindings[0].LineNo));
        Assert.Equal([Department.Technical], evaluation.Impact.Notify);
    }

    [Fact]
    public void Reasons_IneligibleChange_AreTheBlockingEligibilityFindingsOnly()
    {
        var evaluation = new ChangeScenario().WithShipped(2, 5m).Evaluate(ChangeScenario.Change(LineChange.Removal(2), LineChange.Modify(1, unitPrice: 1100m)));

        Assert.False(evaluation.Eligible);
        Assert.Null(evaluation.Before);
        Assert.Null(evaluation.Review);
        Assert.Equal(["ShippedLineNotRemoved"], evaluation.Reasons.Select(r => r.Rule));
        Assert.Contains(evaluation.Eligibility, f => f.Rule == "PriceChangeApprovedByFinance");
    }

    [Fact]
    public void Notify_LaterDateThatMakesATechnicalFinding_TellsTechnicalBesideProduct()
    {
        // Technical is booked three weeks ahead (to 2026-12-16): the 15th is fine, the 20th is not.
        var evaluation = ChangeRuleSets.Evaluate(ChangeRuleSets.WithRules(ChangeRuleSets.InstallationTeamBooked(21)), ChangeScenario.Change() with { RequestedDeliveryDate = new LocalDate(2026, 12, 20) });

        Assert.True(evaluation.Feasible, string.Join("; ", evaluation.Reasons.Select(r => r.Message)));
        Assert.Equal("InstallationTeamBooked", Assert.Single(evaluation.Impact.NewFindings).Rule);
        Assert.Equal([Department.Technical, Department.Product], evaluation.Impact.Notify);
    }

    [Fact]
    public void Notify_EarlierDateThatResolvesATechnicalFinding_TellsTechnicalBesideProduct()
    {
        // Technical is booked to 2026-12-12: the 15th is too far, the 10th is fine.
        var evaluation = ChangeRuleSets.Evaluate(ChangeRuleSets.WithRules(ChangeRuleSets.InstallationTeamBooked(17)), ChangeScenario.Change() with { RequestedDeliveryDate = new LocalDate(2026, 12, 10) });

        Assert.True(evaluation.Feasible, string.Join("; ", evaluation.Reasons.Select(r => r.Message)));
        Assert.Equal("InstallationTeamBooked", Assert.Single(evaluation.Impact.ResolvedFindings).Rule);
        Assert.Equal([Department.Technical, Department.Product], evaluation.Impact.Notify);
    }
}
