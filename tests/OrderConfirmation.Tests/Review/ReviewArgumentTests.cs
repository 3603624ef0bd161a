using NodaTime;
using NodaTime.Testing;
using OrderConfirmation.Findings;
using OrderConfirmation.Orders;
using OrderConfirmation.Review;
using OrderConfirmation.Rules;
using OrderConfirmation.Testing;
using OrderConfirmation.Tests.Builders;

namespace OrderConfirmation.Tests.Review;

/// <summary>Every argument exception the Review types document, with the parameter it names.</summary>
public sealed class ReviewArgumentTests
{
    private static readonly ReviewFacts Facts = new FactsBuilder().Build();
    private static readonly CreditProfile Profile = new(1m, 0m, 0m, 0m, 0, 0, blocked: false);

    public static TheoryData<string, Action> NullArguments => new()
    {
        { "stagesRun", () => _ = new ReviewDecision("SO-1", null!, [], "v", Instant.MinValue) },
        { "findings", () => _ = new ReviewDecision("SO-1", [], null!, "v", Instant.MinValue) },
        { "ruleSetVersion", () => _ = new ReviewDecision("SO-1", [], [], null!, Instant.MinValue) },
        { "rule", () => _ = new ReviewFinding(null!, ReviewStage.PreliminaryReview, Department.Sales, FindingSeverity.Error, ReviewOutcome.OnHold, ReviewAction.None, "m", new Dictionary<string, object?>()) },
        { "message", () => _ = new ReviewFinding("R", ReviewStage.PreliminaryReview, Department.Sales, FindingSeverity.Error, ReviewOutcome.OnHold, ReviewAction.None, null!, new Dictionary<string, object?>()) },
        { "values", () => _ = new ReviewFinding("R", ReviewStage.PreliminaryReview, Department.Sales, FindingSeverity.Error, ReviewOutcome.OnHold, ReviewAction.None, "m", null!) },
        { "order", () => _ = new ReviewFacts(null!, null, Facts.Supply, Facts.Capabilities, Facts.EvaluatedAt, Facts.TimeZone) },
        { "supply", () => _ = new ReviewFacts(Facts.Order, null, null!, Facts.Capabilities, Facts.EvaluatedAt, Facts.TimeZone) },
        { "capabilities", () => _ = new ReviewFacts(Facts.Order, null, Facts.Supply, null!, Facts.EvaluatedAt, Facts.TimeZone) },
        { "timeZone", () => _ = new ReviewFacts(Facts.Order, null, Facts.Supply, Facts.Capabilities, Facts.EvaluatedAt, null!) },
        { "customerId", () => new InMemoryCreditProfiles().Set(null!, Profile) },
        { "profile", () => new InMemoryCreditProfiles().Set("C-001", null!) },
        { "sku", () => new InMemorySupply().Set(null!, new SupplyPosition(1m, 1)) },
        { "position", () => new InMemorySupply().Set("SKU", null!) },
        { "capabilities", () => new InMemoryCapabilityCatalog().Replace(null!) },
        { "rules", () => _ = new OrderReviewer(null!, new ReviewFactsSource(new InMemoryCreditProfiles(), new InMemorySupply(), new InMemoryCapabilityCatalog(), new FakeClock(Instant.MinValue), FactsBuilder.Shanghai)) },
        { "credit", () => _ = new OrderReviewer(Rules, new ReviewFactsSource(null!, new InMemorySupply(), new InMemoryCapabilityCatalog(), new FakeClock(Instant.MinValue), FactsBuilder.Shanghai)) },
        { "supply", () => _ = new OrderReviewer(Rules, new ReviewFactsSource(new InMemoryCreditProfiles(), null!, new InMemoryCapabilityCatalog(), new FakeClock(Instant.MinValue), FactsBuilder.Shanghai)) },
        { "capabilities", () => _ = new OrderReviewer(Rules, new ReviewFactsSource(new InMemoryCreditProfiles(), new InMemorySupply(), null!, new FakeClock(Instant.MinValue), FactsBuilder.Shanghai)) },
        { "clock", () => _ = new OrderReviewer(Rules, new ReviewFactsSource(new InMemoryCreditProfiles(), new InMemorySupply(), new InMemoryCapabilityCatalog(), null!, FactsBuilder.Shanghai)) },
        { "timeZone", () => _ = new OrderReviewer(Rules, new ReviewFactsSource(new InMemoryCreditProfiles(), new InMemorySupply(), new InMemoryCapabilityCatalog(), new FakeClock(Instant.MinValue), null!)) },
    };

    private static FixedRuleSetProvider Rules => new(DefaultRules.RuleSet);

    [Theory]
    [MemberData(nameof(NullArguments))]
    public void ReviewTypes_NullArgument_ThrowNamingTheParameter(string parameter, Action call) =>
        Assert.Equal(parameter, Assert.Throws<ArgumentNullException>(call).ParamName);

    [Fact]
    public async Task InMemoryCreditProfiles_NullCustomerId_ThrowsNamingIt() =>
        Assert.Equal("customerId", (await Assert.ThrowsAsync<ArgumentNullException>(async () => await new InMemoryCreditProfiles().GetCreditProfileAsync(null!, default))).ParamName);

    [Fact]
    public async Task InMemorySupply_NullSkus_ThrowsNamingThem() =>
        Assert.Equal("skus", (await Assert.ThrowsAsync<ArgumentNullException>(async () => await new InMemorySupply().GetSupplyAsync(null!, default))).ParamName);

    [Fact]
    public async Task OrderReviewer_NullOrder_ThrowsNamingIt()
    {
        var reviewer = new OrderReviewer(Rules, new ReviewFactsSource(new InMemoryCreditProfiles(), new InMemorySupply(), new InMemoryCapabilityCatalog(), new FakeClock(FactsBuilder.AsOf), FactsBuilder.Shanghai));

        Assert.Equal("order", (await Assert.ThrowsAsync<ArgumentNullException>(async () => await reviewer.ReviewAsync(null!))).ParamName);
    }

    [Fact]
    public void OrderReviewer_NegativeTimeout_ThrowsNamingTheTimeout() =>
        Assert.Equal("providerTimeout", Assert.Throws<ArgumentOutOfRangeException>(() => new OrderReviewer(Rules, new ReviewFactsSource(new InMemoryCreditProfiles(), new InMemorySupply(), new InMemoryCapabilityCatalog(), new FakeClock(FactsBuilder.AsOf), FactsBuilder.Shanghai, TimeSpan.FromSeconds(-1)))).ParamName);
}
