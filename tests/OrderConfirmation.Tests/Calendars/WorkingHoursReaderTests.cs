using OrderConfirmation.Calendars;
using OrderConfirmation.Diagnostics;
using OrderConfirmation.Json;
using static OrderConfirmation.Tests.Calendars.CalendarJson;
using static OrderConfirmation.Tests.Calendars.TestCalendars;

namespace OrderConfirmation.Tests.Calendars;

/// <summary>
/// <c>WorkingHoursReader.Read</c> gives a day's intervals, or null when any of them is wrong; each bad interval is
/// reported once, judged against the intervals accepted before it.
/// </summary>
public sealed class WorkingHoursReaderTests
{
    private static CalendarDiagnostics Diagnostics() => new(Source, JsonPositionIndex.Build("{}"u8));

    [Fact]
    public void Read_OneMalformedInterval_ReturnsNothingAndReportsIt()
    {
        var diagnostics = Diagnostics();

        var hours = WorkingHoursReader.Read(["09:00-12:00", "1pm-6pm"], "week.Monday", "Monday", diagnostics);

        Assert.Null(hours);
        Assert.Equal(1, diagnostics.Count);
    }

    [Fact]
    public void Read_ValidIntervalsAfterProblemsElsewhere_ReturnsThem()
    {
        var diagnostics = Diagnostics();
        diagnostics.Report("timeZone", CalendarDiagnosticCodes.UnknownTimeZone, "an earlier problem");

        var hours = WorkingHoursReader.Read(["09:00-12:00", "13:00-18:00"], "week.Monday", "Monday", diagnostics);

        Assert.Equal(Hours("09:00-12:00", "13:00-18:00"), hours);
        Assert.Equal(1, diagnostics.Count);
    }

    [Fact]
    public void Read_IntervalOverlappingOnlyARejectedOne_IsNotReported()
    {
        // 11:00-13:00 overlaps 09:00-12:00 and is rejected; 12:30-14:00 follows 09:00-12:00 correctly.
        var json = ValidWith("\"Monday\": [\"09:00-12:00\", \"13:00-18:00\"]", "\"Monday\": [\"09:00-12:00\", \"11:00-13:00\", \"12:30-14:00\"]");

        Assert.Equal(
            [new RuleDiagnostic(Source, At(json, "\"11:00-13:00\""), null, CalendarDiagnosticCodes.InvalidHours, "The working hours of Monday must be sorted and must not overlap, but 11:00-13:00 starts before 09:00-12:00 ends.")],
            Problems(json));
    }
}
