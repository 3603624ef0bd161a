using System.Text;
using System.Text.Json;
using OrderConfirmation.Calendars;
using OrderConfirmation.Json;

namespace OrderConfirmation.Tests.Calendars;

/// <summary>
/// The suggestion for a misspelt property: a name that differs only in letter case is that property, whatever other
/// property it resembles and however short it is; otherwise the first property that begins the name or that the name
/// begins (three letters at least).
/// </summary>
public sealed class UnknownPropertyReporterTests
{
    private static string Message(string unknownName, params string[] known)
    {
        var utf8 = Encoding.UTF8.GetBytes("{}");
        var diagnostics = new CalendarDiagnostics("calendar.json", JsonPositionIndex.Build(utf8));
        using var value = JsonDocument.Parse("1");
        UnknownPropertyReporter.Report(new Dictionary<string, JsonElement> { [unknownName] = value.RootElement }, string.Empty, "the calendar file", known, diagnostics);
        return Assert.Single(diagnostics.InFileOrder()).Message;
    }

    [Fact]
    public void Report_NameDifferingOnlyInCase_SuggestsThatPropertyBeforeOneItBegins() =>
        Assert.Contains("(did you mean 'hours'?)", Message("HOURS", "hoursPerDay", "hours"), StringComparison.Ordinal);

    [Fact]
    public void Report_ShortNameDifferingOnlyInCase_SuggestsThatProperty() =>
        Assert.Contains("(did you mean 'to'?)", Message("TO", "from", "to"), StringComparison.Ordinal);

    [Fact]
    public void Report_NameBeginningAProperty_SuggestsIt() =>
        Assert.Contains("(did you mean 'standardTime'?)", Message("standard", "timeZone", "standardTime"), StringComparison.Ordinal);

    [Fact]
    public void Report_ShortNameBeginningAProperty_SuggestsNothing() =>
        Assert.DoesNotContain("did you mean", Message("st", "timeZone", "standardTime"), StringComparison.Ordinal);
}
