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

    [Fact]
    public void DeliverableByRequestedDate_TwoLinesOfOneSkuOverTheStock_NamesEachLineWithTheSkusDemand()
    {
        // 30 + 30 against 50 available: each line alone fits, the SKU's demand (60) does not, and replenishment is late.
        var facts = new FactsBuilder()
            .WithOrder(o => o.WithLines(new OrderLine(1, "CLOUD-HOST-8C", null, 30m, 1m, ["IPV6"]), new OrderLine(2, "CLOUD-HOST-8C", null, 30m, 1m, ["IPV6"])))
            .WithSupply("CLOUD-HOST-8C", new SupplyPosition(50m, 60));

        var findings = DefaultRules.Review(facts).Findings;

        Assert.Equal([1, 2], findings.Where(f => f.Rule == "DeliverableByRequestedDate").Select(f => f.LineNo));
        Assert.All(findings, f => Assert.Equal(60m, f.Values["skuDemand"]));
        Assert.All(findings, f => Assert.Equal(10m, f.Values["shortfall"]));
    }

    [Fact]
    public void StockCoversLine_OtherSkusDoNotCountTowardsALinesDemand()
    {
        var facts = new FactsBuilder()
            .WithOrder(o => o.WithLines(new OrderLine(1, "CLOUD-HOST-8C", null, 30m, 1m, ["IPV6"]), new OrderLine(2, "FIREWALL-X2", null, 30m, 1m)))
            .WithSupply("CLOUD-HOST-8C", new SupplyPosition(30m, 60))
            .WithSupply("FIREWALL-X2", new SupplyPosition(30m, 60));

        Assert.Empty(DefaultRules.Review(facts).Findings);
    }

    [Fact]
    public void DeliverableByRequestedDate_ManyLinesOfOneSku_AddsThemAllUp()
    {
        // More lines than the pairwise count (16): the demand goes through a dictionary and must still add up to 40.
        var lines = Enumerable.Range(1, 40).Select(i => new OrderLine(i, i % 2 == 0 ? "CLOUD-HOST-8C" : "FIREWALL-X2", null, 1m, 1m)).ToArray();
        var facts = new FactsBuilder().WithOrder(o => o.WithLines(lines))
            .WithSupply("CLOUD-HOST-8C", new SupplyPosition(19m, 60))
            .WithSupply("FIREWALL-X2", new SupplyPosition(20m, 60));

        var findings = DefaultRules.Review(facts).Findings;

        Assert.Equal(Enumerable.Range(1, 20).Select(i => i * 2), findings.Select(f => f.LineNo!.Value));
        Assert.All(findings, f => Assert.Equal(20m, f.Values["skuDemand"]));
    }
}
