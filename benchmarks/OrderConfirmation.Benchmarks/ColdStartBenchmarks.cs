using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using OrderConfirmation.Benchmarks.HandWritten;
using OrderConfirmation.Review;
using OrderConfirmation.Rules;
using OrderConfirmation.Stages;

namespace OrderConfirmation.Benchmarks;

/// <summary>
/// Cold start, each measurement in a fresh process with nothing jitted: load, check and compile the rules and review
/// the first order (the all-pass order of <see cref="Scenario.AllPass"/>), up to the first decision. The baseline is
/// the hand-written review's first decision, which pays only for jitting its own code. The goal (issue 17) is 120 ms for the
/// default rules and 500 ms for a generated set of 1,000 rules.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(RunStrategy.ColdStart, launchCount: 15, warmupCount: 0, iterationCount: 1)]
public class ColdStartBenchmarks
{
    /// <summary>The size of the generated rule set.</summary>
    public const int GeneratedRuleCount = 1_000;

    private ReviewFacts _facts = null!;
    private IReadOnlyList<RuleFile> _generated = null!;

    [GlobalSetup(Targets = [nameof(HandWrittenFirstDecision), nameof(DefaultRulesFirstDecision)])]
    public void CreateFacts() => _facts = BenchmarkOrders.For(Scenario.AllPass);

    [GlobalSetup(Target = nameof(ThousandRulesFirstDecision))]
    public void CreateFactsAndRules()
    {
        CreateFacts();
        _generated = GeneratedRuleFiles.Create(GeneratedRuleCount);
    }

    [Benchmark(Baseline = true)]
    public ReviewDecision HandWrittenFirstDecision() => HandWrittenReview.Evaluate(_facts);

    [Benchmark]
    public ReviewDecision DefaultRulesFirstDecision() => ReviewEvaluator.Evaluate(RuleSetLoader.LoadDefaults(), _facts);

    [Benchmark]
    public ReviewDecision ThousandRulesFirstDecision() => ReviewEvaluator.Evaluate(RuleSetLoader.Load(_generated), _facts);
}
