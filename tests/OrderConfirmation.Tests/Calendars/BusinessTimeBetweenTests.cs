using NodaTime;
using OrderConfirmation.Calendars;
using static OrderConfirmation.Tests.Calendars.TestCalendars;

namespace OrderConfirmation.Tests.Calendars;

public sealed class BusinessTimeBetweenTests
{
    [Fact]
    public void BusinessTimeBetween_FridayEveningToMondayMorning_CountsOnlyWorkingHours() =>
        Assert.Equal(
            Duration.FromMinutes(90),
            NineToSix(Shanghai).BusinessTimeBetween(At(Shanghai, 2026, 11, 27, 17, 30), At(Shanghai, 2026, 11, 30, 10)));

    [Fact]
    public void BusinessTimeBetween_AcrossTheLunchBreak_ExcludesIt() =>
        Assert.Equal(
            Duration.FromHours(2),
            WorkingCalendar.Standard(Shanghai).BusinessTimeBetween(At(Shanghai, 2026, 11, 25, 11), At(Shanghai, 2026, 11, 25, 14)));

    [Fact]
    public void BusinessTimeBetween_NationalHoliday_CountsNothing() =>
        Assert.Equal(
            Duration.Zero,
            China2026().BusinessTimeBetween(At(Shanghai, 2026, 10, 1, 0), At(Shanghai, 2026, 10, 3, 0)));

    [Fact]
    public void BusinessTimeBetween_MakeUpSaturday_CountsItsHours() =>
        Assert.Equal(
            Duration.FromHours(8),
            China2026().BusinessTimeBetween(At(Shanghai, 2026, 10, 10, 0), At(Shanghai, 2026, 10, 11, 0)));

    [Fact]
    public void BusinessTimeBetween_AcrossNationalDay_SkipsHolidaysAndCountsTheMakeUpSaturday() =>
        // Wed 30 Sep 17:00–18:00, Thu 8, Fri 9, Sat 10 October (make-up day) in full, Mon 12 October 09:00–10:00.
        Assert.Equal(
            Duration.FromHours(1 + 8 + 8 + 8 + 1),
            China2026().BusinessTimeBetween(At(Shanghai, 2026, 9, 30, 17), At(Shanghai, 2026, 10, 12, 10)));

    [Fact]
    public void BusinessTimeBetween_NightShiftWhenBerlinSpringsForward_IsAnHourShorterThanTheWallClock() =>
        // Sunday 29 March 2026: clocks jump from 02:00 to 03:00 during the 00:00–06:00 shift.
        Assert.Equal(
            Duration.FromHours(5),
            Sundays(Berlin, "00:00-06:00").BusinessTimeBetween(At(Berlin, 2026, 3, 28, 12), At(Berlin, 2026, 3, 30, 12)));

    [Fact]
    public void BusinessTimeBetween_NightShiftWhenNewYorkSpringsForward_IsAnHourShorterThanTheWallClock() =>
        Assert.Equal(
            Duration.FromHours(5),
            Sundays(NewYork, "00:00-06:00").BusinessTimeBetween(At(NewYork, 2026, 3, 7, 12), At(NewYork, 2026, 3, 9, 12)));

    [Fact]
    public void BusinessTimeBetween_NightShiftWhenBerlinFallsBack_IsAnHourLongerThanTheWallClock() =>
        // Sunday 25 October 2026: clocks go back from 03:00 to 02:00 during the shift.
        Assert.Equal(
            Duration.FromHours(7),
            Sundays(Berlin, "00:00-06:00").BusinessTimeBetween(At(Berlin, 2026, 10, 24, 12), At(Berlin, 2026, 10, 26, 12)));

    [Fact]
    public void BusinessTimeBetween_HoursInsideTheSkippedHour_CountNothing() =>
        Assert.Equal(
            Duration.Zero,
            Sundays(Berlin, "02:00-03:00").BusinessTimeBetween(At(Berlin, 2026, 3, 28, 12), At(Berlin, 2026, 3, 30, 12)));

    [Fact]
    public void BusinessTimeBetween_HoursStartingInTheSkippedHour_CountFromTheEndOfTheGap() =>
        Assert.Equal(
            Duration.FromMinutes(30),
            Sundays(Berlin, "02:30-03:30").BusinessTimeBetween(At(Berlin, 2026, 3, 28, 12), At(Berlin, 2026, 3, 30, 12)));

    [Fact]
    public void BusinessTimeBetween_HoursCoveringTheRepeatedHour_CountBothPasses() =>
        // 02:00-03:00 on 25 October 2026 runs from the first 02:00 (CEST) to 03:00 (CET): two hours pass.
        Assert.Equal(
            Duration.FromHours(2),
            Sundays(Berlin, "02:00-03:00").BusinessTimeBetween(At(Berlin, 2026, 10, 24, 12), At(Berlin, 2026, 10, 26, 12)));

    [Fact]
    public void BusinessTimeBetween_HoursWithinTheRepeatedHour_CountTheFirstPassOnly() =>
        Assert.Equal(
            Duration.FromMinutes(30),
            Sundays(Berlin, "02:15-02:45").BusinessTimeBetween(At(Berlin, 2026, 10, 24, 12), At(Berlin, 2026, 10, 26, 12)));

    [Fact]
    public void BusinessTimeBetween_DaySkippedBySamoa_CountsNothingForIt() =>
        // Samoa moved across the date line: 30 December 2011 never happened in Pacific/Apia.
        Assert.Equal(
            Duration.FromHours(16),
            EveryDay(DateTimeZoneProviders.Tzdb["Pacific/Apia"], "09:00-17:00").BusinessTimeBetween(
                At(DateTimeZoneProviders.Tzdb["Pacific/Apia"], 2011, 12, 29, 0), At(DateTimeZoneProviders.Tzdb["Pacific/Apia"], 2012, 1, 1, 0)));

    [Fact]
    public void BusinessTimeBetween_EndBeforeStart_IsZero() =>
        Assert.Equal(
            Duration.Zero,
            NineToSix(Shanghai).BusinessTimeBetween(At(Shanghai, 2026, 11, 27, 12), At(Shanghai, 2026, 11, 27, 10)));

    [Fact]
    public void BusinessTimeBetween_AcrossTheUnixEpoch_CountsBothSides() =>
        // Monday 29 December 1969 to Friday 2 January 1970: four full working days.
        Assert.Equal(
            Duration.FromHours(4 * 8),
            WorkingCalendar.Standard(Shanghai).BusinessTimeBetween(At(Shanghai, 1969, 12, 29, 0), At(Shanghai, 1970, 1, 2, 0)));

    [Fact]
    public void BusinessTimeBetween_FifteenYears_IsEightHoursPerWeekday()
    {
        var from = new LocalDate(2020, 1, 1);
        var to = new LocalDate(2035, 1, 1);
        var weekdays = Enumerable.Range(0, Period.Between(from, to, PeriodUnits.Days).Days)
            .Count(offset => from.PlusDays(offset).DayOfWeek < IsoDayOfWeek.Saturday);

        Assert.Equal(
            Duration.FromHours(8 * weekdays),
            WorkingCalendar.Standard(Shanghai).BusinessTimeBetween(At(Shanghai, 2020, 1, 1, 0), At(Shanghai, 2035, 1, 1, 0)));
    }

    [Fact]
    public void BusinessTimeBetween_AfterWarmUp_DoesNotAllocate()
    {
        var calendar = China2026();
        var start = At(Shanghai, 2026, 9, 25, 17, 30);
        var end = At(Shanghai, 2026, 10, 12, 10);
        var warmUp = ThousandSpans(calendar, start, end);

        var before = GC.GetAllocatedBytesForCurrentThread();
        var measured = ThousandSpans(calendar, start, end);

        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
        Assert.Equal(warmUp, measured);
    }

    private static Duration ThousandSpans(WorkingCalendar calendar, Instant start, Instant end)
    {
        var total = Duration.Zero;
        for (var i = 0; i < 1000; i++)
        {
            total += calendar.BusinessTimeBetween(start + Duration.FromMinutes(i), end + Duration.FromMinutes(i));
        }

        return total;
    }
}
