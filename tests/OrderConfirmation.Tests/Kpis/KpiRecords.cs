using NodaTime;
using OrderConfirmation.Calendars;
using OrderConfirmation.Kpis;

namespace OrderConfirmation.Tests.Kpis;

/// <summary>Calendars and records for KPI tests.</summary>
public static class KpiRecords
{
    public static readonly DateTimeZone Shanghai = DateTimeZoneProviders.Tzdb["Asia/Shanghai"];

    private static readonly IReadOnlyList<WorkingHours> NineToSix = [new WorkingHours(new LocalTime(9, 0), new LocalTime(18, 0))];

    /// <summary>Monday–Friday 09:00–18:00 without a break, in the given zone, standard time 8 business hours.</summary>
    public static CalendarSettings NineToSixWeekdays(DateTimeZone? zone = null, IEnumerable<LocalDate>? holidays = null, IReadOnlyDictionary<LocalDate, IReadOnlyList<WorkingHours>>? makeUpDays = null, bool pause = true) =>
        new(
            new WorkingCalendar(
                zone ?? Shanghai,
                new Dictionary<IsoDayOfWeek, IReadOnlyList<WorkingHours>>
                {
                    [IsoDayOfWeek.Monday] = NineToSix,
                    [IsoDayOfWeek.Tuesday] = NineToSix,
                    [IsoDayOfWeek.Wednesday] = NineToSix,
                    [IsoDayOfWeek.Thursday] = NineToSix,
                    [IsoDayOfWeek.Friday] = NineToSix,
                },
                holidays,
                makeUpDays),
            Duration.FromHours(8),
            pause);

    public static Instant Local(int year, int month, int day, int hour, int minute = 0, DateTimeZone? zone = null) =>
        new LocalDateTime(year, month, day, hour, minute).InZoneLeniently(zone ?? Shanghai).ToInstant();

    public static OrderProcessingRecord Order(string id, Instant received, Instant? confirmed, bool assessed = false, bool attributableDefect = false, IReadOnlyList<Interval>? waits = null, string? department = "OrderConfirmation", string? employee = "conf.wang") =>
        new(id, received, confirmed, department, employee, waits, assessed, attributableDefect ? [new ConfirmationDefect("InfeasibleDate", true)] : []);

    public static SurveyResponse Survey(string id, int communication, int efficiency, int attitude, Instant? at = null, string? employee = "conf.wang") =>
        new(id, "OrderConfirmation", employee, at ?? Local(2026, 11, 22, 16), communication, efficiency, attitude);

    /// <summary>Every fact of a record as text, collections by content (a record's own equality compares them by reference).</summary>
    public static string Facts(OrderProcessingRecord record) =>
        $"{record.OrderId} {record.ReceivedAt} {record.Outcome} {record.ConfirmedAt} {record.ClosedAt} {record.Department}/{record.Employee} "
        + $"waits [{string.Join(", ", record.CustomerWaits)}] assessed {record.Assessed} "
        + $"defects [{string.Join(", ", record.Defects.Select(d => $"{d.Kind}:{d.AttributableToConfirmation}"))}]";

    public static string SamplePath => Path.Combine(AppContext.BaseDirectory, "samples", "kpi", "records.jsonl");

    public static readonly Instant SampleAsOf = Instant.FromUtc(2026, 11, 27, 10, 0);
}
