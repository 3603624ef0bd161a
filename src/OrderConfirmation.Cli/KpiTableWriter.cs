using System.Globalization;
using NodaTime.Text;
using OrderConfirmation.Calendars;
using OrderConfirmation.Kpis;

namespace OrderConfirmation.Cli;

/// <summary>
/// Writes KPI groups as tables for people: rates as percentages with their counts, "n/a" for a rate over nothing; the
/// customer-case figures follow in a second table when any selected group received a case.
/// </summary>
internal static class KpiTableWriter
{
    public static void Write(TextWriter output, CalendarSettings settings, KpiQuery query, IReadOnlyList<KpiGroup> groups)
    {
        var pause = settings.PauseWhileAwaitingCustomer ? "customer waits pause the clock" : "customer waits count";
        output.WriteLine($"as of {InstantPattern.ExtendedIso.Format(query.AsOf)}; standard time {Hours(settings.StandardTime)} business hours on the {settings.Calendar.Zone.Id} calendar ({pause})");
        if (groups.Count == 0)
        {
            output.WriteLine("no records selected");
            return;
        }

        var width = Math.Max(5, groups.Max(g => g.Name.Length));
        output.WriteLine($"{"group".PadRight(width)}  {"accuracy",8}  {"accurate/assessed",17}  {"not assessed",12}  {"timely",8}  {"on time/due",11}  {"not yet due",11}  {"CSAT",8}  {"overall",7}  {"responses",9}");
        foreach (var group in groups)
        {
            var t = group.Tally;
            output.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"{group.Name.PadRight(width)}  {Percent(t.AccuracyRate),8}  {$"{t.Accurate}/{t.Assessed}",17}  {t.NotAssessed,12}  {Percent(t.TimelinessRate),8}  {$"{t.OnTime}/{t.Due}",11}  {t.NotYetDue,11}  {Percent(t.Csat),8}  {Mean(t.Overall),7}  {t.Responses,9}"));
        }

        if (groups.Any(g => g.Tally.Cases.Received > 0))
        {
            WriteCases(output, settings, groups, width);
        }
    }

    private static void WriteCases(TextWriter output, CalendarSettings settings, IReadOnlyList<KpiGroup> groups, int width)
    {
        var replyTimes = string.Join(", ", settings.CaseReplyTimes.OrderBy(t => t.Value).Select(t => $"{t.Key} {Hours(t.Value)}"));
        output.WriteLine();
        output.WriteLine($"customer cases (reply time in business hours: {replyTimes})");
        output.WriteLine($"{"group".PadRight(width)}  {"received",8}  {"timely",8}  {"on time/due",11}  {"not yet due",11}  {"complaints",10}  {"substantiated",13}  {"per 100 orders",14}");
        foreach (var group in groups)
        {
            var c = group.Tally.Cases;
            output.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"{group.Name.PadRight(width)}  {c.Received,8}  {Percent(c.Rate),8}  {$"{c.AnsweredOnTime}/{c.Due}",11}  {c.NotYetDue,11}  {c.Complaints,10}  {c.SubstantiatedComplaints,13}  {Mean(group.Tally.ComplaintsPer100Orders),14}"));
        }
    }

    private static string Hours(NodaTime.Duration time) => time.TotalHours.ToString("0.##", CultureInfo.InvariantCulture);

    private static string Percent(decimal? rate) =>
        rate is { } value ? (value * 100m).ToString("0.0", CultureInfo.InvariantCulture) + " %" : "n/a";

    private static string Mean(decimal? mean) =>
        mean is { } value ? value.ToString("0.00", CultureInfo.InvariantCulture) : "n/a";
}
