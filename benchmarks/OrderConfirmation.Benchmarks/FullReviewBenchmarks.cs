using BenchmarkDotNet.Attributes;
using OrderConfirmation.Benchmarks.HandWritten;
using OrderConfirmation.Benchmarks.Naive;
using OrderConfirmation.Review;
using OrderConfirmation.Rules;
using OrderConfirmation.Stages;

namespace OrderConfirmation.Benchmarks;

/// <summary>
/// One full review of a three-line order with Finance's price list, so that all five stages run (the pricing stage
/// included): the default rule files compiled to delegates against the same checks written by hand (the baseline),
/// and against the same rule files executed naively through RulesEngine's <c>ExecuteAllRulesAsync</c>, one call per
/// workflow (and per line for line rules). The Ratio column says how far the rule engine is from hand-written C#, and
/// how far the naive way is.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 5, iterationCount: 20)]
[IterationTime(250)]
public class FullReviewBenchmarks
{
    private RuleSet _ruleSet = null!;
    private ReviewFacts _facts = null!;
    private NaiveRulesEngineReview _naive = null!;

    [Params(Scenario.AllPass, Scenario.ThreeFindings, Scenario.PricingFindings, Scenario.CompletenessFails)]
    public Scenario Scenario { get; set; }

    [GlobalSetup]
    public void LoadRulesAndFacts()
    {
        _ruleSet = RuleSetLoader.LoadDefaults();
        _facts = BenchmarkOrders.For(Scenario);
        DecisionEquivalence.Verify(Scenario, _facts, HandWrittenReview.Evaluate(_facts), ReviewEvaluator.Evaluate(_ruleSet, _facts));
        _naive = NaiveRulesEngineReview.FromDefaultRules();
        var naive = _naive.Evaluate(_facts);
        if (!naive.SequenceEqual(BenchmarkOrders.ExpectedRules(Scenario)))
        {
            throw new InvalidOperationException($"Scenario {Scenario}: RulesEngine failed [{string.Join(", ", naive)}], the scenario expects [{string.Join(", ", BenchmarkOrders.ExpectedRules(Scenario))}].");
        }
    }

    [Benchmark(Baseline = true)]
    public ReviewDecision HandWritten() => HandWrittenReview.Evaluate(_facts);

    [Benchmark]
    public ReviewDecision CompiledRules() => ReviewEvaluator.Evaluate(_ruleSet, _facts);

    [Benchmark]
    public List<string> NaiveRulesEngine() => _naive.Evaluate(_facts);
}
