using System.Text.Json.Nodes;
using NodaTime;
using OrderConfirmation.Calendars;
using static OrderConfirmation.Tests.Calendars.TestCalendars;

namespace OrderConfirmation.Tests.Calendars;

/// <summary>
/// The shipped <c>rules/calendar.json</c> is the official calendar of mainland China for 2025 and 2026. The oracles
/// are the State Council General Office's notices, never the file: 国务院办公厅关于2025年部分节假日安排的通知
/// (12 November 2024) and 国务院办公厅关于2026年部分节假日安排的通知 (4 November 2025), and the check
/// that each of those years has 248 working days, 1,984 business hours at 8 hours a day. The calendar embedded in the
/// package is the same file (<see cref="CalendarFileTests.LoadDefault_IsTheShippedFile"/>).
/// </summary>
public sealed class OfficialCalendarTests
{
    private static readonly WorkingCalendar Shipped = CalendarFile.Load(CalendarJson.ShippedPath).Calendar;

    /// <summary>
    /// The working days of each year the file covers, counted by hand from its notice (the weekdays of the year, less the
    /// weekdays in a holiday period, plus the make-up days); the issue gives 248 (1,984 business hours) for 2025 and 2026.
    /// </summary>
    public static TheoryData<int, int> WorkingDaysPerYear => new()
    {
        { 2025, 248 },
        { 2026, 248 },
    };

    /// <summary>Make-up working days (调休上班) named in the notices, each a Saturday or Sunday.</summary>
    public static TheoryData<int, int, int> MakeUpDays => new()
    {
        { 2025, 1, 26 }, { 2025, 2, 8 }, { 2025, 4, 27 }, { 2025, 9, 28 }, { 2025, 10, 11 },
        { 2026, 1, 4 }, { 2026, 2, 14 }, { 2026, 2, 28 }, { 2026, 5, 9 }, { 2026, 9, 20 }, { 2026, 10, 10 },
    };

    /// <summary>Weekdays inside the notices' holiday periods: the first and last weekday of each period.</summary>
    public static TheoryData<int, int, int> WeekdayHolidays => new()
    {
        { 2025, 1, 1 },                       // New Year's Day, Wednesday, one day
        { 2025, 1, 28 }, { 2025, 2, 4 },      // Spring Festival, 28 January (eve) to 4 February
        { 2025, 4, 4 },                       // Qingming, Friday 4 April
        { 2025, 5, 1 }, { 2025, 5, 5 },       // Labour Day, 1 to 5 May
        { 2025, 6, 2 },                       // Dragon Boat, Monday 2 June
        { 2025, 10, 1 }, { 2025, 10, 8 },     // National Day and Mid-Autumn, 1 to 8 October
        { 2026, 1, 1 }, { 2026, 1, 2 },       // New Year's Day, 1 to 3 January
        { 2026, 2, 16 }, { 2026, 2, 23 },     // Spring Festival, 15 to 23 February
        { 2026, 4, 6 },                       // Qingming, Monday 6 April
        { 2026, 5, 1 }, { 2026, 5, 5 },       // Labour Day, 1 to 5 May
        { 2026, 6, 19 },                      // Dragon Boat, Friday 19 June
        { 2026, 9, 25 },                      // Mid-Autumn, Friday 25 September
        { 2026, 10, 1 }, { 2026, 10, 7 },     // National Day, 1 to 7 October
    };

    /// <summary>Weekdays right after a holiday period, back at work with the normal hours.</summary>
    public static TheoryData<int, int, int> FirstDaysBack => new()
    {
        { 2025, 1, 2 }, { 2025, 2, 5 }, { 2025, 5, 6 }, { 2025, 6, 3 }, { 2025, 10, 9 },
        { 2026, 1, 5 }, { 2026, 2, 24 }, { 2026, 4, 7 }, { 2026, 5, 6 }, { 2026, 9, 28 }, { 2026, 10, 8 },
    };

    [Theory]
    [MemberData(nameof(WorkingDaysPerYear))]
    public void ShippedCalendar_Year_HasTheWorkingDaysOfItsNotice(int year, int workingDays)
    {
        var first = new LocalDate(year, 1, 1);
        var days = Enumerable.Range(0, Period.DaysBetween(first, first.PlusYears(1))).Select(first.PlusDays);

        Assert.Equal(workingDays, days.Count(Shipped.IsWorkingDay));
    }

    [Theory]
    [MemberData(nameof(WorkingDaysPerYear))]
    public void ShippedCalendar_Year_HasEightBusinessHoursPerWorkingDay(int year, int workingDays)
    {
        var (start, end) = (At(Shanghai, year, 1, 1, 0), At(Shanghai, year + 1, 1, 1, 0));

        Assert.Equal(Duration.FromHours(8 * workingDays), Shipped.BusinessTimeBetween(start, end));
    }

    [Fact]
    public void ShippedCalendar_EveryYearItLists_HasItsWorkingDaysChecked()
    {
        var listed = Shipped.Holidays.Concat(Shipped.MakeUpWorkdays.Keys).Select(date => date.Year).Distinct().Order();

        Assert.Equal(WorkingDaysPerYear.Select(row => (int)row[0]).Order(), listed);
    }

    [Theory]
    [MemberData(nameof(MakeUpDays))]
    public void ShippedCalendar_MakeUpDay_IsWorkedWithTheNormalHours(int year, int month, int day)
    {
        var date = new LocalDate(year, month, day);
        Assert.True(date.DayOfWeek is IsoDayOfWeek.Saturday or IsoDayOfWeek.Sunday, $"{date} is not a weekend day; the notice says it is.");

        Assert.Equal(Hours("09:00-12:00", "13:00-18:00"), Shipped.HoursOn(date));
    }

    [Theory]
    [MemberData(nameof(WeekdayHolidays))]
    public void ShippedCalendar_WeekdayInAHolidayPeriod_IsNotWorked(int year, int month, int day)
    {
        var date = new LocalDate(year, month, day);
        Assert.True(date.DayOfWeek < IsoDayOfWeek.Saturday, $"{date} is not a weekday.");

        Assert.False(Shipped.IsWorkingDay(date));
    }

    [Theory]
    [MemberData(nameof(FirstDaysBack))]
    public void ShippedCalendar_WeekdayAfterAHolidayPeriod_IsWorkedWithTheNormalHours(int year, int month, int day) =>
        Assert.Equal(Hours("09:00-12:00", "13:00-18:00"), Shipped.HoursOn(new LocalDate(year, month, day)));

    [Fact]
    public void ShippedCalendar_SpringFestival2026_CountsOnlyTheMakeUpSaturdaysAroundIt() =>
        // Friday 13 February to Sunday 1 March 2026: Fri 13, Sat 14 (make-up), Tue 24 to Fri 27, Sat 28 (make-up).
        Assert.Equal(
            Duration.FromHours(7 * 8),
            Shipped.BusinessTimeBetween(At(Shanghai, 2026, 2, 13, 0), At(Shanghai, 2026, 3, 2, 0)));

    [Fact]
    public void ShippedCalendar_Description_CitesBothNotices()
    {
        var description = JsonNode.Parse(File.ReadAllText(CalendarJson.ShippedPath))!["description"]!.GetValue<string>();

        Assert.Contains("国务院办公厅关于2025年部分节假日安排的通知", description, StringComparison.Ordinal);
        Assert.Contains("国务院办公厅关于2026年部分节假日安排的通知", description, StringComparison.Ordinal);
    }
}
