using System.Globalization;
using NodaTime.Text;
using OrderConfirmation.Formats;
using OrderConfirmation.Kpis;

namespace OrderConfirmation.Reports;

/// <summary>
/// The KPI report: one self-contained HTML page (inline style and SVG, nothing loaded from elsewhere, readable with
/// scripting off and on paper) for the people who use the figures of article 6.2. It holds headline tiles for
/// confirmation accuracy, timely processing, customer satisfaction and case replies against the targets of the
/// calendar file (<see cref="Calendars.CalendarSettings.KpiTargets"/>), green, amber or red with the status in words;
/// a trend per figure, by week when the data spans at most 13 weeks and by month beyond; bar charts by department and by
/// employee, worst first, with the target line; under each chart the table of the same numbers; and per group the
/// records behind the late and inaccurate counts. Every figure is the one <c>orderconfirm kpi --json</c> gives for the
/// same records, query and breakdown.
/// </summary>
public static class KpiHtmlReport
{
    private const string Style = """
        .tiles { display: grid; grid-template-columns: repeat(auto-fit, minmax(250px, 1fr)); gap: 12px; margin: 12px 0 8px; }
        .tile { border: 1px solid var(--rule); border-left: 8px solid var(--muted); border-radius: 4px; padding: 10px 14px; break-inside: avoid; }
        .tile-good { border-left-color: var(--good); } .tile-warn { border-left-color: var(--warn); } .tile-bad { border-left-color: var(--bad); }
        .tile h3 { margin: 0 0 2px; font-size: 15px; }
        .tile p { margin: 2px 0; }
        .tile-value { font-size: 32px; font-weight: 700; white-space: nowrap; font-variant-numeric: tabular-nums; }
        .tile-status { font-weight: 600; }
        .tile-target, .tile-basis { color: var(--muted); font-size: 13px; }
        svg.chart { margin: 4px 0 0; }
        .chart text { font-size: 13px; fill: var(--ink); }
        .chart .chart-axis, .chart .chart-muted, .chart .chart-target-label { fill: var(--muted); }
        .chart .chart-target-label { font-weight: 600; }
        .chart-grid { stroke: var(--rule); stroke-width: 1; }
        .chart-axis-line { stroke: var(--muted); stroke-width: 1; }
        .chart-target { stroke: var(--ink); stroke-width: 2; stroke-dasharray: 6 4; }
        .bar-good, .point-good { fill: var(--good); } .bar-warn, .point-warn { fill: var(--warn); } .bar-bad, .point-bad { fill: var(--bad); } .bar-none, .point-none { fill: var(--accent); }
        .trend-line { fill: none; stroke: var(--accent); stroke-width: 2; }
        details.ids { margin: 4px 0; border: 1px solid var(--rule); border-radius: 4px; padding: 4px 10px; }
        details.ids summary { font-weight: 600; }
        details.ids dt { font-weight: 600; margin-top: 4px; }
        details.ids dd { margin: 0 0 4px; }
        .id-list { font: 13px/1.6 ui-monospace, "SFMono-Regular", Menlo, Consolas, monospace; overflow-wrap: anywhere; }
        """;

    /// <summary>
    /// Writes the report of <paramref name="records"/> as of <paramref name="query"/>'s instant, over its dates; its
    /// breakdown (<see cref="KpiQuery.By"/>) is not used, for the report shows every breakdown. The records are gone over
    /// several times (once per breakdown), so they are held in memory.
    /// </summary>
    /// <param name="output">Receives the page (write it as UTF-8).</param>
    /// <param name="calculator">The calculator, on the calendar whose targets the figures are set against.</param>
    /// <param name="query">As of when and over which dates.</param>
    /// <param name="records">The order records, survey responses and customer cases.</param>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public static void Write(TextWriter output, KpiCalculator calculator, KpiQuery query, KpiRecordSet records)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(calculator);
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(records);
        var data = KpiReportData.Compute(calculator, query, records);
        var page = new HtmlPageWriter(output);
        page.BeginPage("KPI report", Subtitle(data), Style);
        KpiHeadlineWriter.Write(page, data.Total.Tally, data.Targets);
        if (!data.HasRecords)
        {
            page.Paragraph("No records were selected: there is no trend and no breakdown to show. Check the dates (--from, --to) and the record files.");
            page.EndPage();
            return;
        }

        var period = data.TrendBy == KpiGrouping.Month ? "Month" : "Week";
        page.BeginSection("trend", $"Trend by {period.ToLowerInvariant()}");
        page.Paragraph(
            $"By ISO week when the data spans at most {KpiReportData.WeeklyTrendMaxDays / 7} weeks, by month beyond; orders and cases by their receipt, survey responses by their answer, in the calendar's zone.",
            "note");
        KpiBreakdownWriter.WriteTrend(page, "trend", period, data.Trend, data.Targets);
        page.EndSection();
        WriteGroups(page, "departments", "Department", data.Departments, data);
        WriteGroups(page, "employees", "Employee", data.Employees, data);
        page.EndPage();
    }

    private static void WriteGroups(HtmlPageWriter page, string id, string groupHeader, KpiBreakdown breakdown, KpiReportData data)
    {
        page.BeginSection(id, $"By {groupHeader.ToLowerInvariant()}");
        page.Paragraph(
            $"{breakdown.Groups.Count} {groupHeader.ToLowerInvariant()} group(s), all shown, worst first; a record that names no {groupHeader.ToLowerInvariant()} counts under {KpiGroupKey.Unassigned}.",
            "note");
        KpiBreakdownWriter.WriteBars(page, id, groupHeader, breakdown.Groups, data.Targets);
        KpiRecordIdsWriter.Write(page, groupHeader, breakdown.Explanations);
        page.EndSection();
    }

    private static string Subtitle(KpiReportData data)
    {
        var query = data.Query;
        var dates = (query.From, query.To) switch
        {
            (null, null) => "all receipt dates",
            ({ } from, null) => $"received from {LocalDatePattern.Iso.Format(from)}",
            (null, { } to) => $"received up to {LocalDatePattern.Iso.Format(to)}",
            ({ } from, { } to) => $"received {LocalDatePattern.Iso.Format(from)} to {LocalDatePattern.Iso.Format(to)}",
        };
        var settings = data.Settings;
        var hours = settings.StandardTime.TotalHours.ToString("0.##", CultureInfo.InvariantCulture);
        var records = data.Records;
        return string.Create(
            CultureInfo.InvariantCulture,
            $"As of {InstantPattern.ExtendedIso.Format(query.AsOf)}; {dates}; {records.Orders.Count} order records, {records.Responses.Count} survey responses and {records.Cases.Count} customer cases read; standard time {hours} business hours on the {settings.Calendar.Zone.Id} calendar.");
    }
}
