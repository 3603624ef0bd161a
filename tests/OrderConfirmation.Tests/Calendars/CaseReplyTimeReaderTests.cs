using NodaTime;
using OrderConfirmation.Calendars;
using OrderConfirmation.Diagnostics;
using OrderConfirmation.Kpis;
using static OrderConfirmation.Tests.Calendars.CalendarJson;

namespace OrderConfirmation.Tests.Calendars;

/// <summary>
/// The calendar file's <c>caseReplyTime</c> (issue 16, item 3: <c>"caseReplyTime": { "Query": "PT8H", "Complaint": "P2D",
/// "Report": "P5D" }</c>), read like <c>standardTime</c>. <see cref="Valid"/> works 8 hours on each of its two days, so a
/// business day is 8 hours there.
/// </summary>
public sealed class CaseReplyTimeReaderTests
{
    private const string Examples = "e.g. \"PT8H\" (8 business hours), \"PT30M\", \"P1D\" (1 business day) or \"P1DT4H\"";

    private static string WithReplyTimes(string caseReplyTime) =>
        ValidWith("\"standardTime\": \"PT8H\"", $"\"standardTime\": \"PT8H\",\n  \"caseReplyTime\": {caseReplyTime}");

    private static void AssertOnly(string json, string code, SourcePosition position, string message) =>
        Assert.Equal([new RuleDiagnostic(Source, position, null, code, message)], Problems(json));

    [Fact]
    public void Read_TheIssuesExample_GivesEachKindItsBusinessTime()
    {
        var times = Read(WithReplyTimes("""{ "Query": "PT8H", "Complaint": "P2D", "Report": "P5D" }""")).CaseReplyTimes;

        Assert.Equal(
            [("Complaint", Duration.FromHours(16)), ("Query", Duration.FromHours(8)), ("Report", Duration.FromHours(40))],
            times.OrderBy(t => t.Key, StringComparer.Ordinal).Select(t => (t.Key, t.Value)));
    }

    [Fact]
    public void Read_NoCaseReplyTime_GivesTheDefaults() =>
        Assert.Equal(
            [("Complaint", Duration.FromHours(16)), ("Query", Duration.FromHours(8)), ("Report", Duration.FromHours(40))],
            Read(Valid).CaseReplyTimes.OrderBy(t => t.Key, StringComparer.Ordinal).Select(t => (t.Key, t.Value)));

    [Fact]
    public void Read_OneKindGiven_KeepsTheOthersDefaults()
    {
        var times = Read(WithReplyTimes("""{ "Complaint": "PT4H" }""")).CaseReplyTimes;

        Assert.Equal((Duration.FromHours(8), Duration.FromHours(4), Duration.FromHours(40)), (times["Query"], times["Complaint"], times["Report"]));
    }

    [Fact]
    public void Read_DaysOnAShorterWeek_AreWorthItsAverageWorkingDay()
    {
        // Monday 8 hours and Friday 4 hours: a business day is 6 hours, so the default P2D is 12 hours and P5D 30.
        var json = ValidWith("\"Friday\": [\"09:00-12:00\", \"13:00-18:00\"]", "\"Friday\": [\"13:00-17:00\"]");

        var times = Read(json).CaseReplyTimes;

        Assert.Equal((Duration.FromHours(12), Duration.FromHours(30)), (times["Complaint"], times["Report"]));
    }

    [Fact]
    public void Read_UnknownKind_IsRefusedAtItsPosition()
    {
        var json = WithReplyTimes("""{ "Enquiry": "PT8H" }""");

        AssertOnly(json, CalendarDiagnosticCodes.UnknownCaseKind, At(json, "\"PT8H\" }"), "'Enquiry' is not a kind of customer case; the kinds are Query, Complaint, Report (names are case-sensitive).");
    }

    [Fact]
    public void Read_KindInTheWrongCase_SuggestsTheKind()
    {
        var json = WithReplyTimes("""{ "complaint": "P2D" }""");

        AssertOnly(json, CalendarDiagnosticCodes.UnknownCaseKind, At(json, "\"P2D\""), "'complaint' is not a kind of customer case (did you mean 'Complaint'?); the kinds are Query, Complaint, Report (names are case-sensitive).");
    }

    [Fact]
    public void Read_NotADuration_IsRefusedAtItsPositionLikeTheStandardTime()
    {
        var json = WithReplyTimes("""{ "Query": "PT8H", "Complaint": "2 days" }""");

        AssertOnly(json, CalendarDiagnosticCodes.InvalidCaseReplyTime, At(json, "\"2 days\""), $"caseReplyTime.Complaint '2 days' is not an ISO-8601 duration; write it {Examples}. A business day (D) is the calendar's average working day: the weekly working time divided by the number of weekdays with working hours.");
    }

    [Fact]
    public void Read_Weeks_AreRefused()
    {
        var json = WithReplyTimes("""{ "Report": "P1W" }""");

        Assert.Equal(CalendarDiagnosticCodes.InvalidCaseReplyTime, Assert.Single(Problems(json)).Code);
    }

    [Fact]
    public void Read_Zero_IsRefused()
    {
        var json = WithReplyTimes("""{ "Query": "PT0S" }""");

        AssertOnly(json, CalendarDiagnosticCodes.InvalidCaseReplyTime, At(json, "\"PT0S\""), $"caseReplyTime.Query 'PT0S' must be more than zero business time, with no negative parts; write it {Examples}.");
    }

    [Fact]
    public void Read_TooLong_SaysItIsTooLongToBeAReplyTime()
    {
        var json = WithReplyTimes("""{ "Report": "P9999999D" }""");

        AssertOnly(json, CalendarDiagnosticCodes.InvalidCaseReplyTime, At(json, "\"P9999999D\""), "caseReplyTime.Report 'P9999999D' is too long to be a reply time.");
    }

    [Fact]
    public void Read_Null_IsRefused()
    {
        var json = WithReplyTimes("""{ "Query": null }""");

        AssertOnly(json, CalendarDiagnosticCodes.InvalidCaseReplyTime, At(json, "null }"), "caseReplyTime.Query is null: give the reply time as an ISO-8601 duration of business time such as \"PT8H\" or \"P2D\", or leave the kind out for its default.");
    }

    [Fact]
    public void Read_ANumber_IsAWrongTypeAtItsPosition()
    {
        var json = WithReplyTimes("""{ "Query": 8 }""");

        AssertOnly(json, CalendarDiagnosticCodes.InvalidJson, At(json, "8 }"), "The value has the wrong type: expected a string (at 'caseReplyTime.Query').");
    }

    [Fact]
    public void Read_EveryProblem_IsReportedInFileOrder()
    {
        var json = WithReplyTimes("""{ "Enquiry": "PT8H", "Complaint": "soon" }""");

        Assert.Equal([CalendarDiagnosticCodes.UnknownCaseKind, CalendarDiagnosticCodes.InvalidCaseReplyTime], Problems(json).Select(p => p.Code));
    }

    [Fact]
    public void Kinds_AreTheNamesOfTheCaseKinds() =>
        Assert.Equal(Enum.GetNames<CaseKind>(), CaseReplyTimeReader.Kinds.Select(k => k.Kind));

    [Fact]
    public void ShippedCalendar_HasTheIssuesReplyTimes()
    {
        // The shipped week is Monday to Friday, 8 hours a day: PT8H, P2D = 16 h, P5D = 40 h.
        var times = CalendarFile.LoadDefault().CaseReplyTimes;

        Assert.Equal((Duration.FromHours(8), Duration.FromHours(16), Duration.FromHours(40)), (times["Query"], times["Complaint"], times["Report"]));
    }
}
