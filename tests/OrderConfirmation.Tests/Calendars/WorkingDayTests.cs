using NodaTime;
using OrderConfirmation.Calendars;
using static OrderConfirmation.Tests.Calendars.TestCalendars;

namespace OrderConfirmation.Tests.Calendars;

public sealed class WorkingDayTests
{
    [Fact]
    public void IsWorkingDay_Holiday_IsFalse() =>
        Assert.False(China2026().IsWorkingDay(new LocalDate(2026, 10, 2)));

    [Fact]
    public void IsWorkingDay_MakeUpSaturday_IsTrue() =>
        Assert.True(China2026().IsWorkingDay(MakeUpSaturday));

    [Fact]
    public void IsWorkingDay_OrdinarySaturday_IsFalse() =>
        Assert.False(China2026().IsWorkingDay(new LocalDate(2026, 10, 17)));

    [Fact]
    public void HoursOn_MakeUpSaturday_AreTheMakeUpDaysHours() =>
        Assert.Equal(Hours("09:00-12:00", "13:00-18:00"), China2026().HoursOn(MakeUpSaturday));

    [Fact]
    public void HoursOn_Holiday_AreNone() =>
        Assert.Empty(China2026().HoursOn(new LocalDate(2026, 10, 1)));

    [Fact]
    public void AddBusinessDays_FromFriday_SkipsTheWeekend() =>
        Assert.Equal(new LocalDate(2026, 12, 2), WorkingCalendar.Standard(Shanghai).AddBusinessDays(new LocalDate(2026, 11, 27), 3));

    [Fact]
    public void AddBusinessDays_FromSaturday_CountsMondayFirst() =>
        Assert.Equal(new LocalDate(2026, 11, 30), WorkingCalendar.Standard(Shanghai).AddBusinessDays(new LocalDate(2026, 11, 28), 1));

    [Fact]
    public void AddBusinessDays_AcrossNationalDay_SkipsTheHolidays() =>
        Assert.Equal(new LocalDate(2026, 10, 8), China2026().AddBusinessDays(new LocalDate(2026, 9, 30), 1));

    [Fact]
    public void AddBusinessDays_AcrossNationalDay_CountsTheMakeUpSaturday() =>
        Assert.Equal(MakeUpSaturday, China2026().AddBusinessDays(new LocalDate(2026, 9, 30), 3));

    [Fact]
    public void AddBusinessDays_Zero_ThrowsNamingTheParameter() =>
        Assert.Equal("days", Assert.Throws<ArgumentOutOfRangeException>(() => China2026().AddBusinessDays(new LocalDate(2026, 9, 30), 0)).ParamName);
}
