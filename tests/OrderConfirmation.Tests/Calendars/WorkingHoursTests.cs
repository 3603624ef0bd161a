using NodaTime;
using OrderConfirmation.Calendars;

namespace OrderConfirmation.Tests.Calendars;

public sealed class WorkingHoursTests
{
    [Fact]
    public void Constructor_EndNotAfterStart_ThrowsNamingEnd() =>
        Assert.Equal("End", Assert.Throws<ArgumentException>(() => new WorkingHours(new LocalTime(12, 0), new LocalTime(12, 0))).ParamName);

    [Fact]
    public void Parse_HoursAndMinutes_ReadsStartAndEnd()
    {
        var hours = WorkingHours.Parse("09:00-12:00");

        Assert.Equal(new WorkingHours(new LocalTime(9, 0), new LocalTime(12, 0)), hours);
    }

    [Fact]
    public void Parse_SpacesAndSeconds_AreAccepted() =>
        Assert.Equal(new WorkingHours(new LocalTime(13, 0), new LocalTime(17, 59, 30)), WorkingHours.Parse(" 13:00 - 17:59:30 "));

    [Fact]
    public void Parse_NoDash_ThrowsFormatExceptionShowingTheExpectedForm()
    {
        var error = Assert.Throws<FormatException>(() => WorkingHours.Parse("09:00 to 12:00"));

        Assert.Contains("09:00-12:00", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_InvalidTime_ThrowsFormatExceptionNamingTheTime()
    {
        var error = Assert.Throws<FormatException>(() => WorkingHours.Parse("09:00-25:00"));

        Assert.Contains("'25:00'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_EndBeforeStart_ThrowsFormatException() =>
        Assert.Throws<FormatException>(() => WorkingHours.Parse("18:00-09:00"));

    [Fact]
    public void Length_IsTheWallClockLength() =>
        Assert.Equal(Duration.FromMinutes(330), WorkingHours.Parse("12:30-18:00").Length);

    [Theory]
    [InlineData("09:00-12:00")]
    [InlineData("00:00-23:59:59.999999999")]
    public void ToString_RoundTripsThroughParse(string text) =>
        Assert.Equal(text, WorkingHours.Parse(text).ToString());
}
