using OrderConfirmation.Calendars;
using OrderConfirmation.Diagnostics;

namespace OrderConfirmation.Tests.Calendars;

public sealed class CalendarLoadExceptionTests
{
    [Fact]
    public void Constructor_NullDiagnostics_ThrowsNamingTheParameter() =>
        Assert.Throws<ArgumentNullException>("diagnostics", () => new CalendarLoadException((IReadOnlyList<RuleDiagnostic>)null!));

    [Fact]
    public void Constructor_Diagnostics_AreKeptAndListedOnePerLineInTheMessage()
    {
        RuleDiagnostic[] diagnostics =
        [
            new("calendar.json", new SourcePosition(2, 15), null, CalendarDiagnosticCodes.UnknownTimeZone, "'Mars/Olympus' is not a TZDB time zone."),
            new("calendar.json", new SourcePosition(6, 19), null, CalendarDiagnosticCodes.InvalidStandardTime, "standardTime 'P1W' uses weeks."),
        ];

        var error = new CalendarLoadException(diagnostics);

        Assert.Same(diagnostics, error.Diagnostics);
        Assert.Equal(
            string.Join(
                Environment.NewLine,
                "The working calendar could not be loaded (2 problem(s)):",
                "calendar.json:2:15: error OC1104: 'Mars/Olympus' is not a TZDB time zone.",
                "calendar.json:6:19: error OC1111: standardTime 'P1W' uses weeks."),
            error.Message);
    }

    [Fact]
    public void Constructor_NoArguments_HasNoDiagnosticsAndAGeneralMessage()
    {
        var error = new CalendarLoadException();

        Assert.Empty(error.Diagnostics);
        Assert.Equal("The working calendar could not be loaded.", error.Message);
    }

    [Fact]
    public void Constructor_Message_HasNoDiagnostics()
    {
        var error = new CalendarLoadException("The embedded calendar file is missing.");

        Assert.Empty(error.Diagnostics);
        Assert.Equal("The embedded calendar file is missing.", error.Message);
    }

    [Fact]
    public void Constructor_MessageAndCause_KeepsTheCauseAndHasNoDiagnostics()
    {
        var cause = new IOException("disk");

        var error = new CalendarLoadException("The calendar could not be read.", cause);

        Assert.Empty(error.Diagnostics);
        Assert.Equal("The calendar could not be read.", error.Message);
        Assert.Same(cause, error.InnerException);
    }
}
