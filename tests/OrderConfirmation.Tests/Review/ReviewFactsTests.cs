using OrderConfirmation.Findings;
using OrderConfirmation.Orders;
using OrderConfirmation.Review;
using OrderConfirmation.Tests.Builders;

namespace OrderConfirmation.Tests.Review;

/// <summary>Review facts carry everything a review reads from one version of the order to the next: the price list, the rates and a host stage's facts.</summary>
public sealed class ReviewFactsTests
{
    private sealed record ExportFacts(string Licence);

    private static readonly CustomReviewStage<ExportFacts> Export = new("ExportControl", Department.Technical, "export");

    private static readonly ExchangeRates Rates = new("CNY", new Dictionary<string, decimal> { ["USD"] = 7.10m });

    private static ReviewFacts Priced() =>
        new FactsBuilder().WithPrice("CLOUD-HOST-8C", new PriceListEntry("USD", 200m)).WithRates(Rates).Build();

    [Fact]
    public void ForOrder_AnotherVersionOfTheOrder_KeepsPricesRatesAndStageFacts()
    {
        var facts = Priced().WithStageFacts(Export, new ExportFacts("EL-1"));
        var changed = new OrderBuilder().With(o => o with { OrderId = "SO-2" }).Build();

        var moved = facts.ForOrder(changed);

        Assert.Same(changed, moved.Order);
        Assert.Same(facts.Prices, moved.Prices);
        Assert.Same(Rates, moved.ExchangeRates);
        Assert.Equal(new ExportFacts("EL-1"), moved.StageFacts(Export));
    }

    [Fact]
    public void WithStageFacts_GivenTwice_KeepsTheLatestAndThePriceList()
    {
        var facts = Priced().WithStageFacts(Export, new ExportFacts("EL-1")).WithStageFacts(Export, new ExportFacts("EL-2"));

        Assert.Equal(new ExportFacts("EL-2"), facts.StageFacts(Export));
        Assert.NotNull(facts.Prices);
        Assert.Same(Rates, facts.ExchangeRates);
    }

    [Fact]
    public void WithStageFacts_NullStageOrFacts_IsRefused()
    {
        var facts = Priced();

        Assert.Equal("stage", Assert.Throws<ArgumentNullException>(() => facts.WithStageFacts(null!, new ExportFacts("EL-1"))).ParamName);
        Assert.Equal("facts", Assert.Throws<ArgumentNullException>(() => facts.WithStageFacts(Export, null!)).ParamName);
    }

    [Fact]
    public void ExchangeRates_NotGiven_AreNoneAndNullIsRefused()
    {
        Assert.Same(ExchangeRates.None, new FactsBuilder().Build().ExchangeRates);
        Assert.Throws<ArgumentNullException>(() => new FactsBuilder().Build() with { ExchangeRates = null! });
    }
}
