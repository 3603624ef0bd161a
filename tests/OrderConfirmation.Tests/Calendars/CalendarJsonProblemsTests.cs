using System.Text;
using System.Text.Json;
using OrderConfirmation.Calendars;
using OrderConfirmation.Diagnostics;

namespace OrderConfirmation.Tests.Calendars;

/// <summary>
/// A JSON reader's error that carries no path (a malformed document, or an error raised before any property was
/// read) still gives the analyst one diagnostic with a position, never a crash while describing the error.
/// </summary>
public sealed class CalendarJsonProblemsTests
{
    private static readonly byte[] Json = Encoding.UTF8.GetBytes("\n  [ ]");

    [Fact]
    public void Diagnose_MalformedJsonWithoutAPath_IsPlacedWhereTheReaderStopped()
    {
        var error = new JsonException("'x' is an invalid start of a value.", path: null, lineNumber: 1, bytePositionInLine: 2);

        var diagnostic = CalendarJsonProblems.Diagnose(error, Json, "calendar.json");

        Assert.Equal(("calendar.json", new SourcePosition(2, 3), CalendarDiagnosticCodes.InvalidJson), (diagnostic.File, diagnostic.Position, diagnostic.Code));
    }

    [Fact]
    public void Diagnose_WrongTypeWithoutAPath_SaysAnObjectIsExpectedAtTheDocument()
    {
        var error = new JsonException("The JSON value could not be converted to OrderConfirmation.Calendars.CalendarFileDocument.", path: null, lineNumber: 1, bytePositionInLine: 2);

        var diagnostic = CalendarJsonProblems.Diagnose(error, Json, "calendar.json");

        Assert.Equal(
            (new SourcePosition(2, 3), "Not a working calendar: expected a JSON object with 'timeZone', 'week' and 'standardTime'."),
            (diagnostic.Position, diagnostic.Message));
    }
}
