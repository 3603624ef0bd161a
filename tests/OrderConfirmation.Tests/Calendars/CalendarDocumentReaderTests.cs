using System.Text;
using System.Text.Json;
using NodaTime;
using OrderConfirmation.Calendars;
using OrderConfirmation.Json;
using static OrderConfirmation.Tests.Calendars.CalendarJson;

namespace OrderConfirmation.Tests.Calendars;

/// <summary>
/// <c>CalendarDocumentReader.Read</c> builds settings only from a file without problems: "nothing is built unless the
/// whole file is valid", even when the zone, week and standard time themselves could be read.
/// </summary>
public sealed class CalendarDocumentReaderTests
{
    private static (CalendarSettings? Settings, CalendarDiagnostics Diagnostics) ReadDocument(string json)
    {
        var utf8 = Encoding.UTF8.GetBytes(json);
        var document = JsonSerializer.Deserialize(utf8, CalendarFileJsonContext.Default.CalendarFileDocument)!;
        var diagnostics = new CalendarDiagnostics(Source, JsonPositionIndex.Build(utf8));
        return (CalendarDocumentReader.Read(document, diagnostics), diagnostics);
    }

    [Theory]
    [InlineData("\"PT8H\"", "\"PT8H\", \"comment\": 1")]
    [InlineData("[\"2026-10-01\"]", "[\"2026-10-01\", \"2026-10-01\"]")]
    [InlineData("[\"2026-10-01\"]", "[\"2026-10-10\"]")]
    public void Read_OneProblemOutsideZoneWeekAndStandardTime_BuildsNothing(string oldText, string newText)
    {
        var (settings, diagnostics) = ReadDocument(ValidWith(oldText, newText));

        Assert.Null(settings);
        Assert.Equal(1, diagnostics.Count);
    }

    [Fact]
    public void Read_ValidDocument_BuildsTheSettingsWithoutProblems()
    {
        var (settings, diagnostics) = ReadDocument(Valid);

        Assert.Equal(Duration.FromHours(8), settings?.StandardTime);
        Assert.Equal(0, diagnostics.Count);
    }
}
