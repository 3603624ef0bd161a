using NodaTime;
using NodaTime.Testing;
using OrderConfirmation.Changes;
using OrderConfirmation.Orders;
using OrderConfirmation.Review;
using OrderConfirmation.Rules;
using OrderConfirmation.Testing;
using OrderConfirmation.Tests.Builders;

namespace OrderConfirmation.Tests.Changes;

/// <summary>Every argument exception the Changes types document, with the parameter it names.</summary>
public sealed class ChangeArgumentTests
{
    private static readonly ChangeScenario Scenario = new();
    private static readonly ChangeRequest AChange = ChangeScenario.Change(LineChange.Modify(1, quantity: 11m));
    private static readonly ReviewFacts Facts = new FactsBuilder().Build();

    private static ChangeReviewer Reviewer() =>
        new(new FixedRuleSetProvider(DefaultRules.RuleSet), new ReviewFactsSource(new InMemoryCreditProfiles(), new InMemorySupply(), new InMemoryCapabilityCatalog(), new FakeClock(ChangeScenario.RequestedAt), FactsBuilder.Shanghai));

    public static TheoryData<string, Action> NullArguments => new()
    {
        { "ruleSet", () => ChangeEvaluator.Evaluate(null!, Scenario.Snapshot, AChange, Facts) },
        { "current", () => ChangeEvaluator.Evaluate(DefaultRules.RuleSet, null!, AChange, Facts) },
        { "change", () => ChangeEvaluator.Evaluate(DefaultRules.RuleSet, Scenario.Snapshot, null!, Facts) },
        { "facts", () => ChangeEvaluator.Evaluate(DefaultRules.RuleSet, Scenario.Snapshot, AChange, null!) },
        { "order", () => _ = new OrderChanges(null!, AChange) },
        { "change", () => _ = new OrderChanges(Scenario.Order, null!) },
        { "order", () => _ = new OrderSnapshot(null!, OrderStatus.Confirmed, 1, null) },
        { "lines", () => _ = new ChangeRequest("CR-1", Instant.MinValue, "sales.li", null, null!) },
        { "lines", () => _ = new ChangeRequest("CR-1", Instant.MinValue, "sales.li", null, [null!]) },
        { "rules", () => _ = new ChangeReviewer(null!, new ReviewFactsSource(new InMemoryCreditProfiles(), new InMemorySupply(), new InMemoryCapabilityCatalog(), new FakeClock(Instant.MinValue), FactsBuilder.Shanghai)) },
        { "credit", () => _ = new ChangeReviewer(new FixedRuleSetProvider(DefaultRules.RuleSet), new ReviewFactsSource(null!, new InMemorySupply(), new InMemoryCapabilityCatalog(), new FakeClock(Instant.MinValue), FactsBuilder.Shanghai)) },
    };

    [Theory]
    [MemberData(nameof(NullArguments))]
    public void ChangeTypes_NullArgument_ThrowNamingTheParameter(string parameter, Action call) =>
        Assert.Equal(parameter, Assert.Throws<ArgumentNullException>(call).ParamName);

    [Theory]
    [InlineData(null, "sales.li", "changeId")]
    [InlineData(" ", "sales.li", "changeId")]
    [InlineData("CR-1", "", "requestedBy")]
    public void ChangeRequest_BlankIdentity_ThrowsNamingIt(string? changeId, string requestedBy, string parameter) =>
        Assert.Equal(parameter, Assert.ThrowsAny<ArgumentException>(() => new ChangeRequest(changeId!, Instant.MinValue, requestedBy, null, [])).ParamName);

    [Fact]
    public void ChangeRequest_TwoEntriesForOneLine_ThrowsNamingTheLines() =>
        Assert.Equal("lines", Assert.Throws<ArgumentException>(() => ChangeScenario.Change(LineChange.Modify(2, quantity: 2m), LineChange.Removal(2))).ParamName);

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    public void LineChange_LineNumberNotPositive_ThrowsNamingIt(int lineNo) =>
        Assert.Equal("lineNo", Assert.Throws<ArgumentOutOfRangeException>(() => new LineChange(lineNo, quantity: 1m)).ParamName);

    [Fact]
    public void LineChange_RemovalThatAlsoSetsAField_ThrowsNamingRemove() =>
        Assert.Equal("remove", Assert.Throws<ArgumentException>(() => new LineChange(1, remove: true, description: "x")).ParamName);

    [Fact]
    public void LineChange_EntryThatChangesNothing_ThrowsNamingRemove() =>
        Assert.Equal("remove", Assert.Throws<ArgumentException>(() => new LineChange(1)).ParamName);

    [Theory]
    [InlineData(0)]
    [InlineData(-2)]
    public void OrderSnapshot_RevisionNotPositive_ThrowsNamingIt(int revision) =>
        Assert.Equal("revision", Assert.Throws<ArgumentOutOfRangeException>(() => new OrderSnapshot(Scenario.Order, OrderStatus.Confirmed, revision, null)).ParamName);

    [Fact]
    public void OrderSnapshot_NegativeShippedQuantity_ThrowsNamingIt() =>
        Assert.Equal("shipped", Assert.Throws<ArgumentOutOfRangeException>(() => new OrderSnapshot(Scenario.Order, OrderStatus.InExecution, 1, null, new Dictionary<int, decimal> { [1] = -1m })).ParamName);

    [Fact]
    public void OrderSnapshot_ShippedOnALineNeverShipped_IsZero() =>
        Assert.Equal(0m, new OrderSnapshot(Scenario.Order, OrderStatus.InExecution, 1, null, new Dictionary<int, decimal> { [1] = 3m }).ShippedOn(2));

    [Fact]
    public async Task ChangeReviewer_NullSnapshotOrChange_ThrowsNamingIt()
    {
        Assert.Equal("current", (await Assert.ThrowsAsync<ArgumentNullException>(async () => await Reviewer().ReviewChangeAsync(null!, AChange))).ParamName);
        Assert.Equal("change", (await Assert.ThrowsAsync<ArgumentNullException>(async () => await Reviewer().ReviewChangeAsync(Scenario.Snapshot, null!))).ParamName);
    }

    [Fact]
    public void ChangeReviewer_NonPositiveTimeout_ThrowsNamingIt() =>
        Assert.Equal("providerTimeout", Assert.Throws<ArgumentOutOfRangeException>(() => new ChangeReviewer(new FixedRuleSetProvider(DefaultRules.RuleSet), new ReviewFactsSource(new InMemoryCreditProfiles(), new InMemorySupply(), new InMemoryCapabilityCatalog(), new FakeClock(Instant.MinValue), FactsBuilder.Shanghai, TimeSpan.Zero))).ParamName);
}
