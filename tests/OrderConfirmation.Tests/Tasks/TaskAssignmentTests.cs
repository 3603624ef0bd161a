using NodaTime;
using OrderConfirmation.Calendars;
using OrderConfirmation.Findings;
using OrderConfirmation.Tasks;
using OrderConfirmation.Tests.Builders;

namespace OrderConfirmation.Tests.Tasks;

/// <summary>
/// Due times are business time on the working calendar. The oracles are worked out by hand from rules/calendar.json:
/// Monday to Friday 09:00–12:00 and 13:00–18:00 in Shanghai (8 hours, so a business day is 8 hours); the National Day
/// holidays 2026-10-01 to 10-07; Saturday 2026-10-10 a make-up working day.
/// </summary>
public sealed class TaskAssignmentTests
{
    private static readonly WorkingCalendar Official = CalendarFile.LoadDefault().Calendar;

    private static Instant Local(int month, int day, int hour, int minute = 0) =>
        new LocalDateTime(2026, month, day, hour, minute).InZoneStrictly(FactsBuilder.Shanghai).ToInstant();

    private static TaskAssignment Due(Period dueTime) => new(Department.Technical, dueTime, blocksConfirmation: true);

    [Fact]
    public void DueAt_TwoDaysFromTheWorkingDayBeforeNationalDay_LandsAfterTheHolidays()
    {
        // Wednesday 30 September 10:00: 2 h + 5 h that day; 1–7 October are holidays; Thursday 8 October 8 h (15 h);
        // the 16th hour is Friday 9 October 09:00–10:00.
        Assert.Equal(Local(10, 9, 10), Due(Period.FromDays(2)).DueAt(Local(9, 30, 10), Official));
    }

    [Fact]
    public void DueAt_ThreeDaysFromTheWorkingDayBeforeNationalDay_CountsTheMakeUpSaturday()
    {
        // 7 h on 30 September, 8 h on 8 October, 8 h on 9 October (23 h); the 24th hour is the make-up Saturday
        // 10 October 09:00–10:00.
        Assert.Equal(Local(10, 10, 10), Due(Period.FromDays(3)).DueAt(Local(9, 30, 10), Official));
    }

    [Fact]
    public void DueAt_OneDayFromFridayAfternoon_LandsOnMondayAcrossTheWeekend()
    {
        // Friday 27 November 14:00: 4 h that day; Monday 30 November 09:00–12:00 (7 h) and 13:00–14:00 (8 h).
        Assert.Equal(Local(11, 30, 14), Due(Period.FromDays(1)).DueAt(Local(11, 27, 14), Official));
    }

    [Fact]
    public void DueAt_FourHoursFromFridayAtFour_LandsOnMondayMorning() =>
        Assert.Equal(Local(11, 30, 11), Due(Period.FromHours(4)).DueAt(Local(11, 27, 16), Official));

    [Fact]
    public void DueAt_OpenedOnSunday_CountsFromMondayMorning() =>
        Assert.Equal(Local(11, 30, 13, 30), Due(Period.FromHours(3) + Period.FromMinutes(30)).DueAt(Local(11, 29, 15), Official));

    [Fact]
    public void BusinessTimeOn_ADay_IsTheCalendarsAverageWorkingDay()
    {
        IReadOnlyList<WorkingHours> morning = [WorkingHours.Parse("09:00-12:00")];
        IReadOnlyList<WorkingHours> full = [WorkingHours.Parse("09:00-12:00"), WorkingHours.Parse("13:00-18:00")];
        var week = new Dictionary<IsoDayOfWeek, IReadOnlyList<WorkingHours>> { [IsoDayOfWeek.Monday] = full, [IsoDayOfWeek.Saturday] = morning };

        // (8 h + 3 h) / 2 working weekdays = 5.5 h a business day.
        Assert.Equal(Duration.FromMinutes(11 * 60), Due(Period.FromDays(2)).BusinessTimeOn(new WorkingCalendar(FactsBuilder.Shanghai, week)));
    }

    [Fact]
    public void Constructor_OrderConfirmation_IsRefused() =>
        Assert.Equal("department", Assert.Throws<ArgumentOutOfRangeException>(() => new TaskAssignment(Department.OrderConfirmation, Period.FromDays(1), true)).ParamName);

    [Theory]
    [InlineData("P1W")]
    [InlineData("P1M")]
    [InlineData("PT0S")]
    [InlineData("PT-1H")]
    public void Constructor_NotBusinessTime_IsRefused(string dueTime) =>
        Assert.Equal("dueTime", Assert.Throws<ArgumentException>(() => new TaskAssignment(Department.Sales, NodaTime.Text.PeriodPattern.NormalizingIso.Parse(dueTime).Value, true)).ParamName);

    [Fact]
    public void Constructor_NullDueTime_NamesTheParameter() =>
        Assert.Equal("dueTime", Assert.Throws<ArgumentNullException>(() => new TaskAssignment(Department.Sales, null!, true)).ParamName);

    [Fact]
    public void TaskTable_None_IsRefused() =>
        Assert.Throws<ArgumentException>(() => new TaskTable(new Dictionary<ReviewAction, TaskAssignment> { [ReviewAction.None] = Due(Period.FromDays(1)) }));
}
