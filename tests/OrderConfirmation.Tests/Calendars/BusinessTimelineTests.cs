using NodaTime;
using OrderConfirmation.Calendars;
using static OrderConfirmation.Tests.Calendars.TestCalendars;

namespace OrderConfirmation.Tests.Calendars;

/// <summary>
/// Hand-worked business time where the calendar's timeline is cut into blocks of 1024 UTC days (2026-01-27 and
/// 1970-01-01 start blocks), before the Unix epoch, at both ends of NodaTime's range, and for intervals that touch.
/// </summary>
public sealed class BusinessTimelineTests
{
    /// <summary>A block of the business timeline starts here (day 20,480 after the Unix epoch).</summary>
    private static readonly Instant BlockStart = Instant.FromUtc(2026, 1, 27, 0, 0);

    /// <summary>The last block of the business timeline (the one holding <see cref="Instant.MaxValue"/>) starts here: day 2,932,736.</summary>
    private static readonly Instant LastBlockStart = Instant.FromUtc(9999, 7, 24, 0, 0);

    private static WorkingCalendar NineToFiveUtc() => EveryDay(DateTimeZone.Utc, "09:00-17:00");

    [Fact]
    public void BusinessTimeBetween_FromExactlyTheStartOfABlock_CountsThatDay() =>
        Assert.Equal(Duration.FromHours(8), NineToFiveUtc().BusinessTimeBetween(BlockStart, BlockStart + Duration.FromDays(1)));

    [Fact]
    public void BusinessTimeBetween_EndingExactlyAtTheStartOfABlock_CountsTheDayBefore() =>
        Assert.Equal(Duration.FromHours(8), NineToFiveUtc().BusinessTimeBetween(BlockStart - Duration.FromDays(1), BlockStart));

    [Fact]
    public void BusinessTimeBetween_AcrossThreeBlocks_CountsEveryDay() =>
        // 2023-04-09 (a block start) to 2028-11-16 (the block start after the next): 2,048 days of 8 hours.
        Assert.Equal(
            Duration.FromHours(8 * 2048),
            NineToFiveUtc().BusinessTimeBetween(Instant.FromUtc(2023, 4, 9, 0, 0), Instant.FromUtc(2028, 11, 16, 0, 0)));

    [Fact]
    public void AddBusinessTime_UsingUpExactlyTheRestOfABlock_EndsAtItsLastClose() =>
        // From 2026-01-26 16:00 UTC one hour of work is left before the block ends at midnight: its 17:00 close.
        Assert.Equal(
            Instant.FromUtc(2026, 1, 26, 17, 0),
            NineToFiveUtc().AddBusinessTime(Instant.FromUtc(2026, 1, 26, 16, 0), Duration.FromHours(1)));

    [Fact]
    public void AddBusinessTime_FromTheEndOfABlock_ContinuesInTheNextBlock() =>
        Assert.Equal(
            Instant.FromUtc(2026, 1, 27, 10, 0),
            NineToFiveUtc().AddBusinessTime(Instant.FromUtc(2026, 1, 26, 16, 0), Duration.FromHours(2)));

    [Fact]
    public void BusinessTimeBetween_WeekdayBeforeTheUnixEpoch_CountsOnlyThatMorning() =>
        // Wednesday 31 December 1969, 10:00 to 12:00 in Shanghai.
        Assert.Equal(
            Duration.FromHours(2),
            WorkingCalendar.Standard(Shanghai).BusinessTimeBetween(At(Shanghai, 1969, 12, 31, 10), At(Shanghai, 1969, 12, 31, 12)));

    [Fact]
    public void AddBusinessTime_BeforeTheUnixEpoch_CountsFromTheStart() =>
        // Tuesday 30 December 1969 at 17:00 in Shanghai: one hour to the close, then two more on Wednesday morning.
        Assert.Equal(
            At(Shanghai, 1969, 12, 31, 11),
            WorkingCalendar.Standard(Shanghai).AddBusinessTime(At(Shanghai, 1969, 12, 30, 17), Duration.FromHours(3)));

    [Fact]
    public void BusinessTimeBetween_NearTheFirstInstantNodaTimeRepresents_CountsEachDay() =>
        // From the fourth day of NodaTime's range, seven full days.
        Assert.Equal(
            Duration.FromHours(7 * 8),
            NineToFiveUtc().BusinessTimeBetween(Instant.MinValue + Duration.FromDays(3), Instant.MinValue + Duration.FromDays(10)));

    [Fact]
    public void BusinessTimeBetween_NearTheLastInstantNodaTimeRepresents_CountsEachDay() =>
        // 22 to 29 December 9999 in full, the last but two days of NodaTime's range.
        Assert.Equal(
            Duration.FromHours(8 * 8),
            NineToFiveUtc().BusinessTimeBetween(Instant.FromUtc(9999, 12, 22, 0, 0), Instant.FromUtc(9999, 12, 30, 0, 0)));

    [Fact]
    public void AddBusinessTime_IntoTheLastBlock_IsReached() =>
        Assert.Equal(
            LastBlockStart + Duration.FromHours(10),
            NineToFiveUtc().AddBusinessTime(LastBlockStart - Duration.FromHours(7), Duration.FromHours(1)));

    [Fact]
    public void AddBusinessTime_PastTheLastInstantNodaTimeRepresents_ThrowsNamingTheParameter()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(
            "businessTime", () => NineToFiveUtc().AddBusinessTime(Instant.FromUtc(9999, 12, 30, 0, 0), Duration.FromHours(100)));

        Assert.StartsWith("The business time runs past the last instant NodaTime can represent.", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void BusinessTimeBetween_TouchingIntervals_CountBoth() =>
        Assert.Equal(
            Duration.FromHours(9),
            Weekdays(Shanghai, "09:00-12:00", "12:00-18:00").BusinessTimeBetween(At(Shanghai, 2026, 11, 25, 0), At(Shanghai, 2026, 11, 26, 0)));

    [Fact]
    public void AddBusinessTime_AcrossTouchingIntervals_DoesNotStopAtTheJoin() =>
        Assert.Equal(
            At(Shanghai, 2026, 11, 25, 13),
            Weekdays(Shanghai, "09:00-12:00", "12:00-18:00").AddBusinessTime(At(Shanghai, 2026, 11, 25, 11), Duration.FromHours(2)));

    [Fact]
    public void AddBusinessTime_RunningOutAtTheCloseBeforeASkippedInterval_IsThatClose() =>
        // On Sunday 29 March 2026 Berlin's clocks jump from 02:00 to 03:00, so 02:15-02:45 is not worked that day:
        // the hour from midnight runs out at the 01:00 close, not where the skipped interval would have been.
        Assert.Equal(
            At(Berlin, 2026, 3, 29, 1),
            EveryDay(Berlin, "00:00-01:00", "02:15-02:45", "20:00-21:00").AddBusinessTime(At(Berlin, 2026, 3, 29, 0), Duration.FromHours(1)));
}
