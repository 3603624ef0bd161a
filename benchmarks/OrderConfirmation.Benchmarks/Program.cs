using BenchmarkDotNet.Running;

namespace OrderConfirmation.Benchmarks;

/// <summary>Runs the benchmarks chosen on the command line (for example <c>--filter '*FullReview*' --job short</c>).</summary>
public static class Program
{
    public static void Main(string[] args) => BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
}
