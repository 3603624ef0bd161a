using System.Globalization;
using BenchmarkDotNet.Running;

namespace OrderConfirmation.Benchmarks.Columns;

/// <summary>
/// Throughput of a benchmark whose operation is one command (<c>OperationsPerInvoke</c> = the commands of an
/// invocation): one second divided by the mean time per command, so with several clients at once it is what they
/// achieve together.
/// </summary>
public sealed class CommandsPerSecondColumn : MeanDerivedColumn
{
    /// <inheritdoc/>
    public override string ColumnName => "Commands/s";

    /// <inheritdoc/>
    public override string Legend => "Audited commands committed per second by all clients together (1 s / Mean)";

    /// <inheritdoc/>
    protected override string? Value(double meanNanoseconds, BenchmarkCase benchmarkCase) =>
        (1e9 / meanNanoseconds).ToString("N0", CultureInfo.InvariantCulture);
}
