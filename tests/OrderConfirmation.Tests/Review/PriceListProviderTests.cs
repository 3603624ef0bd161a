using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using NodaTime.Testing;
using OrderConfirmation.DependencyInjection;
using OrderConfirmation.Findings;
using OrderConfirmation.Orders;
using OrderConfirmation.Review;
using OrderConfirmation.Rules;
using OrderConfirmation.Testing;
using OrderConfirmation.Tests.Builders;

namespace OrderConfirmation.Tests.Review;

/// <summary>
/// Issue 15's host API: a price-list provider (and an exchange-rate source) beside the credit, supply and capability
/// providers, asked once per review, with the same time-out and "a system finding, never a silent pass"; the credit
/// provider is told the order and its currency.
/// </summary>
public sealed class PriceListProviderTests
{
    private static readonly InMemoryCreditProfiles Credit = new InMemoryCreditProfiles().Set("C-001", new CreditProfile(100_000m, 20_000m, 0m, 0m, 0, 0, blocked: false));
    private static readonly InMemorySupply Supply = new InMemorySupply().Set("CLOUD-HOST-8C", new SupplyPosition(50m, 3));
    private static readonly InMemoryCapabilityCatalog Capabilities = new(["IPV6"]);

    private sealed class Answering<T>(Func<T> answer) : IPriceListProvider, IExchangeRateProvider
        where T : class?
    {
        public int Calls { get; private set; }

        public IReadOnlyCollection<string>? AskedSkus { get; private set; }

        public string? AskedCurrency { get; private set; }

        public string? AskedOrder { get; private set; }

        public ValueTask<IReadOnlyDictionary<string, PriceListEntry>?> GetPricesAsync(PriceListLookup lookup, CancellationToken cancellationToken)
        {
            Calls++;
            (AskedSkus, AskedCurrency, AskedOrder) = (lookup.Skus, lookup.OrderCurrency, lookup.OrderId);
            return ValueTask.FromResult((IReadOnlyDictionary<string, PriceListEntry>?)(object?)answer());
        }

        public ValueTask<ExchangeRates> GetRatesAsync(CancellationToken cancellationToken)
        {
            Calls++;
            return ValueTask.FromResult((ExchangeRates)(object)answer()!);
        }
    }

    private sealed class Slow : IPriceListProvider
    {
        public async ValueTask<IReadOnlyDictionary<string, PriceListEntry>?> GetPricesAsync(PriceListLookup lookup, CancellationToken cancellationToken)
        {
            await Task.Delay(Timeout.Infinite, cancellationToken);
            throw new InvalidOperationException("unreachable");
        }
    }

    private sealed class RecordingCredit : ICreditProfileProvider
    {
        public CreditLookup? Lookup { get; private set; }

        public ValueTask<CreditProfile?> GetCreditProfileAsync(string customerId, CancellationToken cancellationToken) =>
            throw new InvalidOperationException("the review asks with the order");

        public ValueTask<CreditProfile?> GetCreditProfileAsync(CreditLookup lookup, CancellationToken cancellationToken)
        {
            Lookup = lookup;
            return ValueTask.FromResult<CreditProfile?>(null);
        }
    }

    private static Task<ReviewDecision> Review(Order order, IPriceListProvider? prices, IExchangeRateProvider? rates = null, ICreditProfileProvider? credit = null, TimeSpan? timeout = null) =>
        new OrderReviewer(new FixedRuleSetProvider(DefaultRules.RuleSet), new ReviewFactsSource(credit ?? Credit, Supply, Capabilities, new FakeClock(FactsBuilder.AsOf), FactsBuilder.Shanghai, timeout, prices: prices, rates: rates))
            .ReviewAsync(order).AsTask();

    [Fact]
    public async Task ReviewAsync_NoPriceListProvider_DoesNotRunThePricingStage()
    {
        var decision = await Review(new OrderBuilder().Build(), prices: null);

        Assert.DoesNotContain(ReviewStage.PricingPolicy, decision.StagesRun);
        Assert.Equal(ReviewOutcome.ReadyToConfirm, decision.Outcome);
    }

    [Fact]
    public async Task ReviewAsync_PriceListProvider_IsAskedOnceForTheOrdersSkusAndCurrencyAndTheStageRuns()
    {
        var order = new OrderBuilder().WithLines(new OrderLine(1, "CLOUD-HOST-8C", null, 5m, 1200m, ["IPV6"]), new OrderLine(2, "CLOUD-HOST-8C", null, 5m, 1200m, ["IPV6"])).Build();
        var prices = new Answering<IReadOnlyDictionary<string, PriceListEntry>>(() => new Dictionary<string, PriceListEntry> { ["CLOUD-HOST-8C"] = new("CNY", 1300m, 1000m) });

        var decision = await Review(order, prices);

        Assert.Equal(1, prices.Calls);
        Assert.Equal(["CLOUD-HOST-8C"], prices.AskedSkus!);
        Assert.Equal("CNY", prices.AskedCurrency);
        Assert.Equal("SO-1001", prices.AskedOrder);
        Assert.Contains(ReviewStage.PricingPolicy, decision.StagesRun);
        Assert.Equal(ReviewOutcome.ReadyToConfirm, decision.Outcome);
    }

    [Fact]
    public async Task ReviewAsync_InMemoryPriceListAndRates_JudgeThePriceInTheOrdersCurrency()
    {
        // 200 USD × 7.10 = 1,420 CNY list; 1,200 CNY is 15.5 % off, beyond Sales' 10 %.
        var prices = new InMemoryPriceList().Set("CLOUD-HOST-8C", new PriceListEntry("USD", 200m, 100m));
        var rates = new FixedExchangeRates(new ExchangeRates("CNY", new Dictionary<string, decimal> { ["USD"] = 7.10m }));

        var decision = await Review(new OrderBuilder().Build(), prices, rates);

        var finding = Assert.Single(decision.Findings);
        Assert.Equal(("DiscountWithinAuthority", ReviewOutcome.OnHold), (finding.Rule, finding.Outcome));
    }

    [Fact]
    public async Task ReviewAsync_PriceListProviderFails_HoldsWithASystemFindingForFinance()
    {
        var failing = new Answering<IReadOnlyDictionary<string, PriceListEntry>>(() => throw new InvalidOperationException("pricing service down"));

        var decision = await Review(new OrderBuilder().Build(), failing);

        var finding = Assert.Single(decision.Findings);
        Assert.Equal(("PriceListUnavailable", ReviewStage.PricingPolicy, Department.Finance, ReviewOutcome.OnHold, ReviewAction.InvestigateSystemError), (finding.Rule, finding.Stage, finding.Department, finding.Outcome, finding.Action));
        Assert.Equal(ReviewOutcome.OnHold, decision.Outcome);
    }

    [Fact]
    public async Task ReviewAsync_PriceListProviderSaysNoPriceListApplies_DoesNotRunTheStage()
    {
        var none = new Answering<IReadOnlyDictionary<string, PriceListEntry>?>(() => null);

        var decision = await Review(new OrderBuilder().Build(), none);

        Assert.Equal(1, none.Calls);
        Assert.DoesNotContain(ReviewStage.PricingPolicy, decision.StagesRun);
        Assert.Equal(ReviewOutcome.ReadyToConfirm, decision.Outcome);
    }

    [Fact]
    public async Task ReviewAsync_ExchangeRateSourceAnswersNull_IsAFailureNotASilentPass()
    {
        var decision = await Review(new OrderBuilder().Build(), prices: null, rates: new Answering<ExchangeRates?>(() => null));

        Assert.Equal(["ExchangeRatesUnavailable"], decision.Findings.Select(f => f.Rule));
    }

    [Fact]
    public async Task ReviewAsync_PriceListProviderTooSlow_HoldsAfterTheTimeOut()
    {
        var decision = await Review(new OrderBuilder().Build(), new Slow(), timeout: TimeSpan.FromMilliseconds(50));

        var finding = Assert.Single(decision.Findings);
        Assert.Equal("PriceListUnavailable", finding.Rule);
        Assert.StartsWith("no answer within", (string)finding.Values["problem"]!, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReviewAsync_ExchangeRateSourceFails_HoldsWithASystemFinding()
    {
        var decision = await Review(new OrderBuilder().Build(), prices: null, rates: new Answering<ExchangeRates>(() => throw new TimeoutException("rates feed")));

        var finding = Assert.Single(decision.Findings);
        Assert.Equal(("ExchangeRatesUnavailable", Department.Finance, ReviewOutcome.OnHold), (finding.Rule, finding.Department, finding.Outcome));
    }

    [Fact]
    public async Task ReviewAsync_CreditProvider_IsToldTheOrderAndItsCurrency()
    {
        var credit = new RecordingCredit();

        await Review(new OrderBuilder().With(o => o with { OrderId = "SO-7788", Currency = "USD" }).Build(), prices: null, credit: credit);

        Assert.Equal(new CreditLookup("C-001", "SO-7788", "USD"), credit.Lookup);
    }

    [Fact]
    public async Task CreditLookup_ProviderWithOnlyTheCustomerMethod_IsAskedForTheCustomer()
    {
        ICreditProfileProvider provider = Credit;

        var profile = await provider.GetCreditProfileAsync(new CreditLookup("C-001", "SO-1", "CNY"), CancellationToken.None);

        Assert.Equal(100_000m, profile!.CreditLimit);
    }

    [Fact]
    public async Task AddOrderConfirmation_RegisteredPriceListAndRates_AreUsedByTheReviewer()
    {
        var services = new ServiceCollection()
            .AddSingleton<ICreditProfileProvider>(Credit)
            .AddSingleton<ISupplyProvider>(Supply)
            .AddSingleton<ICapabilityCatalog>(Capabilities)
            .AddSingleton<IPriceListProvider>(new InMemoryPriceList().Set("CLOUD-HOST-8C", new PriceListEntry("USD", 200m)))
            .AddSingleton<IExchangeRateProvider>(new FixedExchangeRates(new ExchangeRates("CNY", new Dictionary<string, decimal> { ["USD"] = 7.10m })))
            .AddSingleton<IClock>(new FakeClock(FactsBuilder.AsOf))
            .AddOrderConfirmation();
        using var provider = services.BuildServiceProvider();

        var decision = await provider.GetRequiredService<IOrderReviewer>().ReviewAsync(new OrderBuilder().Build());

        Assert.Contains(ReviewStage.PricingPolicy, decision.StagesRun);
        Assert.Contains(decision.Findings, f => f.Rule == "DiscountWithinAuthority");
    }
}
