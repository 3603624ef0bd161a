using NodaTime.Testing;
using OrderConfirmation.Changes;
using OrderConfirmation.Findings;
using OrderConfirmation.Orders;
using OrderConfirmation.Review;
using OrderConfirmation.Rules;
using OrderConfirmation.Testing;
using OrderConfirmation.Tests.Builders;

namespace OrderConfirmation.Tests.Changes;

/// <summary>
/// A change assessed while a provider is down (article 4.3: the changed order is re-reviewed by the same process as
/// a new order): both reviews carry the system finding an order review gives in that case, and the change is not
/// feasible; a change declined at eligibility is never reviewed, down provider or not.
/// </summary>
public sealed class ChangeReviewerTests
{
    private sealed class CreditDown : ICreditProfileProvider
    {
        public ValueTask<CreditProfile?> GetCreditProfileAsync(string customerId, CancellationToken cancellationToken) =>
            ValueTask.FromException<CreditProfile?>(new InvalidOperationException("credit service down"));
    }

    private static readonly ISupplyProvider Supply = new InMemorySupply()
        .Set("CLOUD-HOST-8C", new SupplyPosition(50m, 3))
        .Set("BACKUP-1TB", new SupplyPosition(20m, 5));

    private static Task<ChangeEvaluation> ReviewWhileCreditIsDown(ChangeRequest change) =>
        new ChangeReviewer(new FixedRuleSetProvider(DefaultRules.RuleSet), new ReviewFactsSource(new CreditDown(), Supply, new InMemoryCapabilityCatalog(["IPV6", "SLA-99.9"]), new FakeClock(ChangeScenario.RequestedAt), FactsBuilder.Shanghai))
            .ReviewChangeAsync(new ChangeScenario().Snapshot, change).AsTask();

    [Fact]
    public async Task ReviewChangeAsync_EligibleChangeWhileCreditIsDown_ReviewBeforeTheChangeCarriesTheSystemFinding()
    {
        var evaluation = await ReviewWhileCreditIsDown(ChangeScenario.Change(LineChange.Modify(1, quantity: 11m)));

        Assert.True(evaluation.Eligible);
        Assert.NotNull(evaluation.Before);
        Assert.Equal(ReviewOutcome.OnHold, evaluation.Before.Outcome);
        Assert.Equal(["CreditProfileUnavailable"], evaluation.Before.Findings.Select(f => f.Rule));
    }

    [Fact]
    public async Task ReviewChangeAsync_EligibleChangeWhileCreditIsDown_ReReviewCarriesTheSystemFinding()
    {
        var evaluation = await ReviewWhileCreditIsDown(ChangeScenario.Change(LineChange.Modify(1, quantity: 11m)));

        Assert.NotNull(evaluation.Review);
        Assert.Equal(ReviewOutcome.OnHold, evaluation.Review.Outcome);
        Assert.Equal(["CreditProfileUnavailable"], evaluation.Review.Findings.Select(f => f.Rule));
    }

    [Fact]
    public async Task ReviewChangeAsync_EligibleChangeWhileCreditIsDown_IsNotFeasibleForWantOfTheFacts()
    {
        var evaluation = await ReviewWhileCreditIsDown(ChangeScenario.Change(LineChange.Modify(1, quantity: 11m)));

        Assert.False(evaluation.Feasible);
        Assert.Null(evaluation.Revision);
        Assert.Equal([("CreditProfileUnavailable", Department.Finance)], evaluation.Reasons.Select(r => (r.Rule, r.Department)));
    }

    [Fact]
    public async Task ReviewChangeAsync_ChangeDeclinedWhileCreditIsDown_HasNoReviewsAndGivesTheEligibilityReason()
    {
        var evaluation = await ReviewWhileCreditIsDown(ChangeScenario.Change() with { Currency = "USD" });

        Assert.False(evaluation.Eligible);
        Assert.Null(evaluation.Before);
        Assert.Null(evaluation.Review);
        Assert.False(evaluation.Feasible);
        Assert.Equal(["CurrencyUnchanged"], evaluation.Reasons.Select(r => r.Rule));
    }
}
