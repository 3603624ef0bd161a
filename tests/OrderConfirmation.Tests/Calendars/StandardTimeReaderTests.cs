using NodaTime;
using OrderConfirmation.Calendars;
using OrderConfirmation.Diagnostics;
using static OrderConfirmation.Tests.Calendars.CalendarJson;

namespace OrderConfirmation.Tests.Calendars;

/// <summary>
/// The calendar file's <c>standardTime</c>: an ISO-8601 duration of business time, read through <see cref="CalendarFile"/>
/// (README, "KPIs": hours, minutes and seconds as written; days worth the calendar's average working day).
/// </summary>
public sealed class StandardTimeReaderTests
{
    private const string NotMoreThanZero = "must be more than zero business time, with no negative parts";

    private static string WithStandardTime(string standardTime) => ValidWith("\"PT8H\"", $"\"{standardTime}\"");

    /// <summary><see cref="Valid"/> with a Monday whose hours are malformed, so the week cannot be read.</summary>
    private static string WithBrokenWeek(string standardTime) =>
        WithStandardTime(standardTime).Replace("\"13:00-18:00\"], \"Friday\"", "\"1pm-6pm\"], \"Friday\"", StringComparison.Ordinal);

    [Fact]
    public void Read_EveryTimeUnit_AddsThemAllUp() =>
        // 1 h + 2 min + 3.004000506 s = 3,723.004000506 s.
        Assert.Equal(Duration.FromNanoseconds(3_723_004_000_506L), Read(WithStandardTime("PT1H2M3.004000506S")).StandardTime);

    [Fact]
    public void Read_OneNanosecond_IsTheSmallestStandardTime() =>
        Assert.Equal(Duration.Epsilon, Read(WithStandardTime("PT0.000000001S")).StandardTime);

    [Fact]
    public void Read_DaysAndMinutes_AddTheAverageWorkingDayToTheMinutes() =>
        // The example week works 8 hours on each of its two days, so a business day is 8 hours.
        Assert.Equal(Duration.FromMinutes((2 * 8 * 60) + 30), Read(WithStandardTime("P2DT30M")).StandardTime);

    [Fact]
    public void Read_DaysOnAWeekWithAnEmptyDay_AverageOverTheWorkedDaysOnly()
    {
        // Monday 8 hours, Friday 4 hours, Wednesday listed with no hours: the average working day is 6 hours, not 4.
        var json = ValidWith(
            "\"Friday\": [\"09:00-12:00\", \"13:00-18:00\"]",
            "\"Wednesday\": [], \"Friday\": [\"13:00-17:00\"]").Replace("\"PT8H\"", "\"P1D\"", StringComparison.Ordinal);

        Assert.Equal(Duration.FromHours(6), Read(json).StandardTime);
    }

    [Fact]
    public void Read_ExactlyTheLongestDuration_IsAccepted() =>
        Assert.Equal(Duration.FromNanoseconds(long.MaxValue), Read(WithStandardTime("PT9223372036.854775807S")).StandardTime);

    [Fact]
    public void Read_OneNanosecondMoreThanTheLongestDuration_IsTooLong() =>
        Assert.Equal(
            [new RuleDiagnostic(Source, new SourcePosition(6, 19), null, CalendarDiagnosticCodes.InvalidStandardTime, "standardTime 'PT9223372036.854775808S' is too long to be a standard time.")],
            Problems(WithStandardTime("PT9223372036.854775808S")));

    [Theory]
    [InlineData("P-1DT9H")]
    [InlineData("P1DT-1H")]
    [InlineData("PT1H-1M")]
    [InlineData("PT1H-1S")]
    [InlineData("PT1H-0.001S")]
    [InlineData("PT1H-0.0000001S")]
    [InlineData("PT1H-0.000000001S")]
    public void Read_PositiveTotalWithOneNegativePart_IsRejected(string standardTime)
    {
        var diagnostic = Assert.Single(Problems(WithStandardTime(standardTime)));

        Assert.Equal(CalendarDiagnosticCodes.InvalidStandardTime, diagnostic.Code);
        Assert.StartsWith($"standardTime '{standardTime}' {NotMoreThanZero}", diagnostic.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("P1Y")]
    [InlineData("P1M")]
    [InlineData("P1W")]
    [InlineData("P0Y1M1D")]
    public void Read_YearsMonthsOrWeeks_AreRejected(string standardTime) =>
        Assert.StartsWith(
            $"standardTime '{standardTime}' uses years, months or weeks",
            Assert.Single(Problems(WithStandardTime(standardTime))).Message,
            StringComparison.Ordinal);

    [Theory]
    [InlineData("P0D")]
    [InlineData("PT0H0M")]
    public void Read_Zero_IsRejected(string standardTime) =>
        Assert.StartsWith($"standardTime '{standardTime}' {NotMoreThanZero}", Assert.Single(Problems(WithStandardTime(standardTime))).Message, StringComparison.Ordinal);

    [Theory]
    [InlineData("P1D")]
    [InlineData("PT8H")]
    [InlineData("P1DT9999999999999H")]
    public void Read_BrokenWeek_ReportsOnlyTheWeeksProblem(string standardTime) =>
        // Business days cannot be converted without a week, so a standard time with days is not judged at all; one
        // without days is valid here.
        Assert.Equal([CalendarDiagnosticCodes.InvalidHours], Problems(WithBrokenWeek(standardTime)).Select(p => p.Code));

    [Fact]
    public void Read_BrokenWeekAndATooLongStandardTime_ReportsBoth() =>
        Assert.Equal(
            [CalendarDiagnosticCodes.InvalidHours, CalendarDiagnosticCodes.InvalidStandardTime],
            Problems(WithBrokenWeek("PT9999999999999H")).Select(p => p.Code));
}
