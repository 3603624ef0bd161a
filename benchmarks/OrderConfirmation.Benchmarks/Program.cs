using BenchmarkDotNet.Running;
using OrderConfirmation.Benchmarks.WholeProcess;

namespace OrderConfirmation.Benchmarks;

/// <summary>
/// Runs the benchmarks chosen on the command line (for example <c>--filter '*FullReview*' --job short</c>); with
/// <c>--whole-process</c> the whole-process benchmark of the installed tool (<see cref="WholeProcessBenchmark"/>); or
/// writes the KPI benchmarks' record file: <c>kpi-records &lt;file&gt; [records, default 1,000,000]</c>.
/// </summary>
public static class Program
{
    public static void Main(string[] args)
    {
        if (args is ["kpi-records", var path, ..])
        {
            var records = args.Length > 2 ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 1_000_000;
            Console.WriteLine($"{KpiRecordFile.Write(path, records):N0} lines written to {path}");
        }
        else if (args.Contains(WholeProcessBenchmark.Switch))
        {
            WholeProcessBenchmark.Run(args);
        }
        else
        {
            BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
        }
    }
}
