using System.Text.Json.Nodes;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using OrderConfirmation.Findings;
using OrderConfirmation.Review;
using OrderConfirmation.Rules;
using OrderConfirmation.Rules.Reloading;
using OrderConfirmation.Stages;

namespace OrderConfirmation.Benchmarks;

/// <summary>
/// Hot reload with a large rule set: a <see cref="ReloadingRuleSetProvider"/> serves the 1,000 generated rules
/// (<see cref="GeneratedRuleFiles"/>, ten files) from a directory, and one operation edits one rule of one file (its
/// threshold, alternately 510 and 511) and waits until the edited set serves. The edit is an atomic save: the new file is
/// written beside the directory and renamed over the old one, so the write has settled the moment the rename returns,
/// and the provider's quiet period is zero, so no debounce wait is measured. <c>EditedFileServing</c> is thus the time
/// from the settled write to the new rule set being <see cref="ReloadingRuleSetProvider.Current"/> (the file watcher's
/// notice, reading, checking and compiling the ten files, the swap, the <c>Reloaded</c> event the benchmark waits on).
/// <c>EditedFileFirstDecision</c> adds the first review on the new set, which jits its rules' delegates. The baseline is
/// loading the same directory directly, warm, with no watcher: the least a reload that recompiles every rule can cost.
/// The goal is 500 ms for an edited file serving.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 3, iterationCount: 15)]
public class HotReloadBenchmarks
{
    private const string EditedFile = "generated-005.json";

    private readonly SemaphoreSlim _swapped = new(0);
    private string _directory = null!;
    private string _staging = null!;
    private ReloadingRuleSetProvider _provider = null!;
    private ReviewFacts _facts = null!;
    private byte[][] _editions = null!;
    private int _edits;

    [GlobalSetup]
    public void ServeGeneratedRules()
    {
        _directory = Directory.CreateTempSubdirectory("oc-hot-reload-").FullName;
        _staging = Directory.CreateTempSubdirectory("oc-hot-reload-staging-").FullName;
        foreach (var file in GeneratedRuleFiles.Create(ColdStartBenchmarks.GeneratedRuleCount))
        {
            File.WriteAllBytes(Path.Combine(_directory, file.Path), file.Content.ToArray());
        }

        var original = File.ReadAllBytes(Path.Combine(_directory, EditedFile));
        _editions = [WithFirstThreshold(original, 511), WithFirstThreshold(original, 510)];
        _facts = BenchmarkOrders.For(Scenario.AllPass);
        _provider = new ReloadingRuleSetProvider(_directory, StandardStages.Catalog, logger: null, debounce: TimeSpan.Zero);
        _provider.Reloaded += (_, result) =>
        {
            if (result.Outcome == RuleSetReloadOutcome.Swapped)
            {
                _swapped.Release();
            }
        };
        if (ReviewEvaluator.Evaluate(_provider.Current, _facts).Outcome != ReviewOutcome.ReadyToConfirm)
        {
            throw new InvalidOperationException("The generated rules must all pass for the benchmark order.");
        }
    }

    [GlobalCleanup]
    public void StopServing()
    {
        _provider.Dispose();
        Directory.Delete(_directory, recursive: true);
        Directory.Delete(_staging, recursive: true);
    }

    [Benchmark(Baseline = true)]
    public RuleSet LoadDirectoryWarm() => RuleSetLoader.LoadDirectory(_directory);

    [Benchmark]
    public RuleSet EditedFileServing() => EditAndWait();

    [Benchmark]
    public ReviewDecision EditedFileFirstDecision() => ReviewEvaluator.Evaluate(EditAndWait(), _facts);

    private RuleSet EditAndWait()
    {
        var before = _provider.Current.Version;
        var staged = Path.Combine(_staging, EditedFile);
        File.WriteAllBytes(staged, _editions[_edits++ % 2]);
        File.Move(staged, Path.Combine(_directory, EditedFile), overwrite: true);
        if (!_swapped.Wait(TimeSpan.FromSeconds(30)))
        {
            throw new TimeoutException("The edited rule file was not served within 30 s.");
        }

        var current = _provider.Current;
        return current.Version != before ? current : throw new InvalidOperationException("The edit did not change the rule set.");
    }

    /// <summary>The file with its first rule's limit on order lines (generated as 510 for rule 500) set to <paramref name="limit"/>.</summary>
    private static byte[] WithFirstThreshold(byte[] file, int limit)
    {
        var json = JsonNode.Parse(file)!.AsObject();
        var rule = json["Rules"]![0]!.AsObject();
        var expression = rule["Expression"]!.GetValue<string>();
        rule["Expression"] = expression.Contains("<= 510", StringComparison.Ordinal)
            ? expression.Replace("<= 510", $"<= {limit}", StringComparison.Ordinal)
            : throw new InvalidOperationException($"Unexpected first rule in {EditedFile}: {expression}");
        return System.Text.Encoding.UTF8.GetBytes(json.ToJsonString());
    }
}
