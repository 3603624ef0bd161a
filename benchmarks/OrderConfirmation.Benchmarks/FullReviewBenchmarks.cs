using BenchmarkDotNet.Attributes;
using OrderConfirmation.Benchmarks.HandWritten;
using OrderConfirmation.Review;
using OrderConfirmation.Rules;

namespace OrderConfirmation.Benchmarks;

/// <summary>
/// One full review of a three-line order: the default rule files compiled to delegates against the same checks
/// written by hand. The Ratio column says how far the rule engine is from hand-written C#.
/// </summary>
[MemoryDiagnoser]
public class FullReviewBenchmarks
{
    private RuleSet _ruleSet = null!;
    private ReviewFacts _facts = null!;

    [Params(Scenario.AllPass, Scenario.ThreeFindings, Scenario.CompletenessFails)]
    public Scenario Scenario { get; set; }

    [GlobalSetup]
    public void LoadRulesAndFacts()
    {
        _ruleSet = RuleSetLoader.LoadDefaults();
        _facts = BenchmarkOrders.For(Scenario);
        DecisionEquivalence.Verify(Scenario, HandWrittenReview.Evaluate(_facts), ReviewEvaluator.Evaluate(_ruleSet, _facts));
    }

    [Benchmark(Baseline = true)]
    public ReviewDecision HandWritten() => HandWrittenReview.Evaluate(_facts);

    [Benchmark]
    public ReviewDecision CompiledRules() => ReviewEvaluator.Evaluate(_ruleSet, _facts);
}
