using System.Globalization;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace OrderConfirmation.Benchmarks.Columns;

/// <summary>The mean time of a benchmark divided by its <c>Lines</c> parameter, in nanoseconds per order line.</summary>
public sealed class PerLineColumn : IColumn
{
    /// <summary>The parameter that holds the number of lines.</summary>
    public const string LinesParameter = "Lines";

    /// <inheritdoc/>
    public string Id => nameof(PerLineColumn);

    /// <inheritdoc/>
    public string ColumnName => "Per line";

    /// <inheritdoc/>
    public bool AlwaysShow => true;

    /// <inheritdoc/>
    public ColumnCategory Category => ColumnCategory.Custom;

    /// <inheritdoc/>
    public int PriorityInCategory => 0;

    /// <inheritdoc/>
    public bool IsNumeric => true;

    /// <inheritdoc/>
    public UnitType UnitType => UnitType.Dimensionless;

    /// <inheritdoc/>
    public string Legend => "Mean time per order line (Mean / Lines)";

    /// <inheritdoc/>
    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, summary.Style);

    /// <inheritdoc/>
    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
    {
        ArgumentNullException.ThrowIfNull(summary);
        ArgumentNullException.ThrowIfNull(benchmarkCase);
        var statistics = summary[benchmarkCase]?.ResultStatistics;
        if (statistics is null || benchmarkCase.Parameters[LinesParameter] is not int lines || lines <= 0)
        {
            return "-";
        }

        return (statistics.Mean / lines).ToString("N1", CultureInfo.InvariantCulture) + " ns";
    }

    /// <inheritdoc/>
    public bool IsAvailable(Summary summary) => true;

    /// <inheritdoc/>
    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;

    /// <inheritdoc/>
    public override string ToString() => ColumnName;
}
