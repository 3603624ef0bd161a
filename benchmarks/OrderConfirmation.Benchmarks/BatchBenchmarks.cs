using System.Collections.Concurrent;
using BenchmarkDotNet.Attributes;
using OrderConfirmation.Findings;
using OrderConfirmation.Review;
using OrderConfirmation.Rules;
using OrderConfirmation.Stages;

namespace OrderConfirmation.Benchmarks;

/// <summary>
/// A batch of 100,000 orders reviewed with the default rules on one thread (the baseline) and on two
/// (<c>Parallel.ForEach</c> over ranges of 1,000 orders, at most two at once). One operation is the whole batch; each review's decision is counted and dropped, as
/// a service that stores or sends it would. The rule set is shared by both threads: the goal is at least 1.7 times the
/// single-thread throughput (a Ratio of 0.59 or less), which needs a hot path with no shared locks or contended caches.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 3, iterationCount: 15)]
public class BatchBenchmarks
{
    /// <summary>The orders in the batch.</summary>
    public const int OrderCount = 100_000;

    private const int RangeSize = 1_000;

    private RuleSet _ruleSet = null!;
    private ReviewFacts[] _facts = null!;

    [GlobalSetup]
    public void LoadRulesAndOrders()
    {
        _ruleSet = RuleSetLoader.LoadDefaults();
        _facts = BatchOrders.Create(OrderCount);
        var sequential = OneThread();
        var parallel = TwoThreads();
        if (sequential != parallel || sequential is 0 or OrderCount)
        {
            throw new InvalidOperationException($"One thread found {sequential} orders ready to confirm and two threads {parallel}; the batch must mix outcomes and both must agree.");
        }
    }

    [Benchmark(Baseline = true)]
    public int OneThread()
    {
        var ready = 0;
        foreach (var facts in _facts)
        {
            ready += Count(ReviewEvaluator.Evaluate(_ruleSet, facts));
        }

        return ready;
    }

    [Benchmark]
    public int TwoThreads()
    {
        var ready = 0;
        Parallel.ForEach(
            Partitioner.Create(0, _facts.Length, RangeSize),
            new ParallelOptions { MaxDegreeOfParallelism = 2 },
            () => 0,
            (range, _, local) =>
            {
                for (var i = range.Item1; i < range.Item2; i++)
                {
                    local += Count(ReviewEvaluator.Evaluate(_ruleSet, _facts[i]));
                }

                return local;
            },
            local => Interlocked.Add(ref ready, local));
        return ready;
    }

    private static int Count(ReviewDecision decision) => decision.Outcome == ReviewOutcome.ReadyToConfirm ? 1 : 0;
}
