using BenchmarkDotNet.Running;
using OrderConfirmation.Benchmarks.WholeProcess;

namespace OrderConfirmation.Benchmarks;

/// <summary>
/// Runs the benchmarks chosen on the command line (for example <c>--filter '*FullReview*' --job short</c>), or with
/// <c>--whole-process</c> the whole-process benchmark of the installed tool (<see cref="WholeProcessBenchmark"/>).
/// </summary>
public static class Program
{
    public static void Main(string[] args)
    {
        if (args.Contains(WholeProcessBenchmark.Switch))
        {
            WholeProcessBenchmark.Run(args);
        }
        else
        {
            BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
        }
    }
}
