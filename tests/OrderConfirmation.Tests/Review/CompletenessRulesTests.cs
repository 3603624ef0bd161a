using NodaTime;
using OrderConfirmation.Findings;
using OrderConfirmation.Orders;
using OrderConfirmation.Tests.Builders;

namespace OrderConfirmation.Tests.Review;

public sealed class CompletenessRulesTests
{
    public static TheoryData<string, Func<OrderBuilder, OrderBuilder>> FailingOrders => new()
    {
        { "OrderNumberPresent", o => o.With(x => x with { OrderId = " " }) },
        { "ReceiptTimeRecorded", o => o.With(x => x with { ReceivedAt = null }) },
        { "CustomerNamePresent", o => o.WithCustomer(c => c with { Name = null }) },
        { "ContactPersonPresent", o => o.WithContact(c => c with { Person = "" }) },
        { "ContactReachable", o => o.WithContact(c => c with { Phone = null, Email = null }) },
        { "ContactEmailWellFormed", o => o.WithContact(c => c with { Email = "wf.acme.example" }) },
        { "ContactPhonePlausible", o => o.WithContact(c => c with { Phone = "call me" }) },
        { "CustomerAddressComplete", o => o.WithAddress(a => a with { City = null }) },
        { "DeliveryAddressComplete", o => o.With(x => x with { RequestedDeliveryAddress = new PostalAddress("9 Harbour Rd", null, null, "CN") }) },
        { "OrderHasLines", o => o.WithLines() },
        { "LineProductPresent", o => o.WithLine(l => l with { Sku = null }) },
        { "LineQuantityPositive", o => o.WithLine(l => l with { Quantity = 0m }) },
        { "LineUnitPricePresent", o => o.WithLine(l => l with { UnitPrice = null }) },
        { "CurrencyValid", o => o.With(x => x with { Currency = "RMB" }) },
        { "DeliveryDatePresent", o => o.With(x => x with { RequestedDeliveryDate = null }) },
        { "DeliveryDateNotPast", o => o.With(x => x with { RequestedDeliveryDate = new LocalDate(2026, 11, 19) }) },
        { "PaymentTermsKnown", o => o.With(x => x with { PaymentTerms = null }) },
    };

    public static TheoryData<string, Func<OrderBuilder, OrderBuilder>> PassingEdgeOrders => new()
    {
        { "ContactReachable", o => o.WithContact(c => c with { Phone = null }) },
        { "ContactReachable", o => o.WithContact(c => c with { Email = null }) },
        { "ContactEmailWellFormed", o => o.WithContact(c => c with { Email = "first.last+orders@sub.acme.example" }) },
        { "ContactPhonePlausible", o => o.WithContact(c => c with { Phone = "(010) 5555-0101" }) },
        { "CustomerAddressComplete", o => o.WithAddress(a => a with { PostalCode = null }) },
        { "DeliveryAddressComplete", o => o.With(x => x with { RequestedDeliveryAddress = new PostalAddress("9 Harbour Rd", "Shenzhen", null, "CN") }) },
        { "LineQuantityPositive", o => o.WithLine(l => l with { Quantity = 0.5m }) },
        { "LineUnitPricePresent", o => o.WithLine(l => l with { UnitPrice = 0m }) },
        { "CurrencyValid", o => o.With(x => x with { Currency = "USD" }) },
        { "DeliveryDateNotPast", o => o.With(x => x with { RequestedDeliveryDate = new LocalDate(2026, 11, 20) }) },
        { "PaymentTermsKnown", o => o.With(x => x with { PaymentTerms = PaymentTerms.CashOnDelivery }) },
    };

    [Theory]
    [MemberData(nameof(FailingOrders))]
    public void Review_IncompleteOrder_NeedsClarificationFromSalesAndSkipsDetailedReview(string rule, Func<OrderBuilder, OrderBuilder> change)
    {
        var decision = DefaultRules.Review(new FactsBuilder().WithOrder(change));

        Assert.Equal(ReviewOutcome.NeedsClarification, decision.Outcome);
        var finding = Assert.Single(decision.Findings, f => f.Rule == rule);
        Assert.Equal(Department.Sales, finding.Department);
        Assert.Equal(ReviewStage.PreliminaryReview, finding.Stage);
        Assert.Equal(ReviewAction.AskCustomer, finding.Action);
        Assert.Equal([ReviewStage.PreliminaryReview], decision.StagesRun);
        Assert.All(decision.Findings, f => Assert.Equal(ReviewStage.PreliminaryReview, f.Stage));
    }

    [Theory]
    [MemberData(nameof(PassingEdgeOrders))]
    public void Review_OrderAtTheEdgeOfTheRule_PassesIt(string rule, Func<OrderBuilder, OrderBuilder> change)
    {
        var decision = DefaultRules.Review(new FactsBuilder().WithOrder(change));

        Assert.DoesNotContain(decision.Findings, f => f.Rule == rule);
        Assert.Equal(ReviewOutcome.ReadyToConfirm, decision.Outcome);
    }

    [Fact]
    public void Review_CompleteOrder_IsReadyToConfirmAfterEveryStage()
    {
        var decision = DefaultRules.Review(new FactsBuilder());

        Assert.Equal(ReviewOutcome.ReadyToConfirm, decision.Outcome);
        Assert.Empty(decision.Findings);
        Assert.Equal([ReviewStage.PreliminaryReview, ReviewStage.CreditAssessment, ReviewStage.TechnicalFeasibility, ReviewStage.SupplyCapability], decision.StagesRun);
    }

    [Fact]
    public void Review_LineRuleFails_FindingNamesTheLine()
    {
        var decision = DefaultRules.Review(new FactsBuilder().WithOrder(o => o.WithLines(
            new OrderLine(1, "CLOUD-HOST-8C", null, 1m, 10m),
            new OrderLine(2, "CLOUD-HOST-8C", null, -3m, 10m))));

        var finding = Assert.Single(decision.Findings);
        Assert.Equal("LineQuantityPositive", finding.Rule);
        Assert.Equal(2, finding.LineNo);
        Assert.Equal(2, finding.Values["lineNo"]);
        Assert.Equal(-3m, finding.Values["quantity"]);
        Assert.Equal("Line 2 (CLOUD-HOST-8C) has quantity -3; the quantity must be more than zero.", finding.Message);
    }

    [Fact]
    public void Review_DeliveryDate_IsComparedWithTodayInTheCompanyTimeZone()
    {
        // 2026-11-19T17:00Z is already 2026-11-20 01:00 in Shanghai: a delivery on the 19th is in the past.
        var facts = new FactsBuilder()
            .WithAsOf(Instant.FromUtc(2026, 11, 19, 17, 0))
            .WithOrder(o => o.With(x => x with { RequestedDeliveryDate = new LocalDate(2026, 11, 19) }));

        var finding = Assert.Single(DefaultRules.Review(facts).Findings);

        Assert.Equal("DeliveryDateNotPast", finding.Rule);
        Assert.Equal(new LocalDate(2026, 11, 20), finding.Values["today"]);
    }
}
