using BenchmarkDotNet.Attributes;
using OrderConfirmation.Benchmarks.Columns;
using OrderConfirmation.Benchmarks.HandWritten;
using OrderConfirmation.Review;
using OrderConfirmation.Rules;
using OrderConfirmation.Stages;

namespace OrderConfirmation.Benchmarks;

/// <summary>
/// One full review of an order of 1, 10, 100 and 1,000 lines that passes every rule, so that the cost of the default
/// line rules (seven per line: product, quantity and price present; requirements supported; product known, deliverable,
/// stock covers the line) shows, and that it grows linearly. The Per line column is the mean divided by the lines.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 5, iterationCount: 15)]
[IterationTime(250)]
[PerLineColumn]
public class OrderSizeBenchmarks
{
    private RuleSet _ruleSet = null!;
    private ReviewFacts _facts = null!;

    [Params(1, 10, 100, 1_000)]
    public int Lines { get; set; }

    [GlobalSetup]
    public void LoadRulesAndFacts()
    {
        _ruleSet = RuleSetLoader.LoadDefaults();
        _facts = BenchmarkOrders.AllPassWithLines(Lines);
        DecisionEquivalence.Verify(Scenario.AllPass, _facts, HandWrittenReview.Evaluate(_facts), ReviewEvaluator.Evaluate(_ruleSet, _facts));
    }

    [Benchmark(Baseline = true)]
    public ReviewDecision HandWritten() => HandWrittenReview.Evaluate(_facts);

    [Benchmark]
    public ReviewDecision CompiledRules() => ReviewEvaluator.Evaluate(_ruleSet, _facts);
}
