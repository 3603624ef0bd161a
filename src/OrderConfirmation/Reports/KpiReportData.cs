using NodaTime;
using NodaTime.Text;
using OrderConfirmation.Calendars;
using OrderConfirmation.Formats;
using OrderConfirmation.Kpis;

namespace OrderConfirmation.Reports;

/// <summary>
/// Every figure of a KPI report, computed by <see cref="KpiCalculator"/> exactly as <c>orderconfirm kpi --json --by …</c>
/// computes them: the total, a trend by week or month, the breakdowns by department and by employee, and for each of
/// those the records behind the late and inaccurate counts (<see cref="KpiCalculator.Explain"/>).
/// </summary>
/// <param name="Query">As of when and over which dates (its breakdown is not used: the report has them all).</param>
/// <param name="Settings">The calendar the figures are measured on, with the targets.</param>
/// <param name="Records">The records, as read.</param>
/// <param name="Total">The figures over all the selected records.</param>
/// <param name="TrendBy">The trend's period: <see cref="KpiGrouping.Week"/> or <see cref="KpiGrouping.Month"/>.</param>
/// <param name="Trend">The figures per period, in time order.</param>
/// <param name="Departments">The figures per department.</param>
/// <param name="Employees">The figures per employee.</param>
internal sealed record KpiReportData(
    KpiQuery Query,
    CalendarSettings Settings,
    KpiRecordSet Records,
    KpiGroup Total,
    KpiGrouping TrendBy,
    IReadOnlyList<KpiGroup> Trend,
    KpiBreakdown Departments,
    KpiBreakdown Employees)
{
    /// <summary>The longest span of data, first to last day, that the trend shows by week: 13 weeks (a quarter).</summary>
    public const int WeeklyTrendMaxDays = 13 * 7;

    /// <summary>Whether any record was selected (by its date).</summary>
    public bool HasRecords => Trend.Count > 0;

    /// <summary>The analysts' targets.</summary>
    public KpiTargets Targets => Settings.KpiTargets;

    /// <summary>
    /// Computes the report's figures: the records are held in memory and gone over once per breakdown (day, the trend's
    /// period, none, department, employee) and once per explained breakdown (department, employee).
    /// </summary>
    public static KpiReportData Compute(KpiCalculator calculator, KpiQuery query, KpiRecordSet records)
    {
        IReadOnlyList<KpiGroup> Groups(KpiGrouping by) => calculator.Compute(records.Orders, records.Responses, query with { By = by }, records.Cases);
        KpiBreakdown Breakdown(KpiGrouping by) =>
            new(Groups(by), calculator.Explain(records.Orders, records.Responses, query with { By = by }, records.Cases));

        var trendBy = TrendGrouping(Groups(KpiGrouping.Day));
        return new KpiReportData(
            query,
            calculator.Settings,
            records,
            Groups(KpiGrouping.None)[0],
            trendBy,
            Groups(trendBy),
            Breakdown(KpiGrouping.Department),
            Breakdown(KpiGrouping.Employee));
    }

    /// <summary>
    /// The trend's period for data on <paramref name="days"/> (groups by day, in time order): weekly when the first and
    /// last day are at most <see cref="WeeklyTrendMaxDays"/> apart, monthly beyond.
    /// </summary>
    internal static KpiGrouping TrendGrouping(IReadOnlyList<KpiGroup> days)
    {
        if (days.Count < 2)
        {
            return KpiGrouping.Week;
        }

        var first = LocalDatePattern.Iso.Parse(days[0].Name).GetValueOrThrow();
        var last = LocalDatePattern.Iso.Parse(days[^1].Name).GetValueOrThrow();
        return Period.DaysBetween(first, last) <= WeeklyTrendMaxDays ? KpiGrouping.Week : KpiGrouping.Month;
    }
}
