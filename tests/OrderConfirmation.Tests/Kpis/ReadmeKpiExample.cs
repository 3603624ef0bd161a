// The code between the markers is quoted verbatim in README.md ("KPIs"); ReadmeKpiExampleTests fails when
// they drift apart, so the README's example always compiles and runs.
#pragma warning disable CA1050 // The README example is a top-level class, as a host would write it.
using NodaTime;
using OrderConfirmation.Calendars;
using OrderConfirmation.Kpis;
using OrderConfirmation.Formats;

public static class ReadmeKpiExample
{
    public static (KpiTally Total, KpiTally Merged, IReadOnlyList<KpiGroup> ByEmployee, IReadOnlyList<KpiExplanation> Why) Run(string calendarPath, string recordsPath)
    {
        // readme-kpi-begin
        var calculator = new KpiCalculator(CalendarFile.Load(calendarPath));      // or CalendarFile.LoadDefault()
        var records = KpiRecordReader.ReadFiles([recordsPath]);                   // samples/kpi/records.jsonl
        var asOf = Instant.FromUtc(2026, 11, 27, 10, 0);
        var total = calculator.Total(records.Orders, records.Responses, asOf);
        // total.AccuracyRate == 0.6m (3 of 5 assessed), total.TimelinessRate == 5m / 7m, total.Csat == 0.75m

        // Partial tallies (shards, processes, days) merge into exactly the tally of all the records.
        var shardA = calculator.Total(records.Orders.Take(4), records.Responses.Take(2), asOf);
        var shardB = calculator.Total(records.Orders.Skip(4), records.Responses.Skip(2), asOf);
        var merged = shardA.Merge(shardB);                                         // == total

        var byEmployee = calculator.Compute(records.Orders, records.Responses, new KpiQuery(asOf, By: KpiGrouping.Employee));
        var why = calculator.Explain(records.Orders, records.Responses, new KpiQuery(asOf));   // the ids behind each count
        // readme-kpi-end

        return (total, merged, byEmployee, why);
    }
}
