using OrderConfirmation.Findings;
using OrderConfirmation.Orders;
using OrderConfirmation.Review;
using OrderConfirmation.Tests.Builders;

namespace OrderConfirmation.Tests.Performance;

/// <summary>
/// Cheap regression guards for the evaluation hot path, timing nothing: a passing rule allocates nothing, and no
/// expression is compiled after the rules are loaded (the benchmarks in benchmarks/ measure the speed).
/// </summary>
public sealed class HotPathGuardTests
{
    private static ReviewFacts WithLines(int count)
    {
        var lines = Enumerable.Range(1, count).Select(i => new OrderLine(i, "CLOUD-HOST-8C", "Cloud host", 1m, 100m, ["IPV6"])).ToArray();
        return new FactsBuilder().WithOrder(o => o.WithLines(lines)).WithSupply("CLOUD-HOST-8C", new SupplyPosition(1_000_000m, 3)).Build();
    }

    private static long AllocatedPerReview(ReviewFacts facts)
    {
        for (var i = 0; i < 100; i++)
        {
            ReviewEvaluator.Evaluate(DefaultRules.RuleSet, facts);
        }

        const int Reviews = 1_000;
        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < Reviews; i++)
        {
            ReviewEvaluator.Evaluate(DefaultRules.RuleSet, facts);
        }

        return (GC.GetAllocatedBytesForCurrentThread() - before) / Reviews;
    }

    [Fact]
    public void Evaluate_PassingLineRules_AllocateNothingPerLine()
    {
        var oneLine = AllocatedPerReview(WithLines(1));
        var hundredLines = AllocatedPerReview(WithLines(100));

        Assert.Equal(ReviewOutcome.ReadyToConfirm, ReviewEvaluator.Evaluate(DefaultRules.RuleSet, WithLines(100)).Outcome);
        // One object per line would add at least 99 × 24 B to each review; a one-off allocation while measuring (the JIT
        // moving a method to its next tier) adds a few bytes to the average of 1,000 reviews, never a whole object.
        Assert.True(hundredLines - oneLine < 24, $"a review allocates {oneLine} B with 1 line and {hundredLines} B with 100 lines: passing rules allocate per line");
    }

    [Fact]
    public void Evaluate_AllRulesPass_AllocatesUnderOneKilobyte()
    {
        var allocated = AllocatedPerReview(new FactsBuilder().Build());

        Assert.True(allocated <= 1_024, $"{allocated} B per review");
    }

    [Fact]
    public void Evaluate_AfterLoad_CompilesNothing()
    {
        var orders = Enumerable.Range(1, 50).Select(i => new FactsBuilder().WithOrder(o => o.With(x => x with { OrderId = $"SO-{i}" })).WithCredit(i % 3 == 0 ? null : new CreditProfile(1_000m * i, 0m, 0m, i % 5 == 0 ? 100m : 0m, i, i % 7 == 0 ? 1 : 0, blocked: i % 11 == 0)).Build()).ToArray();
        foreach (var facts in orders)
        {
            ReviewEvaluator.Evaluate(DefaultRules.RuleSet, facts);
        }

        var compiled = System.Runtime.JitInfo.GetCompiledMethodCount(currentThread: true);
        foreach (var facts in orders.Reverse())
        {
            ReviewEvaluator.Evaluate(DefaultRules.RuleSet, facts);
        }

        Assert.Equal(compiled, System.Runtime.JitInfo.GetCompiledMethodCount(currentThread: true));
    }
}
