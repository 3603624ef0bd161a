using System.Globalization;

namespace OrderConfirmation.Reports;

/// <summary>The value axis of a chart: its range, the values that get a grid line, and how they are labelled.</summary>
/// <param name="Minimum">The value at the axis' start.</param>
/// <param name="Maximum">The value at its end; more than <paramref name="Minimum"/>.</param>
/// <param name="Ticks">The values with a grid line and a label, within the range.</param>
/// <param name="Label">A tick's label.</param>
internal sealed record ChartScale(decimal Minimum, decimal Maximum, IReadOnlyList<decimal> Ticks, Func<decimal, string> Label)
{
    /// <summary>0 % to 100 % in quarters: for bars, which always start at zero.</summary>
    public static ChartScale FullRate { get; } = new(0m, 1m, [0m, 0.25m, 0.5m, 0.75m, 1m], Percent);

    /// <summary>The survey's scale, 1 to 5.</summary>
    public static ChartScale Scores { get; } = new(1m, 5m, [1m, 2m, 3m, 4m, 5m], s => s.ToString("0", CultureInfo.InvariantCulture));

    /// <summary>
    /// A rate axis for a trend line that ends at 100 % and starts a step below the lowest of <paramref name="values"/> (and
    /// the target), rounded down to a tenth, so that small changes near the top stay visible; 0 % at the lowest.
    /// </summary>
    public static ChartScale RateAround(IEnumerable<decimal> values)
    {
        var lowest = values.DefaultIfEmpty(0m).Min();
        var minimum = Math.Max(0m, Math.Floor((lowest - 0.05m) * 10m) / 10m);
        var step = (1m - minimum) switch
        {
            <= 0.3m => 0.05m,
            <= 0.6m => 0.1m,
            _ => 0.2m,
        };
        var ticks = new List<decimal>();
        for (var tick = Math.Ceiling(minimum / step) * step; tick <= 1m; tick += step)
        {
            ticks.Add(tick);
        }

        return new ChartScale(minimum, 1m, ticks, Percent);
    }

    /// <summary>Where <paramref name="value"/> lies along an axis from <paramref name="start"/> to <paramref name="end"/> (pixels), clamped to it.</summary>
    public double Position(decimal value, double start, double end)
    {
        var fraction = (double)((Math.Clamp(value, Minimum, Maximum) - Minimum) / (Maximum - Minimum));
        return start + (fraction * (end - start));
    }

    private static string Percent(decimal rate) => (rate * 100m).ToString("0.#", CultureInfo.InvariantCulture) + " %";
}
