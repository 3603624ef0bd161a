using NodaTime;
using OrderConfirmation.Calendars;

namespace OrderConfirmation.Tests.Calendars;

/// <summary>A generated working calendar together with a readable description of it, for property failures.</summary>
public sealed class CalendarSpec
{
    public CalendarSpec(
        string zoneId,
        IReadOnlyDictionary<IsoDayOfWeek, IReadOnlyList<WorkingHours>> week,
        IReadOnlyList<LocalDate> holidays,
        IReadOnlyDictionary<LocalDate, IReadOnlyList<WorkingHours>> makeUpWorkdays)
    {
        ZoneId = zoneId;
        Calendar = new WorkingCalendar(DateTimeZoneProviders.Tzdb[zoneId], week, holidays, makeUpWorkdays);
    }

    public string ZoneId { get; }

    public WorkingCalendar Calendar { get; }

    public override string ToString()
    {
        var week = string.Join("; ", Calendar.Week.OrderBy(d => d.Key).Select(d => $"{d.Key} {string.Join(",", d.Value)}"));
        var holidays = string.Join(",", Calendar.Holidays.Order());
        var makeUps = string.Join("; ", Calendar.MakeUpWorkdays.OrderBy(d => d.Key).Select(d => $"{d.Key} {string.Join(",", d.Value)}"));
        return $"{ZoneId} | week: {week} | holidays: {holidays} | make-up days: {makeUps}";
    }
}
