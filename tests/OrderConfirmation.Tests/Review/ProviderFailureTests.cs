using NodaTime.Testing;
using OrderConfirmation.Findings;
using OrderConfirmation.Orders;
using OrderConfirmation.Review;
using OrderConfirmation.Rules;
using OrderConfirmation.Testing;
using OrderConfirmation.Tests.Builders;

namespace OrderConfirmation.Tests.Review;

/// <summary>
/// What a review says when the host's providers fail: each stage whose facts are missing reports one held system
/// finding in place of its rule findings, whichever and however many providers fail; the caller's cancellation is
/// the only failure that ends the review.
/// </summary>
public sealed class ProviderFailureTests
{
    private static readonly ICreditProfileProvider GoodCredit = new InMemoryCreditProfiles().Set("C-001", new CreditProfile(100_000m, 20_000m, 0m, 0m, 0, 0, blocked: false));
    private static readonly ISupplyProvider GoodSupply = new InMemorySupply().Set("CLOUD-HOST-8C", new SupplyPosition(50m, 3));
    private static readonly ICapabilityCatalog GoodCapabilities = new InMemoryCapabilityCatalog(["IPV6"]);

    private sealed class Failing(Exception error) : ICreditProfileProvider, ISupplyProvider, ICapabilityCatalog
    {
        public ValueTask<CreditProfile?> GetCreditProfileAsync(string customerId, CancellationToken cancellationToken) => ValueTask.FromException<CreditProfile?>(error);

        public ValueTask<IReadOnlyDictionary<string, SupplyPosition>> GetSupplyAsync(IReadOnlyCollection<string> skus, CancellationToken cancellationToken) => ValueTask.FromException<IReadOnlyDictionary<string, SupplyPosition>>(error);

        public ValueTask<IReadOnlySet<string>> GetSupportedCapabilitiesAsync(CancellationToken cancellationToken) => ValueTask.FromException<IReadOnlySet<string>>(error);
    }

    private sealed class CountingCredit : ICreditProfileProvider
    {
        public int Calls { get; private set; }

        public ValueTask<CreditProfile?> GetCreditProfileAsync(string customerId, CancellationToken cancellationToken)
        {
            Calls++;
            return ValueTask.FromResult<CreditProfile?>(null);
        }
    }

    private static Task<ReviewDecision> Review(Order order, ICreditProfileProvider? credit = null, ISupplyProvider? supply = null, ICapabilityCatalog? capabilities = null) =>
        new OrderReviewer(new FixedRuleSetProvider(DefaultRules.RuleSet), new ReviewFactsSource(credit ?? GoodCredit, supply ?? GoodSupply, capabilities ?? GoodCapabilities, new FakeClock(FactsBuilder.AsOf), FactsBuilder.Shanghai))
            .ReviewAsync(order).AsTask();

    [Fact]
    public async Task ReviewAsync_CreditAndSupplyDownAtOnce_GiveExactlyOneSystemFindingEach()
    {
        var down = new Failing(new InvalidOperationException("down"));

        var decision = await Review(new OrderBuilder().Build(), credit: down, supply: down);

        Assert.Equal(ReviewOutcome.OnHold, decision.Outcome);
        Assert.Equal(
            [("CreditProfileUnavailable", ReviewStage.CreditAssessment, Department.Finance), ("SupplyUnavailable", ReviewStage.SupplyCapability, Department.Product)],
            decision.Findings.Select(f => (f.Rule, f.Stage, f.Department)).Order());
        Assert.All(decision.Findings, f => Assert.Equal((FindingSeverity.Error, ReviewOutcome.OnHold, ReviewAction.InvestigateSystemError, FindingKind.EvaluationError), (f.Severity, f.Outcome, f.Action, f.Kind)));
    }

    [Fact]
    public async Task ReviewAsync_CapabilitiesDown_TechnicalFindingNamesTheProviderAndTheProblem()
    {
        var decision = await Review(new OrderBuilder().Build(), capabilities: new Failing(new InvalidOperationException("catalogue offline")));

        var finding = Assert.Single(decision.Findings);
        Assert.Equal(("CapabilitiesUnavailable", ReviewStage.TechnicalFeasibility, Department.Technical), (finding.Rule, finding.Stage, finding.Department));
        Assert.Equal(
            [new KeyValuePair<string, object?>("provider", "Capabilities"), new KeyValuePair<string, object?>("problem", "the provider failed: InvalidOperationException")],
            finding.Values);
        Assert.Equal("The Capabilities could not be obtained (the provider failed: InvalidOperationException); the TechnicalFeasibility was not done and the order is held until it can be.", finding.Message);
    }

    [Fact]
    public async Task ReviewAsync_ProviderThrowsItsOwnCancellation_IsAFailedProviderNotACancelledReview()
    {
        var decision = await Review(new OrderBuilder().Build(), supply: new Failing(new TaskCanceledException("HTTP client timed out")));

        var finding = Assert.Single(decision.Findings);
        Assert.Equal("SupplyUnavailable", finding.Rule);
        Assert.Equal("the provider failed: TaskCanceledException", finding.Values["problem"]);
    }

    [Fact]
    public async Task ReviewAsync_CustomerWithoutId_CreditProviderIsNotAsked()
    {
        var credit = new CountingCredit();

        var decision = await Review(new OrderBuilder().WithCustomer(c => c with { CustomerId = " " }).With(o => o with { PaymentTerms = PaymentTerms.Prepaid }).Build(), credit: credit);

        Assert.Equal(0, credit.Calls);
        Assert.DoesNotContain(decision.Findings, f => f.Kind == FindingKind.EvaluationError);
    }

    [Fact]
    public async Task ReviewAsync_CustomerWithId_CreditProviderIsAskedOnce()
    {
        var credit = new CountingCredit();

        await Review(new OrderBuilder().Build(), credit: credit);

        Assert.Equal(1, credit.Calls);
    }

    [Fact]
    public async Task ReviewAsync_PreliminaryReviewFailsWhileAProviderIsDown_NoSystemFindingForAStageThatDidNotRun()
    {
        var decision = await Review(new OrderBuilder().With(o => o with { Lines = [] }).Build(), credit: new Failing(new InvalidOperationException("down")));

        Assert.Equal([ReviewStage.PreliminaryReview], decision.StagesRun);
        Assert.DoesNotContain(decision.Findings, f => f.Kind == FindingKind.EvaluationError);
        Assert.Equal(ReviewOutcome.NeedsClarification, decision.Outcome);
    }

    [Fact]
    public void Apply_NothingUnavailable_ReturnsTheDecisionUntouched()
    {
        var decision = DefaultRules.Review(new FactsBuilder().Build());

        Assert.Same(decision, UnavailableFacts.Apply(decision, []));
    }
}
