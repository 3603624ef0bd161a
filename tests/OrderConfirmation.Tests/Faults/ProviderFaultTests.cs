using NodaTime.Testing;
using OrderConfirmation.Changes;
using OrderConfirmation.Findings;
using OrderConfirmation.Orders;
using OrderConfirmation.Review;
using OrderConfirmation.Rules;
using OrderConfirmation.Testing;
using OrderConfirmation.Tests.Builders;

namespace OrderConfirmation.Tests.Faults;

/// <summary>A review never blocks on a provider forever, and a failing provider never fails the review.</summary>
public sealed class ProviderFaultTests
{
    private static readonly TimeSpan ShortTimeout = TimeSpan.FromMilliseconds(100);

    private sealed class HangingCredit : ICreditProfileProvider
    {
        public async ValueTask<CreditProfile?> GetCreditProfileAsync(string customerId, CancellationToken cancellationToken)
        {
            await Task.Delay(Timeout.Infinite, cancellationToken);
            return null;
        }
    }

    private sealed class FailingSupply : ISupplyProvider
    {
        public ValueTask<IReadOnlyDictionary<string, SupplyPosition>> GetSupplyAsync(IReadOnlyCollection<string> skus, CancellationToken cancellationToken) =>
            throw new InvalidOperationException("ERP down");
    }

    private static readonly ICreditProfileProvider GoodCredit = new InMemoryCreditProfiles().Set("C-001", new CreditProfile(100_000m, 20_000m, 0m, 0m, 0, 0, blocked: false));
    private static readonly ISupplyProvider GoodSupply = new InMemorySupply().Set("CLOUD-HOST-8C", new SupplyPosition(50m, 3));
    private static readonly ICapabilityCatalog Capabilities = new InMemoryCapabilityCatalog(["IPV6"]);

    private static OrderReviewer Reviewer(ICreditProfileProvider credit, ISupplyProvider supply) =>
        new(new FixedRuleSetProvider(DefaultRules.RuleSet), new ReviewFactsSource(credit, supply, Capabilities, new FakeClock(FactsBuilder.AsOf), FactsBuilder.Shanghai, ShortTimeout));

    [Fact]
    public async Task ReviewAsync_ProviderThatNeverAnswers_HoldsTheOrderWithASystemFinding()
    {
        var decision = await Reviewer(new HangingCredit(), GoodSupply).ReviewAsync(new OrderBuilder().Build());

        Assert.Equal(ReviewOutcome.OnHold, decision.Outcome);
        var finding = Assert.Single(decision.Findings);
        Assert.Equal(("CreditProfileUnavailable", ReviewStage.CreditAssessment, Department.Finance, ReviewAction.InvestigateSystemError, FindingKind.EvaluationError), (finding.Rule, finding.Stage, finding.Department, finding.Action, finding.Kind));
        Assert.Contains("no answer within 0.1 s", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReviewAsync_ProviderThatThrows_HoldsTheOrderAndKeepsTheOtherStages()
    {
        var decision = await Reviewer(GoodCredit, new FailingSupply()).ReviewAsync(new OrderBuilder().WithLine(l => l with { Requirements = ["MPLS"] }).Build());

        Assert.Equal(ReviewOutcome.OnHold, decision.Outcome);
        Assert.Contains(decision.Findings, f => f.Rule == "SupplyUnavailable" && f.Message.Contains("InvalidOperationException", StringComparison.Ordinal));
        Assert.Contains(decision.Findings, f => f.Rule == "RequirementsSupported");
        Assert.DoesNotContain(decision.Findings, f => f.Stage == ReviewStage.SupplyCapability && f.Rule != "SupplyUnavailable");
    }

    [Fact]
    public async Task ReviewAsync_Cancelled_Throws()
    {
        using var cancellation = new CancellationTokenSource(TimeSpan.FromMilliseconds(20));
        var reviewer = new OrderReviewer(new FixedRuleSetProvider(DefaultRules.RuleSet), new ReviewFactsSource(new HangingCredit(), GoodSupply, Capabilities, new FakeClock(FactsBuilder.AsOf), FactsBuilder.Shanghai, TimeSpan.FromMinutes(5)));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () => await reviewer.ReviewAsync(new OrderBuilder().Build(), cancellation.Token));
    }

    [Fact]
    public async Task ReviewChangeAsync_ProviderThatNeverAnswers_IsNotFeasible()
    {
        var reviewer = new ChangeReviewer(new FixedRuleSetProvider(DefaultRules.RuleSet), new ReviewFactsSource(new HangingCredit(), GoodSupply, Capabilities, new FakeClock(ChangeScenario.RequestedAt), FactsBuilder.Shanghai, ShortTimeout));

        var evaluation = await reviewer.ReviewChangeAsync(new ChangeScenario().Snapshot, ChangeScenario.Change(LineChange.Modify(1, quantity: 11m)));

        Assert.True(evaluation.Eligible);
        Assert.False(evaluation.Feasible);
        Assert.Contains(evaluation.Reasons, f => f.Rule == "CreditProfileUnavailable");
    }

    [Fact]
    public void OrderReviewer_NonPositiveTimeout_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new OrderReviewer(new FixedRuleSetProvider(DefaultRules.RuleSet), new ReviewFactsSource(GoodCredit, GoodSupply, Capabilities, new FakeClock(FactsBuilder.AsOf), FactsBuilder.Shanghai, TimeSpan.Zero)));
}
