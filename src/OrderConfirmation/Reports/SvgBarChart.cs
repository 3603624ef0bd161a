namespace OrderConfirmation.Reports;

/// <summary>
/// A horizontal bar chart as inline SVG: one row per group in the order given (the report sorts worst first), each bar
/// coloured by its status and labelled, right of the plot (clear of the target line), with its value and status in words, a dashed vertical target line when there is a
/// target. The chart grows one row per group, so long lists show every group; labels wider than
/// <see cref="MaxLabelWidth"/> columns are shortened with the whole name as a tooltip.
/// </summary>
internal static class SvgBarChart
{
    /// <summary>The widest group label shown whole, in columns (a CJK character is two).</summary>
    public const int MaxLabelWidth = 30;

    private const int Width = 960;
    private const int PlotLeft = 230;
    private const int PlotRight = 760;
    private const int Top = 30;
    private const int RowHeight = 26;
    private const int BarHeight = 18;
    private const int Bottom = 26;

    /// <summary>The chart's markup.</summary>
    /// <param name="id">A page-unique element id.</param>
    /// <param name="title">The chart's title.</param>
    /// <param name="description">What it shows, in words.</param>
    /// <param name="bars">The bars, top to bottom.</param>
    /// <param name="scale">The value axis.</param>
    /// <param name="target">The target, or <see langword="null"/> for none (no target line).</param>
    /// <param name="targetText">The target as the report writes it.</param>
    public static string Render(string id, string title, string description, IReadOnlyList<ChartBar> bars, ChartScale scale, decimal? target, string targetText)
    {
        var height = Top + (bars.Count * RowHeight) + Bottom;
        var svg = new SvgMarkup(id, Width, height, title, description);
        var plotBottom = Top + (bars.Count * RowHeight);
        foreach (var tick in scale.Ticks)
        {
            var x = scale.Position(tick, PlotLeft, PlotRight);
            svg.Line(x, Top - 4, x, plotBottom, "chart-grid");
            svg.Text(x, Top - 10, scale.Label(tick), "chart-axis", "middle");
        }

        for (var row = 0; row < bars.Count; row++)
        {
            var bar = bars[row];
            var y = Top + (row * RowHeight);
            var (label, tooltip) = Shortened(bar.Label);
            svg.Text(PlotLeft - 8, y + 18, label, "chart-label", "end", tooltip);
            var words = TargetStatusText.Words(bar.Status);
            if (bar.Value is { } value)
            {
                var end = scale.Position(value, PlotLeft, PlotRight);
                svg.Rect(PlotLeft, y + 4, Math.Max(end - PlotLeft, 0), BarHeight, $"bar bar-{TargetStatusText.CssSuffix(bar.Status)}", $"{bar.Label}: {bar.ValueText}, {words}");
                svg.Text(PlotRight + 10, y + 18, bar.Status is TargetStatus.NoTarget ? bar.ValueText : $"{bar.ValueText} \u00B7 {words}", "chart-value");
            }
            else
            {
                svg.Text(PlotLeft + 6, y + 18, "n/a (nothing counted)", "chart-muted");
            }
        }

        svg.Line(PlotLeft, Top - 4, PlotLeft, plotBottom, "chart-axis-line");
        if (target is { } goal)
        {
            var x = scale.Position(goal, PlotLeft, PlotRight);
            svg.Line(x, Top - 4, x, plotBottom + 6, "chart-target");
            var anchor = x > PlotRight - 50 ? "end" : x < PlotLeft + 50 ? "start" : "middle";
            svg.Text(x, plotBottom + 20, $"target {targetText}", "chart-target-label", anchor);
        }

        return svg.Close();
    }

    /// <summary>
    /// The label as shown, and the whole label as a tooltip when it had to be shortened: at most
    /// <see cref="MaxLabelWidth"/> columns, a wide (CJK) character counting two, never cutting a surrogate pair.
    /// </summary>
    internal static (string Label, string? Tooltip) Shortened(string label)
    {
        var width = 0;
        for (var i = 0; i < label.Length; i++)
        {
            width += IsWide(label[i]) ? 2 : char.IsLowSurrogate(label[i]) ? 0 : 1;
            if (width > MaxLabelWidth)
            {
                var cut = FitBefore(label, MaxLabelWidth - 1);
                return (string.Concat(label.AsSpan(0, cut), "\u2026"), label);
            }
        }

        return (label, null);
    }

    /// <summary>How many chars of <paramref name="label"/> fit in <paramref name="columns"/>.</summary>
    private static int FitBefore(string label, int columns)
    {
        var width = 0;
        var i = 0;
        while (i < label.Length)
        {
            var pair = char.IsHighSurrogate(label[i]) && i + 1 < label.Length ? 2 : 1;
            var next = width + (pair == 2 || IsWide(label[i]) ? 2 : 1);
            if (next > columns)
            {
                break;
            }

            width = next;
            i += pair;
        }

        return i;
    }

    /// <summary>CJK ideographs, kana, Hangul and full-width forms take about two columns.</summary>
    private static bool IsWide(char character) => character is >= '\u1100' and <= '\u115F' or >= '\u2E80' and <= '\uA4CF' or >= '\uAC00' and <= '\uD7A3' or >= '\uF900' and <= '\uFAFF' or >= '\uFE30' and <= '\uFE4F' or >= '\uFF00' and <= '\uFF60' or >= '\uFFE0' and <= '\uFFE6' || char.IsHighSurrogate(character);
}
