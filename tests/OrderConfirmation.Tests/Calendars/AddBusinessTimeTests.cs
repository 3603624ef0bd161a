using NodaTime;
using OrderConfirmation.Calendars;
using static OrderConfirmation.Tests.Calendars.TestCalendars;

namespace OrderConfirmation.Tests.Calendars;

public sealed class AddBusinessTimeTests
{
    [Fact]
    public void AddBusinessTime_EightHoursFromFridayAfternoon_IsMondayAfternoon() =>
        // Friday 15:00–18:00, Monday 09:00–12:00 and 13:00–15:00.
        Assert.Equal(
            At(Shanghai, 2026, 11, 30, 15),
            WorkingCalendar.Standard(Shanghai).AddBusinessTime(At(Shanghai, 2026, 11, 27, 15), Duration.FromHours(8)));

    [Fact]
    public void AddBusinessTime_EndingExactlyAtClose_IsTheCloseNotTheNextOpening() =>
        Assert.Equal(
            At(Shanghai, 2026, 11, 27, 18),
            WorkingCalendar.Standard(Shanghai).AddBusinessTime(At(Shanghai, 2026, 11, 27, 10), Duration.FromHours(7)));

    [Fact]
    public void AddBusinessTime_FromTheWeekend_StartsAtMondaysOpening() =>
        Assert.Equal(
            At(Shanghai, 2026, 11, 30, 10),
            WorkingCalendar.Standard(Shanghai).AddBusinessTime(At(Shanghai, 2026, 11, 28, 11), Duration.FromHours(1)));

    [Fact]
    public void AddBusinessTime_OneBusinessDayBeforeNationalDay_EndsAfterTheHolidays() =>
        Assert.Equal(
            At(Shanghai, 2026, 10, 8, 16),
            China2026().AddBusinessTime(At(Shanghai, 2026, 9, 30, 16), Duration.FromHours(8)));

    [Fact]
    public void AddBusinessTime_Zero_IsTheStart() =>
        Assert.Equal(
            At(Shanghai, 2026, 11, 28, 11),
            WorkingCalendar.Standard(Shanghai).AddBusinessTime(At(Shanghai, 2026, 11, 28, 11), Duration.Zero));

    [Fact]
    public void AddBusinessTime_Negative_ThrowsNamingTheParameter() =>
        Assert.Equal(
            "businessTime",
            Assert.Throws<ArgumentOutOfRangeException>(() => WorkingCalendar.Standard(Shanghai).AddBusinessTime(At(Shanghai, 2026, 11, 28, 11), Duration.FromHours(-1))).ParamName);

    [Fact]
    public void AddBusinessTime_TenYearsOfWorkingDays_IsTheCloseOfTheLastOfThem()
    {
        var calendar = WorkingCalendar.Standard(Shanghai);

        var due = calendar.AddBusinessTime(At(Shanghai, 2020, 1, 1, 0), Duration.FromHours(8 * 2609));

        Assert.Equal(calendar.ReplyDeadline(At(Shanghai, 2019, 12, 31, 12), 2609), due);
    }
}
