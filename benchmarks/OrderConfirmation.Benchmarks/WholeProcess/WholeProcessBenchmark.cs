using System.Diagnostics;
using System.Globalization;
using System.Runtime.InteropServices;
using System.Text;

namespace OrderConfirmation.Benchmarks.WholeProcess;

/// <summary>
/// The tool as a user runs it, each run a cold process of the installed <c>orderconfirm</c> (<see cref="InstalledTool"/>):
/// (a) <c>--help</c>, the baseline; (b) <c>review</c> of one request file; (c) <c>review --json</c> over 20,000 request
/// files into a file; (d) <c>kpi</c> over 1,000,000 records. Rounds run the four in turn, so each <c>review</c> is paired
/// with the <c>--help</c> just before it; the report gives medians, the median of the paired differences from
/// <c>--help</c>, throughput net of the start-up, and peak memory. Test data is written once into the cache directory
/// (artifacts/whole-process, not committed).
/// Run: <c>dotnet run -c Release --project benchmarks/OrderConfirmation.Benchmarks -- --whole-process [--rounds 7]</c>;
/// <c>--tool &lt;command&gt;</c> measures an installed tool instead of packing this one, <c>--report &lt;file name&gt;</c>
/// names the report written to benchmarks/results (default WholeProcess-report.md).
/// </summary>
internal static class WholeProcessBenchmark
{
    public const string Switch = "--whole-process";
    private const int RequestFileCount = 20_000;

    public static void Run(string[] args)
    {
        var rounds = args.SkipWhile(a => a != "--rounds").Skip(1).Select(a => int.Parse(a, CultureInfo.InvariantCulture)).FirstOrDefault(7);
        var repository = Repository();
        var cache = Directory.CreateDirectory(Path.Combine(repository, "artifacts", "whole-process")).FullName;
        var requests = Prepare(Path.Combine(cache, $"requests-{RequestFileCount}"), directory => RequestFiles.Write(directory, RequestFileCount));
        var kpiRecords = Prepare(Path.Combine(cache, "kpi-1000000.jsonl"), path => KpiRecordFile.Write(path, 1_000_000));
        var oneRequest = Directory.GetFiles(requests, "*.json").Order(StringComparer.Ordinal).First();
        var given = args.SkipWhile(a => a != "--tool").Skip(1).FirstOrDefault();
        Console.WriteLine(given is null ? "Packing and installing the tool…" : $"Measuring {given}");
        var tool = given ?? InstalledTool.Install(repository, cache);
        var reportName = args.SkipWhile(a => a != "--report").Skip(1).FirstOrDefault() ?? "WholeProcess-report.md";
        var decisions = Path.Combine(cache, "decisions.jsonl");
        var rows = new Row[]
        {
            new("help", "orderconfirm --help", ["--help"], null),
            new("review one", "orderconfirm review <one request file>", ["review", oneRequest], null),
            new("review 20,000", $"orderconfirm review <dir of {RequestFileCount:N0} files> --json > file", ["review", requests, "--json"], decisions),
            new("kpi 1,000,000", "orderconfirm kpi <1,000,000 records> --as-of 2027-01-01T00:00:00Z", ["kpi", kpiRecords, "--as-of", "2027-01-01T00:00:00Z"], null),
        };

        var loadBefore = LoadAverage();
        foreach (var row in rows)
        {
            row.Check(row.Launch(tool));
        }

        CheckDecisions(decisions);
        for (var round = 1; round <= rounds; round++)
        {
            Console.WriteLine($"Round {round} of {rounds}");
            foreach (var row in rows)
            {
                row.Runs.Add(row.Check(row.Launch(tool)));
            }
        }

        var report = Report(tool, rows, rounds, loadBefore, LoadAverage());
        var path = Path.Combine(repository, "benchmarks", "results", reportName);
        File.WriteAllText(path, report);
        Console.WriteLine(report);
        Console.WriteLine($"Written to {path}");
    }

    private static string Report(string tool, Row[] rows, int rounds, string loadBefore, string loadAfter)
    {
        var help = rows[0];
        var startUp = rows[1];
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"# Whole-process benchmark of orderconfirm");
        text.AppendLine();
        text.AppendLine(CultureInfo.InvariantCulture, $"{DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC; {RuntimeInformation.OSDescription}; {RuntimeInformation.FrameworkDescription}; {Environment.ProcessorCount} cores; {rounds} rounds, each a cold process per row, rows in turn after one unmeasured round.");
        text.AppendLine(CultureInfo.InvariantCulture, $"Load average (1, 5, 15 min) before: {loadBefore}; after: {loadAfter}. Tool: `{tool}`.");
        text.AppendLine();
        text.AppendLine("| Row | Command | Median | Min | Max | Median − help (paired) | Per second, net of `review` one | Peak memory (median) |");
        text.AppendLine("|---|---|---:|---:|---:|---:|---:|---:|");
        foreach (var row in rows)
        {
            var times = row.Runs.Select(r => r.Elapsed.TotalMilliseconds).ToList();
            var paired = ReferenceEquals(row, help) ? "" : $"{Median(row.Runs.Select((r, i) => r.Elapsed.TotalMilliseconds - help.Runs[i].Elapsed.TotalMilliseconds)):N0} ms";
            var perSecond = row.Arguments[0] == "review" && !ReferenceEquals(row, startUp)
                ? $"{RequestFileCount / ((Median(times) - Median(startUp.Runs.Select(r => r.Elapsed.TotalMilliseconds))) / 1000):N0} requests/s"
                : "";
            var peaks = row.Runs.Where(r => r.PeakBytes is not null).Select(r => (double)r.PeakBytes!.Value).ToList();
            var peak = peaks.Count == 0 ? "" : $"{Median(peaks) / (1024 * 1024):N0} MB";
            text.AppendLine(CultureInfo.InvariantCulture, $"| {row.Name} | `{row.Command}` | {Median(times):N0} ms | {times.Min():N0} ms | {times.Max():N0} ms | {paired} | {perSecond} | {peak} |");
        }

        text.AppendLine();
        text.AppendLine("Every run, in milliseconds:");
        text.AppendLine();
        foreach (var row in rows)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"- {row.Name}: {string.Join(", ", row.Runs.Select(r => r.Elapsed.TotalMilliseconds.ToString("N0", CultureInfo.InvariantCulture)))}");
        }

        return text.ToString();
    }

    private static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[(sorted.Count / 2) - 1] + sorted[sorted.Count / 2]) / 2;
    }

    /// <summary>The decisions of row (c): one line per request file, in the files' order (SO-000001, SO-000002, …).</summary>
    private static void CheckDecisions(string path)
    {
        var index = 0;
        foreach (var line in File.ReadLines(path))
        {
            index++;
            var expected = $"\"orderId\":\"SO-{index:D6}\"";
            if (!line.StartsWith("{" + expected, StringComparison.Ordinal))
            {
                throw new InvalidOperationException($"Decision {index} of {path} is not that of SO-{index:D6}: {line[..Math.Min(80, line.Length)]}");
            }
        }

        if (index != RequestFileCount)
        {
            throw new InvalidOperationException($"{path} has {index} decisions, not {RequestFileCount}.");
        }
    }

    private static string Prepare(string path, Action<string> write)
    {
        if (!File.Exists(path) && !Directory.Exists(path))
        {
            Console.WriteLine($"Writing {path}…");
            var partial = path + ".partial";
            write(partial);
            if (Directory.Exists(partial))
            {
                Directory.Move(partial, path);
            }
            else
            {
                File.Move(partial, path);
            }
        }

        return path;
    }

    private static string Repository()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "OrderConfirmation.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException($"No OrderConfirmation.sln above {AppContext.BaseDirectory}.");
    }

    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(", ", File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "unknown";

    private sealed record Row(string Name, string Command, string[] Arguments, string? OutputFile)
    {
        public List<ToolRun> Runs { get; } = [];

        public ToolRun Launch(string tool) => ToolRun.Start(tool, Arguments, OutputFile);

        public ToolRun Check(ToolRun run) => run.ExitCode == 0
            ? run
            : throw new InvalidOperationException($"orderconfirm {string.Join(' ', Arguments)} exited with {run.ExitCode}: {run.Error}");
    }
}
