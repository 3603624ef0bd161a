using NodaTime;
using OrderConfirmation.Calendars;
using static OrderConfirmation.Tests.Calendars.TestCalendars;

namespace OrderConfirmation.Tests.Calendars;

public sealed class ReplyDeadlineTests
{
    [Fact]
    public void ReplyDeadline_AskedOnFriday_IsWednesdayCloseOfBusiness() =>
        Assert.Equal(
            At(Shanghai, 2026, 12, 2, 18),
            WorkingCalendar.Standard(Shanghai).ReplyDeadline(At(Shanghai, 2026, 11, 27, 10), 3));

    [Fact]
    public void ReplyDeadline_AskedBeforeNationalDay_SkipsTheHolidays() =>
        Assert.Equal(
            At(Shanghai, 2026, 10, 10, 18),
            China2026().ReplyDeadline(At(Shanghai, 2026, 9, 30, 16), 3));

    [Fact]
    public void ReplyDeadline_AskedAfterMidnightLocallyButBeforeMidnightUtc_CountsFromTheLocalDate() =>
        // Thursday 17:00 UTC is already Friday 01:00 in Shanghai: Monday, Tuesday, Wednesday.
        Assert.Equal(
            At(Shanghai, 2026, 12, 2, 18),
            WorkingCalendar.Standard(Shanghai).ReplyDeadline(Instant.FromUtc(2026, 11, 26, 17, 0), 3));

    [Fact]
    public void ReplyDeadline_DayEndingAtANonStandardHour_IsThatDaysClose()
    {
        var calendar = new WorkingCalendar(
            Shanghai, WorkingCalendar.Standard(Shanghai).Week, [],
            new Dictionary<LocalDate, IReadOnlyList<WorkingHours>> { [new LocalDate(2026, 11, 28)] = Hours("09:00-12:30") });

        Assert.Equal(At(Shanghai, 2026, 11, 28, 12, 30), calendar.ReplyDeadline(At(Shanghai, 2026, 11, 27, 10), 1));
    }

    [Fact]
    public void ReplyDeadline_ZeroDays_ThrowsNamingTheParameter() =>
        Assert.Equal(
            "businessDays",
            Assert.Throws<ArgumentOutOfRangeException>(() => WorkingCalendar.Standard(Shanghai).ReplyDeadline(At(Shanghai, 2026, 11, 27, 10), 0)).ParamName);
}
