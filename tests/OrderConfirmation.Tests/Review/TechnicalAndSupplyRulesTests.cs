using NodaTime;
using OrderConfirmation.Findings;
using OrderConfirmation.Orders;
using OrderConfirmation.Tests.Builders;

namespace OrderConfirmation.Tests.Review;

public sealed class TechnicalAndSupplyRulesTests
{
    [Fact]
    public void RequirementsSupported_UnsupportedCodes_NeedClarificationListingThem()
    {
        var facts = new FactsBuilder().WithOrder(o => o.WithLine(l => l with { Requirements = ["IPV6", "MPLS", "BGP"] }));

        var decision = DefaultRules.Review(facts);

        Assert.Equal(ReviewOutcome.NeedsClarification, decision.Outcome);
        var finding = Assert.Single(decision.Findings);
        Assert.Equal(("RequirementsSupported", Department.Technical, ReviewAction.ProposeTechnicalSolution, 1), (finding.Rule, finding.Department, finding.Action, finding.LineNo));
        Assert.Equal(new object[] { "MPLS", "BGP" }, finding.Values["unsupported"]);
        Assert.StartsWith("Line 1 (CLOUD-HOST-8C) requires MPLS, BGP, which", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void RequirementsSupported_AllCodesSupportedOrNone_Passes()
    {
        var facts = new FactsBuilder().WithOrder(o => o.WithLines(
            new OrderLine(1, "CLOUD-HOST-8C", null, 1m, 1m, ["IPV6", "SLA-99.9"]),
            new OrderLine(2, "CLOUD-HOST-8C", null, 1m, 1m)));

        Assert.Empty(DefaultRules.Review(facts).Findings);
    }

    [Fact]
    public void ProductKnown_SkuWithoutSupplyRecord_NeedsClarification()
    {
        var facts = new FactsBuilder().WithOrder(o => o.WithLine(l => l with { Sku = "FIREWALL-X" }));

        var finding = Assert.Single(DefaultRules.Review(facts).Findings);

        Assert.Equal(("ProductKnown", Department.Product, ReviewOutcome.NeedsClarification, ReviewAction.IdentifyProduct), (finding.Rule, finding.Department, finding.Outcome, finding.Action));
        Assert.Equal("FIREWALL-X", finding.Values["sku"]);
    }

    [Fact]
    public void ProductKnown_AndEnoughStock_Passes() =>
        Assert.Empty(DefaultRules.Review(new FactsBuilder().WithSupply("CLOUD-HOST-8C", new SupplyPosition(10m, 60))).Findings);

    [Fact]
    public void DeliverableByRequestedDate_ShortfallWithLeadTimeTooLong_ProposesTheEarliestFeasibleDate()
    {
        // Today is 2026-11-20 in Shanghai; 30 days of lead time gives 2026-12-20, after the requested 2026-12-15.
        var facts = new FactsBuilder().WithSupply("CLOUD-HOST-8C", new SupplyPosition(4m, 30));

        var decision = DefaultRules.Review(facts);

        Assert.Equal(ReviewOutcome.NeedsClarification, decision.Outcome);
        var finding = Assert.Single(decision.Findings);
        Assert.Equal(("DeliverableByRequestedDate", ReviewAction.ProposeNewDeliveryDate), (finding.Rule, finding.Action));
        Assert.Equal(new LocalDate(2026, 12, 20), finding.Values["earliestFeasibleDate"]);
        Assert.Equal(6m, finding.Values["shortfall"]);
        Assert.Contains("the earliest feasible delivery date is 2026-12-20, after the requested 2026-12-15", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void StockCoversLine_ShortfallReplenishedInTime_PassesWithAnInfo()
    {
        // 25 days of lead time gives exactly the requested 2026-12-15.
        var facts = new FactsBuilder().WithSupply("CLOUD-HOST-8C", new SupplyPosition(4m, 25));

        var decision = DefaultRules.Review(facts);

        Assert.Equal(ReviewOutcome.ReadyToConfirm, decision.Outcome);
        var finding = Assert.Single(decision.Findings);
        Assert.Equal(("StockCoversLine", FindingSeverity.Info, ReviewAction.PlanReplenishment), (finding.Rule, finding.Severity, finding.Action));
    }

    [Fact]
    public void StockCoversLine_StockExactlyEqualToQuantity_PassesWithoutFinding() =>
        Assert.Empty(DefaultRules.Review(new FactsBuilder().WithSupply("CLOUD-HOST-8C", new SupplyPosition(10m, 90))).Findings);

    [Fact]
    public void Review_ProblemsInEveryDetailedStage_AreAllReported()
    {
        var facts = new FactsBuilder()
            .WithCredit(new CreditProfile(1_000m, 0m, 0m, 0m, 0, 0, blocked: false))
            .WithCapabilities()
            .WithSupply("CLOUD-HOST-8C", new SupplyPosition(0m, 60));

        var decision = DefaultRules.Review(facts);

        Assert.Equal(ReviewOutcome.OnHold, decision.Outcome);
        Assert.Equal(["WithinCreditLimit", "RequirementsSupported", "DeliverableByRequestedDate"], decision.Findings.Select(f => f.Rule));
    }
}
