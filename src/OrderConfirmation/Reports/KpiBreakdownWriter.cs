using OrderConfirmation.Calendars;
using OrderConfirmation.Kpis;

namespace OrderConfirmation.Reports;

/// <summary>
/// Writes one breakdown of the report, per figure: a chart (bars for departments and employees, sorted worst first; a
/// trend line for periods, in time order) and under it the table of the same numbers, in the chart's order.
/// </summary>
internal static class KpiBreakdownWriter
{
    /// <summary>The most groups a chart's description names; the chart and the table show them all.</summary>
    private const int DescribedGroups = 8;

    /// <summary>Writes the figures of <paramref name="groups"/> as bar charts, worst first.</summary>
    /// <param name="page">The page.</param>
    /// <param name="id">The section's id, also the prefix of the charts' ids.</param>
    /// <param name="groupHeader">What a group is: "Department", "Employee".</param>
    /// <param name="groups">The groups, in any order.</param>
    /// <param name="targets">The targets.</param>
    public static void WriteBars(HtmlPageWriter page, string id, string groupHeader, IReadOnlyList<KpiGroup> groups, KpiTargets targets)
    {
        foreach (var measure in KpiMeasure.All)
        {
            var sorted = groups
                .OrderBy(g => measure.Value(g.Tally) is null)
                .ThenBy(g => measure.Value(g.Tally))
                .ThenBy(g => g.Name, StringComparer.Ordinal)
                .ToList();
            var target = measure.Target(targets);
            page.Heading($"{measure.Name} by {groupHeader.ToLowerInvariant()}");
            if (sorted.All(g => measure.Value(g.Tally) is null))
            {
                page.Paragraph($"Nothing was counted for {measure.Name.ToLowerInvariant()} in any {groupHeader.ToLowerInvariant()}.", "note");
                continue;
            }

            var bars = Bars(measure, sorted, targets);
            page.Raw(SvgBarChart.Render(
                $"{id}-{measure.Id}",
                $"{measure.Name} by {groupHeader.ToLowerInvariant()}, worst first",
                Description(measure, bars, target, "worst first"),
                bars,
                measure.IsScore ? ChartScale.Scores : ChartScale.FullRate,
                target,
                measure.Format(target)));
            Table(page, $"{measure.Name} by {groupHeader.ToLowerInvariant()}, as in the chart above", groupHeader, measure, sorted, targets);
        }
    }

    /// <summary>Writes the figures of <paramref name="periods"/> as trend lines, in time order.</summary>
    public static void WriteTrend(HtmlPageWriter page, string id, string periodHeader, IReadOnlyList<KpiGroup> periods, KpiTargets targets)
    {
        foreach (var measure in KpiMeasure.All)
        {
            var target = measure.Target(targets);
            page.Heading($"{measure.Name} by {periodHeader.ToLowerInvariant()}");
            if (periods.All(g => measure.Value(g.Tally) is null))
            {
                page.Paragraph($"Nothing was counted for {measure.Name.ToLowerInvariant()} in any {periodHeader.ToLowerInvariant()}.", "note");
                continue;
            }

            var points = Bars(measure, periods, targets);
            var values = points.Where(p => p.Value is not null).Select(p => p.Value!.Value);
            var scale = measure.IsScore ? ChartScale.Scores : ChartScale.RateAround(target is { } t ? values.Append(t) : values);
            page.Raw(SvgTrendChart.Render(
                $"{id}-{measure.Id}",
                $"{measure.Name} by {periodHeader.ToLowerInvariant()}",
                Description(measure, points, target, "in time order"),
                points,
                scale,
                target,
                measure.Format(target)));
            Table(page, $"{measure.Name} by {periodHeader.ToLowerInvariant()}, as in the chart above", periodHeader, measure, periods, targets);
        }
    }

    private static List<ChartBar> Bars(KpiMeasure measure, IEnumerable<KpiGroup> groups, KpiTargets targets) =>
        [.. groups.Select(g =>
        {
            var value = measure.Value(g.Tally);
            return new ChartBar(g.Name, value, measure.Format(value), measure.Status(value, targets));
        })];

    private static void Table(HtmlPageWriter page, string caption, string groupHeader, KpiMeasure measure, IReadOnlyList<KpiGroup> groups, KpiTargets targets)
    {
        var numeric = new HashSet<int> { 1 };
        for (var column = 0; column < measure.Details.Count; column++)
        {
            numeric.Add(column + 3);
        }

        page.Table(
            caption,
            [groupHeader, measure.ValueHeader, "Status", .. measure.Details.Select(d => d.Header)],
            groups.Select(g =>
            {
                var value = measure.Value(g.Tally);
                return (IReadOnlyList<string>)[g.Name, measure.Format(value), TargetStatusText.Words(measure.Status(value, targets)), .. measure.Details.Select(d => d.Text(g.Tally))];
            }),
            numeric);
    }

    private static string Description(KpiMeasure measure, List<ChartBar> bars, decimal? target, string order)
    {
        var named = string.Join("; ", bars.Take(DescribedGroups).Select(b => $"{b.Label} {b.ValueText} ({TargetStatusText.Words(b.Status)})"));
        var more = bars.Count > DescribedGroups ? $"; and {bars.Count - DescribedGroups} more" : string.Empty;
        var goal = target is null ? "No target is set." : $"The target is {measure.Format(target)}.";
        return $"{measure.Name}, {bars.Count} value(s), {order}: {named}{more}. {goal} The table below has every value with its counts.";
    }
}
