using System.Globalization;
using System.Text.Json;
using AngleSharp.Dom;
using OrderConfirmation.Tests.Kpis;
using static OrderConfirmation.Cli.Tests.KpiReportFigures;

namespace OrderConfirmation.Cli.Tests;

/// <summary>
/// The KPI report on the inputs the issue names: the sample page is self-contained with well-formed SVG; no data, one
/// data point, 0 % and 100 %, many employees, CJK names, missing targets, and a span long enough for a monthly trend.
/// </summary>
public sealed class KpiHtmlReportEdgeTests : IDisposable
{
    private readonly KpiReportRun _run = new();

    public void Dispose() => _run.Dispose();

    /// <summary>An order received on Monday 23 November 2026 at 09:00 in Shanghai: on time when processed within 8 business hours.</summary>
    private static string Order(string id, string department, string employee, bool onTime = true, bool accurate = true, string receivedAt = "2026-11-23T01:00:00Z")
    {
        var received = DateTimeOffset.Parse(receivedAt, CultureInfo.InvariantCulture);
        var confirmed = received.AddHours(onTime ? 2 : 72).ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
        var defects = accurate ? "[]" : """[{"kind":"WrongPrice","attributableToConfirmation":true}]""";
        return $$"""{"type":"order","orderId":"{{id}}","receivedAt":"{{receivedAt}}","confirmedAt":"{{confirmed}}","department":{{JsonSerializer.Serialize(department)}},"employee":{{JsonSerializer.Serialize(employee)}},"assessed":true,"defects":{{defects}}}""";
    }

    private string Records(params string[] lines) => _run.Write($"records-{Guid.NewGuid():N}.jsonl", string.Join("\n", lines) + "\n");

    private string[] Args(string records, bool targets = true, params string[] more) =>
        [records, "--as-of", "2026-12-31T10:00:00Z", "--calendar", _run.CalendarWithTargets(targets), .. more];

    [Fact]
    public void SamplePage_IsSelfContainedWithWellFormedAccessibleSvg()
    {
        var html = _run.Report(KpiRecords.SamplePath, "--as-of", KpiReportRun.AsOf, "--calendar", _run.CalendarWithTargets());

        var svgs = HtmlReportChecks.WellFormedSvgs(html);

        // Four trend lines and four bar charts each by department and by employee.
        Assert.Equal(12, svgs.Count);
        HtmlReportChecks.SelfContained(KpiReportRun.Parse(html), html);
        Assert.StartsWith("<!DOCTYPE html>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void NoRecordsSelected_SaysSoAndDrawsNoChart()
    {
        var html = _run.Report(Args(KpiRecords.SamplePath, true, "--from", "2030-01-01"));
        var page = KpiReportRun.Parse(html);

        Assert.Contains("No records were selected", page.Body!.TextContent, StringComparison.Ordinal);
        Assert.Empty(page.QuerySelectorAll("svg"));
        Assert.All(page.QuerySelectorAll(".tile-value"), v => Assert.Equal("n/a", v.TextContent));
        Assert.All(page.QuerySelectorAll(".tile-status"), s => Assert.EndsWith("No data", s.TextContent, StringComparison.Ordinal));
        HtmlReportChecks.SelfContained(page, html);
    }

    [Fact]
    public void OneDataPoint_IsOnePointWithoutALine()
    {
        var html = _run.Report(Args(Records(Order("SO-1", "Sales", "sales.zhang"))));
        var page = KpiReportRun.Parse(html);

        var trend = page.QuerySelectorAll("section#trend svg").ToList();

        // One order: accuracy and timeliness have a figure; satisfaction and case replies have none, and say so.
        Assert.Equal(2, trend.Count);
        Assert.All(trend, svg => Assert.Single(svg.QuerySelectorAll("circle")));
        Assert.All(trend, svg => Assert.Empty(svg.QuerySelectorAll("polyline")));
        Assert.Equal(2, page.QuerySelectorAll("section#trend p.note").Count(p => p.TextContent.StartsWith("Nothing was counted", StringComparison.Ordinal)));
        HtmlReportChecks.WellFormedSvgs(html);
    }

    [Fact]
    public void ZeroAndHundredPercent_AreDrawnAndWrittenAtTheEnds()
    {
        var html = _run.Report(Args(Records(
            Order("SO-1", "Zero", "zero.one", onTime: false, accurate: false),
            Order("SO-2", "Full", "full.one"))));
        var page = KpiReportRun.Parse(html);

        var chart = page.QuerySelector("svg#departments-accuracy")!;
        var bars = chart.QuerySelectorAll("rect.bar").ToList();

        Assert.Equal(["0.0 % \u00B7 below target", "100.0 % \u00B7 meets target"], chart.QuerySelectorAll("text.chart-value").Select(t => t.TextContent));
        Assert.Equal("0", bars[0].GetAttribute("width"));
        Assert.Contains("bar-bad", bars[0].ClassList);
        Assert.Contains("bar-good", bars[1].ClassList);
        var full = double.Parse(bars[1].GetAttribute("width")!, CultureInfo.InvariantCulture);
        var gridEnd = chart.QuerySelectorAll("line.chart-grid").Max(l => double.Parse(l.GetAttribute("x1")!, CultureInfo.InvariantCulture));
        Assert.Equal(gridEnd, double.Parse(bars[1].GetAttribute("x")!, CultureInfo.InvariantCulture) + full);
        HtmlReportChecks.WellFormedSvgs(html);
    }

    [Fact]
    public void ManyEmployees_AreAllShownAndTheChartGrowsWithThem()
    {
        var lines = Enumerable.Range(1, 60).Select(i => Order($"SO-{i}", "OrderConfirmation", $"conf.{i:D2}", accurate: i % 3 != 0)).ToArray();
        var html = _run.Report(Args(Records(lines)));
        var page = KpiReportRun.Parse(html);

        var chart = page.QuerySelector("svg#employees-accuracy")!;
        var table = page.QuerySelector("section#employees table")!;

        Assert.Equal(60, chart.QuerySelectorAll("rect.bar").Length);
        Assert.Equal(60, KpiReportRun.Cells(table).Rows.Count);
        Assert.True(int.Parse(chart.GetAttribute("height")!, CultureInfo.InvariantCulture) >= 60 * 20);
        // The twenty inaccurate ones (every third) come first.
        Assert.All(KpiReportRun.Cells(table).Rows.Take(20), r => Assert.Equal("0.0 %", r[1]));
    }

    [Fact]
    public void CjkNames_AreWrittenAsTheyAreAndMatchTheJson()
    {
        var records = Records(Order("SO-1", "订单确认部", "李娜", accurate: false), Order("SO-2", "订单确认部", "王伟"));
        var html = _run.Report(Args(records));
        var page = KpiReportRun.Parse(html);

        Assert.Contains("李娜", html, StringComparison.Ordinal);
        Assert.Contains("订单确认部", html, StringComparison.Ordinal);
        var groups = KpiReportRun.Json(Args(records, true, "--by", "employee"));
        var rows = KpiReportRun.Cells(page.QuerySelector("section#employees table")!).Rows;
        Assert.Equal([("李娜", Percent(groups["李娜"], "accuracy", "rate")), ("王伟", Percent(groups["王伟"], "accuracy", "rate"))], rows.Select(r => (r[0], r[1])));
        Assert.Contains(page.QuerySelectorAll("svg#employees-accuracy text.chart-label"), t => t.TextContent == "李娜");
    }

    [Fact]
    public void LongNames_AreShortenedInTheChartWithTheWholeNameKept()
    {
        var name = "Order Confirmation, Eastern Region Key Accounts";
        var html = _run.Report(Args(Records(Order("SO-1", name, "a"))));
        var page = KpiReportRun.Parse(html);

        var label = page.QuerySelector("svg#departments-accuracy text.chart-label")!;

        Assert.EndsWith("\u2026", label.TextContent, StringComparison.Ordinal);
        Assert.Equal(name, label.QuerySelector("title")!.TextContent);
        Assert.Contains(KpiReportRun.Cells(page.QuerySelector("section#departments table")!).Rows, r => r[0] == name);
    }

    [Fact]
    public void MissingTargets_DrawNoTargetLineAndSaySo()
    {
        var html = _run.Report(Args(KpiRecords.SamplePath, targets: false));
        var page = KpiReportRun.Parse(html);

        Assert.Empty(page.QuerySelectorAll(".chart-target"));
        Assert.All(page.QuerySelectorAll(".tile-target"), t => Assert.Equal("No target set", t.TextContent));
        Assert.All(page.QuerySelectorAll(".tile"), t => Assert.Contains("tile-none", t.ClassList));
        Assert.All(KpiReportRun.Cells(page.QuerySelector("section#departments table")!).Rows, r => Assert.Contains(r[2], new[] { "no target", "no data" }));
    }

    [Fact]
    public void Targets_DrawOneTargetLinePerChart()
    {
        var html = _run.Report(KpiRecords.SamplePath, "--as-of", KpiReportRun.AsOf, "--calendar", _run.CalendarWithTargets());
        var page = KpiReportRun.Parse(html);

        Assert.All(page.QuerySelectorAll("svg"), svg => Assert.Single(svg.QuerySelectorAll("line.chart-target")));
        Assert.Equal("target 98.0 %", page.QuerySelector("svg#departments-accuracy .chart-target-label")!.TextContent);
    }

    [Fact]
    public void DataOverMoreThanThirteenWeeks_TrendsByMonthLikeTheJson()
    {
        var records = Records(
            Order("SO-1", "Sales", "a", receivedAt: "2026-06-01T01:00:00Z"),
            Order("SO-2", "Sales", "a", receivedAt: "2026-08-03T01:00:00Z", accurate: false),
            Order("SO-3", "Sales", "a", receivedAt: "2026-11-23T01:00:00Z"));
        var page = KpiReportRun.Parse(_run.Report(Args(records)));

        var months = KpiReportRun.Json(Args(records, true, "--by", "month"));

        Assert.Equal("Trend by month", page.QuerySelector("section#trend h2")!.TextContent);
        var (headers, rows) = KpiReportRun.Cells(page.QuerySelector("section#trend table")!);
        Assert.Equal("Month", headers[0]);
        Assert.Equal(months.Keys, rows.Select(r => r[0]));
        Assert.Equal(months.Values.Select(g => Percent(g, "accuracy", "rate")), rows.Select(r => r[1]));
    }

    [Fact]
    public void DataWithinThirteenWeeks_TrendsByWeek()
    {
        var records = Records(
            Order("SO-1", "Sales", "a", receivedAt: "2026-09-01T01:00:00Z"),
            Order("SO-2", "Sales", "a", receivedAt: "2026-11-23T01:00:00Z"));

        var page = KpiReportRun.Parse(_run.Report(Args(records)));

        Assert.Equal("Trend by week", page.QuerySelector("section#trend h2")!.TextContent);
        Assert.Equal(KpiReportRun.Json(Args(records, true, "--by", "week")).Keys, KpiReportRun.Cells(page.QuerySelector("section#trend table")!).Rows.Select(r => r[0]));
    }
}
