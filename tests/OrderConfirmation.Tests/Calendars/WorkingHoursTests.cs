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

    [Fact]
    public void Constructor_EndNotAfterStart_SaysWhichIntervalIsWrong() =>
        Assert.Equal(
            new ArgumentException("Working hours must end after they start, but 18:00-09:30:15 does not.", "End").Message,
            Assert.Throws<ArgumentException>(() => new WorkingHours(new LocalTime(18, 0), new LocalTime(9, 30, 15))).Message);

    [Fact]
    public void Parse_Null_ThrowsNamingTheParameter() =>
        Assert.Throws<ArgumentNullException>("text", () => WorkingHours.Parse(null!));

    [Theory]
    [InlineData("09:00 to 12:00")]
    [InlineData("09:00-12:00-13:00")]
    [InlineData("-09:00-12:00")]
    public void Parse_NotExactlyOneDash_ThrowsShowingTheExpectedForm(string text) =>
        Assert.Equal(
            $"Working hours '{text}' must be two 24-hour times separated by '-', e.g. 09:00-12:00.",
            Assert.Throws<FormatException>(() => WorkingHours.Parse(text)).Message);

    [Theory]
    [InlineData("9am-12:00", "start", "9am")]
    [InlineData("09:00- 12h ", "end", "12h")]
    [InlineData("-12:00", "start", "")]
    public void Parse_InvalidTime_NamesTheTimeAndWhichEndItIs(string text, string which, string time) =>
        Assert.Equal(
            $"Working hours '{text}': the {which} time '{time}' is not a 24-hour time such as 09:00 or 17:30.",
            Assert.Throws<FormatException>(() => WorkingHours.Parse(text)).Message);

    [Theory]
    [InlineData("18:00-09:00")]
    [InlineData("12:00-12:00")]
    public void Parse_EndNotAfterStart_SaysItMustEndAfterItStarts(string text) =>
        Assert.Equal($"Working hours '{text}' must end after they start.", Assert.Throws<FormatException>(() => WorkingHours.Parse(text)).Message);

    [Fact]
    public void Parse_SecondsWithAFraction_AreRead() =>
        Assert.Equal(new LocalTime(9, 0, 0).PlusNanoseconds(500_000_000), WorkingHours.Parse("09:00:00.5-10:00").Start);

    [Theory]
    [InlineData("09:00:30-12:00", "09:00:30-12:00")]
    [InlineData("09:00:00-12:00:00", "09:00-12:00")]
    [InlineData("08:59:59.999-12:00", "08:59:59.999-12:00")]
    public void ToString_ShowsSecondsOnlyWhenAnEndIsNotOnAWholeMinute(string text, string expected) =>
        Assert.Equal(expected, WorkingHours.Parse(text).ToString());
}
