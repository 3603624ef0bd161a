using NodaTime;
using OrderConfirmation.Calendars;

namespace OrderConfirmation.Tests.Calendars;

/// <summary>Named zones and calendars for the hand-worked examples.</summary>
public static class TestCalendars
{
    public static readonly DateTimeZone Shanghai = DateTimeZoneProviders.Tzdb["Asia/Shanghai"];
    public static readonly DateTimeZone Berlin = DateTimeZoneProviders.Tzdb["Europe/Berlin"];
    public static readonly DateTimeZone NewYork = DateTimeZoneProviders.Tzdb["America/New_York"];

    /// <summary>China's National Day holidays of 2026: 1–7 October.</summary>
    public static readonly LocalDate[] NationalDay2026 = [.. Enumerable.Range(1, 7).Select(day => new LocalDate(2026, 10, day))];

    /// <summary>The Saturday worked in exchange for the 2026 National Day holidays.</summary>
    public static readonly LocalDate MakeUpSaturday = new(2026, 10, 10);

    /// <summary>Monday to Friday, 09:00–18:00 without a break.</summary>
    public static WorkingCalendar NineToSix(DateTimeZone zone) => Weekdays(zone, "09:00-18:00");

    /// <summary>The standard split-hours calendar in Shanghai with the 2026 National Day holidays and the make-up Saturday.</summary>
    public static WorkingCalendar China2026() =>
        new(Shanghai, WorkingCalendar.Standard(Shanghai).Week, NationalDay2026,
            new Dictionary<LocalDate, IReadOnlyList<WorkingHours>> { [MakeUpSaturday] = Hours("09:00-12:00", "13:00-18:00") });

    /// <summary>Monday to Friday with the given intervals.</summary>
    public static WorkingCalendar Weekdays(DateTimeZone zone, params string[] hours)
    {
        var day = Hours(hours);
        return new WorkingCalendar(zone, new Dictionary<IsoDayOfWeek, IReadOnlyList<WorkingHours>>
        {
            [IsoDayOfWeek.Monday] = day,
            [IsoDayOfWeek.Tuesday] = day,
            [IsoDayOfWeek.Wednesday] = day,
            [IsoDayOfWeek.Thursday] = day,
            [IsoDayOfWeek.Friday] = day,
        });
    }

    /// <summary>Only Sundays are worked, with the given intervals (night shifts across clock changes).</summary>
    public static WorkingCalendar Sundays(DateTimeZone zone, params string[] hours) =>
        new(zone, new Dictionary<IsoDayOfWeek, IReadOnlyList<WorkingHours>> { [IsoDayOfWeek.Sunday] = Hours(hours) });

    /// <summary>Every day of the week with the given intervals.</summary>
    public static WorkingCalendar EveryDay(DateTimeZone zone, params string[] hours)
    {
        var day = Hours(hours);
        return new WorkingCalendar(zone, Enum.GetValues<IsoDayOfWeek>().Where(d => d != IsoDayOfWeek.None).ToDictionary(d => d, _ => day));
    }

    /// <summary>Working intervals parsed from <c>HH:mm-HH:mm</c> text.</summary>
    public static IReadOnlyList<WorkingHours> Hours(params string[] hours) => [.. hours.Select(WorkingHours.Parse)];

    /// <summary>The instant at which the clock in <paramref name="zone"/> shows the given local time (must be unambiguous).</summary>
    public static Instant At(DateTimeZone zone, int year, int month, int day, int hour, int minute = 0) =>
        new LocalDateTime(year, month, day, hour, minute).InZoneStrictly(zone).ToInstant();
}
