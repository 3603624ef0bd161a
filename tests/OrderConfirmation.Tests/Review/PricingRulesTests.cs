using OrderConfirmation.Findings;
using OrderConfirmation.Orders;
using OrderConfirmation.Review;
using OrderConfirmation.Tests.Builders;

namespace OrderConfirmation.Tests.Review;

/// <summary>
/// Issue 15, rules/pricing.json: Finance reviews each line's price against its price list (article 3) — a listed price,
/// a discount of at most 10 %, a margin of at least 15 % — only when the review has a price list. The default order is
/// one line of 10 × CLOUD-HOST-8C at 1,200 CNY.
/// </summary>
public sealed class PricingRulesTests
{
    private const string Sku = "CLOUD-HOST-8C";

    private static readonly ExchangeRates Rates = new("CNY", new Dictionary<string, decimal> { ["USD"] = 7.10m, ["EUR"] = 7.75m });

    private static ReviewDecision Review(PriceListEntry? entry, decimal unitPrice = 1200m, string currency = "CNY", ExchangeRates? rates = null) =>
        DefaultRules.Review(new FactsBuilder()
            .WithCredit(null)
            .WithOrder(o => o.With(x => x with { Currency = currency, PaymentTerms = PaymentTerms.Prepaid }).WithLine(l => l with { UnitPrice = unitPrice }))
            .WithPrice(Sku, entry)
            .WithRates(rates ?? Rates));

    private static ReviewFinding[] Pricing(ReviewDecision decision) => [.. decision.Findings.Where(f => f.Stage == ReviewStage.PricingPolicy)];

    [Fact]
    public void Review_WithoutAPriceList_DoesNotRunThePricingStage()
    {
        var decision = DefaultRules.Review(new FactsBuilder());

        Assert.DoesNotContain(ReviewStage.PricingPolicy, decision.StagesRun);
        Assert.Equal(ReviewOutcome.ReadyToConfirm, decision.Outcome);
    }

    [Fact]
    public void Review_WithAPriceList_RunsThePricingStageAfterCreditAndBeforeTechnical()
    {
        var decision = Review(new PriceListEntry("CNY", 1250m, 900m));

        Assert.Equal([ReviewStage.PreliminaryReview, ReviewStage.CreditAssessment, ReviewStage.PricingPolicy, ReviewStage.TechnicalFeasibility, ReviewStage.SupplyCapability], decision.StagesRun);
        Assert.Equal(ReviewOutcome.ReadyToConfirm, decision.Outcome);
        Assert.Empty(decision.Findings);
    }

    [Fact]
    public void Review_PreliminaryErrorWithAPriceList_DoesNotRunThePricingStage()
    {
        var decision = DefaultRules.Review(new FactsBuilder().WithOrder(o => o.With(x => x with { Currency = null })).WithPrice(Sku, new PriceListEntry("CNY", 1250m)));

        Assert.Equal([ReviewStage.PreliminaryReview], decision.StagesRun);
    }

    [Fact]
    public void Review_AnEmptyPriceList_RunsTheStageAndHoldsEveryLine()
    {
        var decision = DefaultRules.Review(new FactsBuilder().WithPrice(Sku, null));

        Assert.Contains(ReviewStage.PricingPolicy, decision.StagesRun);
        var finding = Assert.Single(Pricing(decision));
        Assert.Equal(("ListPriceKnown", 1, ReviewOutcome.OnHold, ReviewAction.VerifyPrice, Department.Finance), (finding.Rule, finding.LineNo, finding.Outcome, finding.Action, finding.Department));
    }

    [Theory]
    [InlineData(1125.00, false)] // exactly 10 % off 1,250: the most Sales may give
    [InlineData(1124.99, true)]
    [InlineData(1250.00, false)]
    [InlineData(1300.00, false)] // above list: no discount at all
    public void DiscountWithinAuthority_DiscountAgainstTenPercent_HoldsOnlyBeyondIt(decimal unitPrice, bool held)
    {
        var findings = Pricing(Review(new PriceListEntry("CNY", 1250m), unitPrice));

        Assert.Equal(held, findings.Any(f => f.Rule == "DiscountWithinAuthority"));
    }

    [Fact]
    public void DiscountWithinAuthority_BeyondAuthority_ShowsListPriceUnitPriceDiscountAndMaximum()
    {
        var finding = Assert.Single(Pricing(Review(new PriceListEntry("CNY", 1250m, 500m), 1000m)));

        Assert.Equal(("DiscountWithinAuthority", ReviewOutcome.OnHold, ReviewAction.RequireFinanceApproval), (finding.Rule, finding.Outcome, finding.Action));
        Assert.Equal(1250m, Convert.ToDecimal(finding.Values["listPrice"], System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(1000m, Convert.ToDecimal(finding.Values["unitPrice"], System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(20m, Convert.ToDecimal(finding.Values["discountPercent"], System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(10, Convert.ToInt32(finding.Values["maxDiscountPercent"], System.Globalization.CultureInfo.InvariantCulture));
        Assert.Contains("20 % below the list price 1250 CNY, more than the 10 %", finding.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(1020.00, false)] // (1,200 - 1,020) / 1,200 = 15 % exactly: the floor holds
    [InlineData(1020.01, true)]
    [InlineData(0.00, false)]
    public void MarginAboveFloor_MarginAgainstFifteenPercent_HoldsOnlyBelowIt(decimal unitCost, bool held)
    {
        var findings = Pricing(Review(new PriceListEntry("CNY", 1250m, unitCost)));

        Assert.Equal(held, findings.Any(f => f.Rule == "MarginAboveFloor" && f.Outcome == ReviewOutcome.OnHold && f.Action == ReviewAction.RequireFinanceApproval));
    }

    [Fact]
    public void MarginAboveFloor_ZeroPriceWithAPositiveCost_Holds()
    {
        var findings = Pricing(Review(new PriceListEntry("CNY", 0m, 1m), unitPrice: 0m));

        Assert.Equal(["MarginAboveFloor"], findings.Select(f => f.Rule));
    }

    [Fact]
    public void MarginAboveFloor_ZeroPriceAndZeroCost_HasNoMarginToLose()
    {
        Assert.Empty(Pricing(Review(new PriceListEntry("CNY", 0m, 0m), unitPrice: 0m)));
    }

    [Fact]
    public void UnitCostKnown_NoCostInThePriceList_InformsThatTheMarginWasNotChecked()
    {
        var decision = Review(new PriceListEntry("CNY", 1250m), unitPrice: 1m);
        var findings = Pricing(decision);

        var info = Assert.Single(findings, f => f.Rule == "UnitCostKnown");
        Assert.Equal(FindingSeverity.Info, info.Severity);
        Assert.DoesNotContain(findings, f => f.Rule == "MarginAboveFloor");
    }

    [Fact]
    public void ListPriceKnown_PriceListInAnotherCurrency_ConvertsAtTheRate()
    {
        // 100 USD × 7.10 = 710 CNY; 639 CNY is exactly 10 % off; cost 60 USD = 426 CNY leaves (639 - 426) / 639 = 33 %.
        var findings = Pricing(Review(new PriceListEntry("USD", 100m, 60m), unitPrice: 639m));

        Assert.Empty(findings);
    }

    [Fact]
    public void DiscountWithinAuthority_PriceListInAnotherCurrency_ShowsTheListPriceInTheOrdersCurrency()
    {
        var finding = Assert.Single(Pricing(Review(new PriceListEntry("USD", 100m, 60m), unitPrice: 638.99m)));

        Assert.Equal("DiscountWithinAuthority", finding.Rule);
        Assert.Equal(710m, Convert.ToDecimal(finding.Values["listPrice"], System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void ListPriceKnown_NoRateForThePriceListsCurrency_HoldsAndJudgesNothingElse()
    {
        var findings = Pricing(Review(new PriceListEntry("USD", 100m, 99m), unitPrice: 1m, rates: ExchangeRates.None));

        var finding = Assert.Single(findings);
        Assert.Equal(("ListPriceKnown", ReviewAction.VerifyPrice), (finding.Rule, finding.Action));
    }

    [Fact]
    public void Pricing_OrderInDollarsPriceListInYuan_ComparesInTheOrdersCurrency()
    {
        // 1,250 CNY / 7.10 = 176.06 USD; 158.46 USD is 9.999 % off: within authority. Cost 900 CNY = 126.76 USD; margin 20 %.
        var findings = Pricing(Review(new PriceListEntry("CNY", 1250m, 900m), unitPrice: 158.46m, currency: "USD"));

        Assert.Empty(findings);
    }
}
