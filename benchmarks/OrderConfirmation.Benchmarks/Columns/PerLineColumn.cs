using System.Globalization;
using BenchmarkDotNet.Running;

namespace OrderConfirmation.Benchmarks.Columns;

/// <summary>The mean time of a benchmark divided by its <c>Lines</c> parameter, in nanoseconds per order line.</summary>
public sealed class PerLineColumn : MeanDerivedColumn
{
    /// <summary>The parameter that holds the number of lines.</summary>
    public const string LinesParameter = "Lines";

    /// <inheritdoc/>
    public override string ColumnName => "Per line";

    /// <inheritdoc/>
    public override string Legend => "Mean time per order line (Mean / Lines)";

    /// <inheritdoc/>
    protected override string? Value(double meanNanoseconds, BenchmarkCase benchmarkCase) =>
        benchmarkCase.Parameters[LinesParameter] is int lines && lines > 0
            ? (meanNanoseconds / lines).ToString("N1", CultureInfo.InvariantCulture) + " ns"
            : null;
}
