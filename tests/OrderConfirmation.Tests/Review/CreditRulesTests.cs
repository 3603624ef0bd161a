using OrderConfirmation.Findings;
using OrderConfirmation.Orders;
using OrderConfirmation.Review;
using OrderConfirmation.Tests.Builders;

namespace OrderConfirmation.Tests.Review;

public sealed class CreditRulesTests
{
    // The default order totals 10 × 1,200 = 12,000 CNY.
    private static CreditProfile Credit(decimal limit = 100_000m, decimal outstanding = 20_000m, decimal openOrders = 0m, decimal overdue = 0m, int days = 0, int badDebts = 0, bool blocked = false) =>
        new(limit, outstanding, openOrders, overdue, days, badDebts, blocked);

    private static ReviewDecision Review(CreditProfile? credit, PaymentTerms terms = PaymentTerms.Net30) =>
        DefaultRules.Review(new FactsBuilder().WithCredit(credit).WithOrder(o => o.With(x => x with { PaymentTerms = terms })));

    [Fact]
    public void CustomerNotBlocked_BlockedCustomer_IsRejected()
    {
        var decision = Review(Credit(blocked: true));

        Assert.Equal(ReviewOutcome.Rejected, decision.Outcome);
        var finding = Assert.Single(decision.Findings);
        Assert.Equal(("CustomerNotBlocked", Department.Finance, ReviewAction.RejectOrder), (finding.Rule, finding.Department, finding.Action));
    }

    [Fact]
    public void CustomerNotBlocked_BlockedCustomerPayingInAdvance_IsStillRejected() =>
        Assert.Equal(ReviewOutcome.Rejected, Review(Credit(blocked: true), PaymentTerms.Prepaid).Outcome);

    [Fact]
    public void CustomerNotBlocked_UnblockedCustomer_Passes() =>
        Assert.DoesNotContain(Review(Credit()).Findings, f => f.Rule == "CustomerNotBlocked");

    [Fact]
    public void CreditProfileKnown_NewCustomerOnCredit_IsOnHoldForPrepayment()
    {
        var decision = Review(credit: null);

        Assert.Equal(ReviewOutcome.OnHold, decision.Outcome);
        var finding = Assert.Single(decision.Findings);
        Assert.Equal(("CreditProfileKnown", ReviewAction.RequirePrepayment), (finding.Rule, finding.Action));
    }

    [Fact]
    public void CreditProfileKnown_NewCustomerPayingInAdvance_IsReadyToConfirm()
    {
        var decision = Review(credit: null, PaymentTerms.Prepaid);

        Assert.Equal(ReviewOutcome.ReadyToConfirm, decision.Outcome);
        Assert.Empty(decision.Findings);
    }

    [Fact]
    public void NoBadDebtRecords_CustomerWithBadDebt_IsOnHoldForPrepayment()
    {
        var finding = Assert.Single(Review(Credit(badDebts: 2)).Findings);

        Assert.Equal(("NoBadDebtRecords", ReviewOutcome.OnHold, ReviewAction.RequirePrepayment), (finding.Rule, finding.Outcome, finding.Action));
        Assert.Equal(2, finding.Values["badDebtRecords"]);
    }

    [Fact]
    public void NoBadDebtRecords_BadDebtButPrepaid_Passes() =>
        Assert.Empty(Review(Credit(badDebts: 2), PaymentTerms.Prepaid).Findings);

    [Fact]
    public void OverdueWithinGracePeriod_OverdueMoreThan30Days_IsOnHoldToCollect()
    {
        var decision = Review(Credit(overdue: 5_000m, days: 31));

        Assert.Equal(ReviewOutcome.OnHold, decision.Outcome);
        var finding = Assert.Single(decision.Findings);
        Assert.Equal(("OverdueWithinGracePeriod", ReviewAction.CollectOverdue), (finding.Rule, finding.Action));
        Assert.Equal("Acme Network Ltd has 5000 CNY overdue for 31 days (more than 30); Finance collects it before the order proceeds.", finding.Message);
    }

    [Fact]
    public void OverdueWithinGracePeriod_Overdue30Days_IsOnlyAWarning()
    {
        var decision = Review(Credit(overdue: 5_000m, days: 30));

        Assert.Equal(ReviewOutcome.ReadyToConfirm, decision.Outcome);
        var finding = Assert.Single(decision.Findings);
        Assert.Equal(("NoOverdueBalance", FindingSeverity.Warning, ReviewAction.MonitorOverdue), (finding.Rule, finding.Severity, finding.Action));
    }

    [Fact]
    public void NoOverdueBalance_NothingOverdue_Passes() =>
        Assert.Empty(Review(Credit(overdue: 0m, days: 45)).Findings);

    [Fact]
    public void WithinCreditLimit_ExposureAboveLimit_IsOnHoldWithExposureLimitAndExcess()
    {
        // 20,000 outstanding + 70,000 open + 12,000 this order = 102,000 > 100,000.
        var decision = Review(Credit(openOrders: 70_000m));

        Assert.Equal(ReviewOutcome.OnHold, decision.Outcome);
        var finding = Assert.Single(decision.Findings);
        Assert.Equal(("WithinCreditLimit", ReviewAction.CreditLimitExceeded), (finding.Rule, finding.Action));
        Assert.Equal(102_000m, finding.Values["exposure"]);
        Assert.Equal(100_000m, finding.Values["limit"]);
        Assert.Equal(2_000m, finding.Values["excess"]);
        Assert.Contains("exceeds the credit limit 100000 CNY by 2000 CNY", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void WithinCreditLimit_ExposureExactlyAtLimit_Passes() =>
        Assert.Empty(Review(Credit(openOrders: 68_000m)).Findings);

    [Fact]
    public void WithinCreditLimit_OverLimitButPrepaid_Passes() =>
        Assert.Empty(Review(Credit(openOrders: 500_000m), PaymentTerms.Prepaid).Findings);

    [Fact]
    public void Review_SeveralCreditProblems_ReportsEveryOneAndTakesTheMostSevere()
    {
        var decision = Review(Credit(openOrders: 500_000m, overdue: 1m, days: 90, badDebts: 1, blocked: true));

        Assert.Equal(ReviewOutcome.Rejected, decision.Outcome);
        Assert.Equal(["CustomerNotBlocked", "NoBadDebtRecords", "OverdueWithinGracePeriod", "WithinCreditLimit"], decision.Findings.Select(f => f.Rule));
    }

    private static readonly ExchangeRates Rates = new("CNY", new Dictionary<string, decimal> { ["USD"] = 7.10m });

    /// <summary>The default order (10 × 1,200) in <paramref name="currency"/>, against a credit profile kept in CNY.</summary>
    private static ReviewDecision ReviewInCurrency(string currency, CreditProfile credit, ExchangeRates rates, PaymentTerms terms = PaymentTerms.Net30) =>
        DefaultRules.Review(new FactsBuilder().WithCredit(credit).WithRates(rates).WithOrder(o => o.With(x => x with { Currency = currency, PaymentTerms = terms })));

    [Theory]
    [InlineData(14_800, false)] // 12,000 USD = 85,200 CNY; 14,800 + 85,200 = 100,000 CNY: exactly at the limit
    [InlineData(14_800.01, true)]
    public void WithinCreditLimit_OrderInDollarsCreditInYuan_ComparesInTheCreditsCurrency(decimal outstanding, bool held)
    {
        var decision = ReviewInCurrency("USD", new CreditProfile(100_000m, outstanding, 0m, 0m, 0, 0, blocked: false) { Currency = "CNY" }, Rates);

        Assert.Equal(held, decision.Findings.Any(f => f.Rule == "WithinCreditLimit"));
        Assert.Equal(held ? ReviewOutcome.OnHold : ReviewOutcome.ReadyToConfirm, decision.Outcome);
    }

    [Fact]
    public void WithinCreditLimit_OverTheLimitInAnotherCurrency_ShowsAmountsInTheCreditsCurrency()
    {
        // The case: 12,000 USD plus a 20,000 CNY balance, against a 100,000 CNY limit, passed as raw numbers.
        var finding = Assert.Single(ReviewInCurrency("USD", new CreditProfile(100_000m, 20_000m, 0m, 0m, 0, 0, blocked: false) { Currency = "CNY" }, Rates).Findings);

        Assert.Equal("WithinCreditLimit", finding.Rule);
        Assert.Equal("CNY", finding.Values["currency"]);
        Assert.Equal(105_200m, Convert.ToDecimal(finding.Values["exposure"], System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(5_200m, Convert.ToDecimal(finding.Values["excess"], System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void WithinCreditLimit_NoCreditCurrency_ComparesInTheOrdersCurrency()
    {
        // Without a currency the profile is in the order's: 12,000 + 88,000 = 100,000 USD, at the limit, no rate needed.
        var decision = ReviewInCurrency("USD", Credit(outstanding: 88_000m), ExchangeRates.None);

        Assert.Equal(ReviewOutcome.ReadyToConfirm, decision.Outcome);
    }

    [Fact]
    public void ExchangeRateKnown_NoRateBetweenOrderAndCreditCurrencies_HoldsForARateAndDoesNotGuessTheLimit()
    {
        var decision = ReviewInCurrency("USD", new CreditProfile(1m, 50m, 0m, 0m, 0, 0, blocked: false) { Currency = "CNY" }, ExchangeRates.None);

        var finding = Assert.Single(decision.Findings);
        Assert.Equal(("ExchangeRateKnown", ReviewOutcome.OnHold, ReviewAction.ProvideExchangeRate, Department.Finance), (finding.Rule, finding.Outcome, finding.Action, finding.Department));
    }

    [Fact]
    public void ExchangeRateKnown_PrepaidOrder_NeedsNoRate() =>
        Assert.Empty(ReviewInCurrency("USD", new CreditProfile(1m, 50m, 0m, 0m, 0, 0, blocked: false) { Currency = "CNY" }, ExchangeRates.None, PaymentTerms.Prepaid).Findings);

    [Theory]
    [InlineData(PaymentTerms.Net30, false)]
    [InlineData(PaymentTerms.Net60, true)]
    [InlineData(PaymentTerms.Prepaid, true)] // the rule applies to prepaid orders too
    public void PaymentTermsAllowed_TermsAgainstFinancesList_HoldsTermsNotOnIt(PaymentTerms terms, bool held)
    {
        var credit = Credit() with { AllowedPaymentTerms = new HashSet<PaymentTerms> { PaymentTerms.Net30, PaymentTerms.CashOnDelivery } };

        var decision = Review(credit, terms);

        Assert.Equal(held, decision.Findings.Any(f => f.Rule == "PaymentTermsAllowed" && f.Outcome == ReviewOutcome.OnHold && f.Action == ReviewAction.AdjustPaymentTerms));
    }

    [Fact]
    public void PaymentTermsAllowed_NoListFromFinance_AllowsAnyTerms()
    {
        foreach (var terms in Enum.GetValues<PaymentTerms>())
        {
            Assert.DoesNotContain(Review(Credit(), terms).Findings, f => f.Rule == "PaymentTermsAllowed");
        }
    }
}
