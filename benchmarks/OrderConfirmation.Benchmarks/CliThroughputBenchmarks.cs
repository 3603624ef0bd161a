using BenchmarkDotNet.Attributes;
using OrderConfirmation.Cli;
using OrderConfirmation.Formats;
using OrderConfirmation.Review;
using OrderConfirmation.Rules;
using OrderConfirmation.Stages;

namespace OrderConfirmation.Benchmarks;

/// <summary>
/// <c>orderconfirm review &lt;dir&gt; --json</c> over 10,000 request files (the sample requests with their own order
/// numbers), in process with the output discarded: load the default rules, then read each file (System.Text.Json source
/// generation), review it and write its decision as a JSON line. The baseline does the same per file with the rules
/// already loaded and no command line, so the Ratio is the cost of the tool around the library. The goal is 20,000
/// requests a second: 10,000 files in 500 ms.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 2, iterationCount: 10)]
public class CliThroughputBenchmarks
{
    /// <summary>The request files in one run.</summary>
    public const int FileCount = 10_000;

    private string _directory = null!;
    private string[] _files = null!;
    private RuleSet _ruleSet = null!;

    [GlobalSetup]
    public void WriteRequestFiles()
    {
        _directory = RequestFiles.WriteToTemporaryDirectory(FileCount);
        _files = [.. Directory.EnumerateFiles(_directory, "*.json").Order(StringComparer.Ordinal)];
        _ruleSet = RuleSetLoader.LoadDefaults();
        var exitCode = Cli();
        if (exitCode != 0)
        {
            throw new InvalidOperationException($"orderconfirm review exited with {exitCode}; every request file should be valid.");
        }
    }

    [GlobalCleanup]
    public void DeleteRequestFiles() => Directory.Delete(_directory, recursive: true);

    [Benchmark(Baseline = true)]
    public int LibraryLoop()
    {
        var output = TextWriter.Null;
        foreach (var file in _files)
        {
            output.WriteLine(DecisionJsonWriter.ToJson(ReviewEvaluator.Evaluate(_ruleSet, ReviewRequestReader.ReadFile(file))));
        }

        return _files.Length;
    }

    [Benchmark]
    public int Cli() => CliApplication.Run(["review", _directory, "--json"], TextWriter.Null, TextWriter.Null);
}
