using OrderConfirmation.Orders;
using OrderConfirmation.Review;
using OrderConfirmation.Tests.Builders;

namespace OrderConfirmation.Tests.Review;

public sealed class ReviewEvaluatorTests
{
    [Fact]
    public void Evaluate_NullArguments_ThrowNamingTheParameter()
    {
        Assert.Equal("ruleSet", Assert.Throws<ArgumentNullException>(() => ReviewEvaluator.Evaluate(null!, new FactsBuilder().Build())).ParamName);
        Assert.Equal("facts", Assert.Throws<ArgumentNullException>(() => ReviewEvaluator.Evaluate(DefaultRules.RuleSet, null!)).ParamName);
    }

    [Fact]
    public void Evaluate_ManyThreadsAtOnce_GiveTheSameDecisionsAsOneThread()
    {
        var facts = Enumerable.Range(0, 400).Select(i => new FactsBuilder()
            .WithSupply("CLOUD-HOST-8C", new SupplyPosition(i % 20, i % 40))
            .WithCredit(i % 7 == 0 ? null : new CreditProfile(10_000m + (i * 500m), 0m, 0m, i % 3 * 100m, i % 60, 0, blocked: false))
            .Build()).ToArray();
        var expected = facts.Select(f => Describe(DefaultRules.Review(f))).ToArray();

        var actual = new string[facts.Length];
        Parallel.For(0, facts.Length * 10, new ParallelOptions { MaxDegreeOfParallelism = 8 }, i =>
        {
            var index = i % facts.Length;
            actual[index] = Describe(DefaultRules.Review(facts[index]));
        });

        Assert.Equal(expected, actual);
        Assert.True(expected.Distinct().Count() > 3, "the inputs should give several different decisions");
    }

    [Fact]
    public void Evaluate_StampsTheRuleSetVersionAndTheInstant()
    {
        var facts = new FactsBuilder().Build();

        var decision = DefaultRules.Review(facts);

        Assert.Equal(DefaultRules.RuleSet.Version, decision.RuleSetVersion);
        Assert.Equal(facts.EvaluatedAt, decision.EvaluatedAt);
        Assert.Equal("SO-1001", decision.OrderId);
    }

    private static string Describe(ReviewDecision decision) =>
        $"{decision.Outcome}: {string.Join(" | ", decision.Findings.Select(f => $"{f.Rule}@{f.LineNo} {f.Message}"))}";
}
