using NodaTime;
using OrderConfirmation.Calendars;
using static OrderConfirmation.Tests.Calendars.TestCalendars;

namespace OrderConfirmation.Tests.Calendars;

public sealed class CalendarSettingsTests
{
    [Fact]
    public void Constructor_NullCalendar_ThrowsNamingTheParameter() =>
        Assert.Equal("Calendar", Assert.Throws<ArgumentNullException>(() => new CalendarSettings(null!, Duration.FromHours(8), true)).ParamName);

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    public void Constructor_StandardTimeNotPositive_ThrowsNamingTheParameter(int minutes) =>
        Assert.Equal("StandardTime", Assert.Throws<ArgumentOutOfRangeException>(() => new CalendarSettings(NineToSix(Shanghai), Duration.FromMinutes(minutes), true)).ParamName);

    [Fact]
    public void Constructor_ValidValues_AreKept()
    {
        var calendar = NineToSix(Shanghai);

        var settings = new CalendarSettings(calendar, Duration.FromNanoseconds(1), false);

        Assert.Equal((calendar, Duration.FromNanoseconds(1), false), (settings.Calendar, settings.StandardTime, settings.PauseWhileAwaitingCustomer));
    }

    [Fact]
    public void Constructor_StandardTimeNotPositive_SaysItMustBeMoreThanZero() =>
        Assert.StartsWith(
            "The standard time must be more than zero.",
            Assert.Throws<ArgumentOutOfRangeException>(() => new CalendarSettings(NineToSix(Shanghai), Duration.Zero, true)).Message,
            StringComparison.Ordinal);

    [Fact]
    public void CaseReplyTimes_NotSet_AreTheDefaultsOnTheCalendarsAverageWorkingDay()
    {
        // 09:00-18:00 Monday to Friday: a business day is 9 hours, so P2D is 18 hours and P5D 45.
        var times = new CalendarSettings(NineToSix(Shanghai), Duration.FromHours(8), true).CaseReplyTimes;

        Assert.Equal((Duration.FromHours(8), Duration.FromHours(18), Duration.FromHours(45)), (times["Query"], times["Complaint"], times["Report"]));
    }

    [Fact]
    public void CaseReplyTimes_Null_ThrowsNamingTheValue() =>
        Assert.Equal("value", Assert.Throws<ArgumentNullException>(() => new CalendarSettings(NineToSix(Shanghai), Duration.FromHours(8), true) { CaseReplyTimes = null! }).ParamName);

    [Fact]
    public void CaseReplyTimes_AKindMissing_Throws() =>
        Assert.Throws<ArgumentException>(() => new CalendarSettings(NineToSix(Shanghai), Duration.FromHours(8), true)
        {
            CaseReplyTimes = new Dictionary<string, Duration> { ["Query"] = Duration.FromHours(1), ["Complaint"] = Duration.FromHours(2) },
        });

    [Fact]
    public void CaseReplyTimes_AnUnknownKindInsteadOfOne_Throws() =>
        Assert.Throws<ArgumentException>(() => new CalendarSettings(NineToSix(Shanghai), Duration.FromHours(8), true)
        {
            CaseReplyTimes = new Dictionary<string, Duration> { ["Query"] = Duration.FromHours(1), ["Complaint"] = Duration.FromHours(2), ["Enquiry"] = Duration.FromHours(3) },
        });

    [Fact]
    public void CaseReplyTimes_Zero_Throws() =>
        Assert.Throws<ArgumentException>(() => new CalendarSettings(NineToSix(Shanghai), Duration.FromHours(8), true)
        {
            CaseReplyTimes = new Dictionary<string, Duration> { ["Query"] = Duration.Zero, ["Complaint"] = Duration.FromHours(2), ["Report"] = Duration.FromHours(3) },
        });

    [Fact]
    public void Equals_SameValuesAndReplyTimesInAnotherDictionary_AreEqual()
    {
        var calendar = NineToSix(Shanghai);
        var times = new Dictionary<string, Duration> { ["Query"] = Duration.FromHours(1), ["Complaint"] = Duration.FromHours(2), ["Report"] = Duration.FromHours(3) };

        Assert.Equal(
            new CalendarSettings(calendar, Duration.FromHours(8), true) { CaseReplyTimes = times },
            new CalendarSettings(calendar, Duration.FromHours(8), true) { CaseReplyTimes = new Dictionary<string, Duration>(times) });
    }

    [Fact]
    public void Equals_AnotherReplyTime_AreNotEqual()
    {
        var calendar = NineToSix(Shanghai);
        var settings = new CalendarSettings(calendar, Duration.FromHours(8), true);
        var times = new Dictionary<string, Duration>(settings.CaseReplyTimes) { ["Report"] = Duration.FromHours(1) };

        Assert.NotEqual(settings, settings with { CaseReplyTimes = times });
    }
}
