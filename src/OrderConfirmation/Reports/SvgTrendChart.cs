namespace OrderConfirmation.Reports;

/// <summary>
/// A trend line as inline SVG: one point per period in time order, joined where consecutive periods both have a figure
/// (a period without one shows "n/a" and breaks the line), each point coloured by its status, values written above the
/// points (below, when the target line would cross the text) when there are few enough periods to read them, and a dashed horizontal target line labelled on the right. One
/// period is a single point.
/// </summary>
internal static class SvgTrendChart
{
    /// <summary>The most periods whose values and names are all written; beyond, every n-th name and no values (the table has them all).</summary>
    public const int MaxLabelledPoints = 13;

    private const int Width = 960;
    private const int Height = 250;
    private const int PlotLeft = 64;
    private const int PlotRight = 840;
    private const int PlotTop = 28;
    private const int PlotBottom = 200;
    private const int Inset = 24;

    /// <summary>The chart's markup.</summary>
    /// <param name="id">A page-unique element id.</param>
    /// <param name="title">The chart's title.</param>
    /// <param name="description">What it shows, in words.</param>
    /// <param name="points">The periods, in time order.</param>
    /// <param name="scale">The value axis.</param>
    /// <param name="target">The target, or <see langword="null"/> for none (no target line).</param>
    /// <param name="targetText">The target as the report writes it.</param>
    public static string Render(string id, string title, string description, IReadOnlyList<ChartBar> points, ChartScale scale, decimal? target, string targetText)
    {
        var svg = new SvgMarkup(id, Width, Height, title, description);
        double? targetY = target is { } t ? scale.Position(t, PlotBottom, PlotTop) : null;
        foreach (var tick in scale.Ticks)
        {
            var y = scale.Position(tick, PlotBottom, PlotTop);
            svg.Line(PlotLeft, y, PlotRight, y, "chart-grid");
            svg.Text(PlotLeft - 8, y + 4, scale.Label(tick), "chart-axis", "end");
        }

        svg.Line(PlotLeft, PlotBottom, PlotRight, PlotBottom, "chart-axis-line");
        if (target is { } goal)
        {
            var y = scale.Position(goal, PlotBottom, PlotTop);
            svg.Line(PlotLeft, y, PlotRight, y, "chart-target");
            svg.Text(PlotRight + 6, y + 4, $"target {targetText}", "chart-target-label");
        }

        var labelled = points.Count <= MaxLabelledPoints;
        var every = labelled ? 1 : (int)Math.Ceiling(points.Count / (double)(MaxLabelledPoints - 1));
        var segment = new List<(double X, double Y)>();
        var marks = new List<(double X, double Y, ChartBar Point)>();
        for (var i = 0; i < points.Count; i++)
        {
            var point = points[i];
            var x = X(i, points.Count);
            if (i % every == 0 || i == points.Count - 1)
            {
                svg.Text(x, PlotBottom + 20, point.Label, "chart-axis", "middle");
            }

            if (point.Value is { } value)
            {
                var y = scale.Position(value, PlotBottom, PlotTop);
                segment.Add((x, y));
                marks.Add((x, y, point));
            }
            else
            {
                Flush(svg, segment);
                svg.Text(x, PlotBottom - 8, "n/a", "chart-muted", "middle");
            }
        }

        Flush(svg, segment);
        foreach (var (x, y, point) in marks)
        {
            var words = TargetStatusText.Words(point.Status);
            svg.Circle(x, y, 5, $"point point-{TargetStatusText.CssSuffix(point.Status)}", $"{point.Label}: {point.ValueText}, {words}");
            if (labelled)
            {
                // Above the point, or below it when the target line would run through the text.
                var above = y - 10;
                svg.Text(x, targetY is { } line && Math.Abs(above - 4 - line) < 9 ? y + 20 : above, point.ValueText, "chart-value", "middle");
            }
        }

        if (!labelled)
        {
            svg.Text(PlotLeft, Height - 8, $"Every {every}th period named, values in the table below.", "chart-muted");
        }

        return svg.Close();
    }

    /// <summary>The x of the <paramref name="index"/>-th of <paramref name="count"/> periods: spread evenly, a single one in the middle.</summary>
    private static double X(int index, int count) =>
        count == 1 ? (PlotLeft + PlotRight) / 2.0 : PlotLeft + Inset + (index * (PlotRight - PlotLeft - (2.0 * Inset)) / (count - 1));

    private static void Flush(SvgMarkup svg, List<(double X, double Y)> segment)
    {
        if (segment.Count > 1)
        {
            svg.Polyline(segment, "trend-line");
        }

        segment.Clear();
    }
}
