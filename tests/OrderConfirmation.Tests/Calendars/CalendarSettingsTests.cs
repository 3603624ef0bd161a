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
}
