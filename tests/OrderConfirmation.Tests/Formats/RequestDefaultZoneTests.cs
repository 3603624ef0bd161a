using System.Text.Json.Nodes;
using NodaTime;
using OrderConfirmation.Formats;

namespace OrderConfirmation.Tests.Formats;

/// <summary>
/// A request whose facts name no <c>timeZone</c> is in the company's zone: the one the host passes, else the zone the
/// shipped calendar file names (rules/calendar.json). A zone the request names always wins.
/// </summary>
public sealed class RequestDefaultZoneTests
{
    private const string Source = "request-under-test.json";

    private static readonly DateTimeZone NewYork = DateTimeZoneProviders.Tzdb["America/New_York"];

    /// <summary>The zone rules/calendar.json names, read as text: the oracle for "the shipped calendar's zone".</summary>
    private static string ShippedCalendarZone =>
        JsonNode.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "rules", "calendar.json")))!["timeZone"]!.GetValue<string>();

    private static byte[] ReviewWithZone(JsonNode? zone) => RequestJson.Bytes(RequestJson.Example(r => r.Facts()["timeZone"] = zone));

    private static byte[] ReviewWithoutZone() => RequestJson.Bytes(RequestJson.Example(r => r.Facts().Remove("timeZone")));

    private static byte[] ChangeWithoutZone()
    {
        var request = JsonNode.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "samples", "changes", "01-feasible-more-hosts-later-date.json")))!;
        request["facts"]!.AsObject().Remove("timeZone");
        return RequestJson.Bytes(request);
    }

    [Fact]
    public void Read_NoTimeZone_UsesTheShippedCalendarsZone()
    {
        var facts = ReviewRequestReader.Read(ReviewWithoutZone(), Source);

        Assert.Equal(ShippedCalendarZone, facts.TimeZone.Id);
    }

    [Fact]
    public void Read_NoTimeZoneAndNullDefaultZone_UsesTheShippedCalendarsZone()
    {
        var facts = ReviewRequestReader.Read(ReviewWithoutZone(), Source, RequestLimits.Default, defaultZone: null);

        Assert.Equal(ShippedCalendarZone, facts.TimeZone.Id);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("  ")]
    public void Read_NullOrBlankTimeZone_UsesTheGivenDefaultZone(string? zone)
    {
        var facts = ReviewRequestReader.Read(ReviewWithZone(zone), Source, RequestLimits.Default, NewYork);

        Assert.Equal("America/New_York", facts.TimeZone.Id);
    }

    [Fact]
    public void Read_NoTimeZone_TodayIsTheDateInTheGivenDefaultZone()
    {
        // 2026-11-20T02:00Z is 21:00 on 19 November in New York (UTC-5).
        var facts = ReviewRequestReader.Read(ReviewWithoutZone(), Source, RequestLimits.Default, NewYork);

        Assert.Equal(new LocalDate(2026, 11, 19), facts.Today);
    }

    [Fact]
    public void Read_TimeZoneGiven_IgnoresTheDefaultZone()
    {
        var facts = ReviewRequestReader.Read(ReviewWithZone("Europe/Berlin"), Source, RequestLimits.Default, NewYork);

        Assert.Equal("Europe/Berlin", facts.TimeZone.Id);
    }

    [Fact]
    public void Read_UnknownTimeZone_IsRefusedWhateverTheDefaultZone()
    {
        var error = Assert.Throws<RequestFormatException>(() => ReviewRequestReader.Read(ReviewWithZone("Mars/Olympus"), Source, RequestLimits.Default, NewYork));

        Assert.Equal(("facts.timeZone", "'Mars/Olympus' is not a TZDB time zone such as Asia/Shanghai."), (error.Field, error.Problem));
    }

    [Fact]
    public void ReadFile_NoTimeZone_UsesTheGivenDefaultZone()
    {
        var path = Path.GetTempFileName();
        try
        {
            File.WriteAllBytes(path, ReviewWithoutZone());

            Assert.Equal("America/New_York", ReviewRequestReader.ReadFile(path, RequestLimits.Default, NewYork).TimeZone.Id);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void ChangeRead_NoTimeZone_UsesTheShippedCalendarsZone()
    {
        var request = ChangeRequestReader.Read(ChangeWithoutZone(), Source);

        Assert.Equal(ShippedCalendarZone, request.Facts.TimeZone.Id);
    }

    [Fact]
    public void ChangeRead_NoTimeZone_UsesTheGivenDefaultZone()
    {
        var request = ChangeRequestReader.Read(ChangeWithoutZone(), Source, RequestLimits.Default, NewYork);

        Assert.Equal("America/New_York", request.Facts.TimeZone.Id);
    }

    [Fact]
    public void ChangeReadFile_NoTimeZone_UsesTheGivenDefaultZone()
    {
        var path = Path.GetTempFileName();
        try
        {
            File.WriteAllBytes(path, ChangeWithoutZone());

            Assert.Equal("America/New_York", ChangeRequestReader.ReadFile(path, RequestLimits.Default, NewYork).Facts.TimeZone.Id);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
