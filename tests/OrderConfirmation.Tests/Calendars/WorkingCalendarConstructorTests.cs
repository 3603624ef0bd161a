using NodaTime;
using OrderConfirmation.Calendars;
using static OrderConfirmation.Tests.Calendars.TestCalendars;

namespace OrderConfirmation.Tests.Calendars;

public sealed class WorkingCalendarConstructorTests
{
    private static Dictionary<IsoDayOfWeek, IReadOnlyList<WorkingHours>> Monday(IReadOnlyList<WorkingHours> hours) =>
        new() { [IsoDayOfWeek.Monday] = hours };

    [Fact]
    public void Constructor_NullZone_ThrowsNamingTheParameter() =>
        Assert.Equal("zone", Assert.Throws<ArgumentNullException>(() => new WorkingCalendar(null!, Monday(Hours("09:00-18:00")))).ParamName);

    [Fact]
    public void Constructor_OverlappingHours_ThrowsNamingTheDay()
    {
        var error = Assert.Throws<ArgumentException>(() => new WorkingCalendar(Shanghai, Monday(Hours("09:00-12:00", "11:00-13:00"))));

        Assert.Equal("week", error.ParamName);
        Assert.Contains("Monday", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Constructor_UnsortedHours_Throws() =>
        Assert.Throws<ArgumentException>(() => new WorkingCalendar(Shanghai, Monday(Hours("13:00-18:00", "09:00-12:00"))));

    [Fact]
    public void Constructor_TouchingHours_AreAccepted() =>
        Assert.Equal(2, new WorkingCalendar(Shanghai, Monday(Hours("09:00-12:00", "12:00-18:00"))).Week[IsoDayOfWeek.Monday].Count);

    [Fact]
    public void Constructor_DefaultWorkingHours_ThrowsAsAnEmptyInterval() =>
        Assert.Throws<ArgumentException>(() => new WorkingCalendar(Shanghai, Monday([default])));

    [Fact]
    public void Constructor_NoWorkingHoursInTheWeek_Throws()
    {
        var week = new Dictionary<IsoDayOfWeek, IReadOnlyList<WorkingHours>> { [IsoDayOfWeek.Monday] = [] };

        var error = Assert.Throws<ArgumentException>(() => new WorkingCalendar(Shanghai, week, [], new Dictionary<LocalDate, IReadOnlyList<WorkingHours>> { [MakeUpSaturday] = Hours("09:00-18:00") }));

        Assert.Contains("no working hours", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Constructor_NotADayOfTheWeek_Throws() =>
        Assert.Throws<ArgumentException>(() => new WorkingCalendar(Shanghai, new Dictionary<IsoDayOfWeek, IReadOnlyList<WorkingHours>> { [IsoDayOfWeek.None] = Hours("09:00-18:00") }));

    [Fact]
    public void Constructor_DateBothHolidayAndMakeUpDay_ThrowsNamingTheDate()
    {
        var error = Assert.Throws<ArgumentException>(() => new WorkingCalendar(
            Shanghai, Monday(Hours("09:00-18:00")), [MakeUpSaturday], new Dictionary<LocalDate, IReadOnlyList<WorkingHours>> { [MakeUpSaturday] = Hours("09:00-18:00") }));

        Assert.Equal("makeUpWorkdays", error.ParamName);
        Assert.Contains("2026-10-10", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Constructor_MakeUpDayWithoutHours_Throws() =>
        Assert.Throws<ArgumentException>(() => new WorkingCalendar(
            Shanghai, Monday(Hours("09:00-18:00")), [], new Dictionary<LocalDate, IReadOnlyList<WorkingHours>> { [MakeUpSaturday] = [] }));

    [Fact]
    public void Constructor_LaterChangesToTheCallersSchedule_DoNotChangeTheCalendar()
    {
        var hours = new List<WorkingHours> { WorkingHours.Parse("09:00-18:00") };
        var calendar = new WorkingCalendar(Shanghai, Monday(hours));

        hours.Add(WorkingHours.Parse("19:00-20:00"));

        Assert.Single(calendar.HoursOn(new LocalDate(2026, 11, 23)));
    }

    [Fact]
    public void Constructor_WeekdayWithNoHours_IsLeftOutOfTheWeek()
    {
        var week = new Dictionary<IsoDayOfWeek, IReadOnlyList<WorkingHours>> { [IsoDayOfWeek.Monday] = Hours("09:00-18:00"), [IsoDayOfWeek.Sunday] = [] };

        Assert.Equal([IsoDayOfWeek.Monday], new WorkingCalendar(Shanghai, week).Week.Keys);
    }

    [Fact]
    public void Standard_WorksMondayToFridayWithALunchBreak()
    {
        var calendar = WorkingCalendar.Standard(Shanghai);

        Assert.Equal([IsoDayOfWeek.Monday, IsoDayOfWeek.Tuesday, IsoDayOfWeek.Wednesday, IsoDayOfWeek.Thursday, IsoDayOfWeek.Friday], calendar.Week.Keys.Order());
        Assert.Equal(Hours("09:00-12:00", "13:00-18:00"), calendar.Week[IsoDayOfWeek.Wednesday]);
        Assert.Empty(calendar.Holidays);
        Assert.Empty(calendar.MakeUpWorkdays);
        Assert.Same(Shanghai, calendar.Zone);
    }
}
