using OrderConfirmation.Calendars;
using OrderConfirmation.Diagnostics;
using static OrderConfirmation.Tests.Calendars.CalendarJson;

namespace OrderConfirmation.Tests.Calendars;

public sealed class CalendarFileDiagnosticsTests
{
    private static RuleDiagnostic Single(string json, string code)
    {
        var problems = Problems(json);
        var diagnostic = Assert.Single(problems);
        Assert.Equal(code, diagnostic.Code);
        Assert.Equal((Source, (string?)null), (diagnostic.File, diagnostic.Rule));
        return diagnostic;
    }

    private static void AssertSingleAt(string json, string code, string marker, string messagePart, int occurrence = 1)
    {
        var diagnostic = Single(json, code);
        Assert.Equal(At(json, marker, occurrence), diagnostic.Position);
        Assert.Contains(messagePart, diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_MalformedJson_ReportsTheLineAndColumn()
    {
        var json = ValidWith("\"Asia/Shanghai\",", "\"Asia/Shanghai\"");

        var diagnostic = Single(json, CalendarDiagnosticCodes.InvalidJson);

        Assert.Equal(At(json, "\"week\""), diagnostic.Position);
    }

    [Fact]
    public void Read_ValueOfTheWrongType_ReportsItsPositionAndTheExpectedType()
    {
        var json = ValidWith("\"PT8H\"", "\"PT8H\",\n  \"pauseWhileAwaitingCustomer\": \"yes\"");

        AssertSingleAt(json, CalendarDiagnosticCodes.InvalidJson, "\"yes\"", "The value has the wrong type: expected true or false (at 'pauseWhileAwaitingCustomer').");
    }

    [Fact]
    public void Read_WeekAsAnArray_ReportsThatAnObjectIsExpected()
    {
        var json = """{ "timeZone": "Asia/Shanghai", "week": ["09:00-12:00"], "standardTime": "PT8H" }""";

        AssertSingleAt(json, CalendarDiagnosticCodes.InvalidJson, "[", "expected an object (at 'week')");
    }

    [Theory]
    [InlineData("[]", "Not a working calendar")]
    [InlineData("null", "holds 'null'")]
    [InlineData("", "")]
    public void Read_NotAnObject_IsInvalidJson(string json, string messagePart) =>
        Assert.Contains(messagePart, Single(json, CalendarDiagnosticCodes.InvalidJson).Message, StringComparison.Ordinal);

    [Fact]
    public void Read_MisspeltProperty_ReportsItWithASuggestionAndTheMissingOne()
    {
        var json = ValidWith("\"timeZone\"", "\"timezone\"");

        var problems = Problems(json);

        Assert.Equal(
            [(CalendarDiagnosticCodes.MissingField, SourcePosition.Start), (CalendarDiagnosticCodes.UnknownProperty, At(json, "\"Asia/Shanghai\""))],
            problems.Select(p => (p.Code, p.Position)));
        Assert.Contains("'timezone' is not a property of the calendar file (did you mean 'timeZone'?)", problems[1].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_UnknownPropertyOfAMakeUpDay_IsReported()
    {
        var json = ValidWith("\"hours\": [\"09:00-12:00\"]", "\"hours\": [\"09:00-12:00\"], \"note\": \"Golden week\"");

        AssertSingleAt(json, CalendarDiagnosticCodes.UnknownProperty, "\"Golden week\"", "'note' is not a property of a make-up working day; its properties are date, hours");
    }

    [Fact]
    public void Read_RepeatedProperty_ReportsTheSecondOccurrence()
    {
        var json = ValidWith("\"standardTime\": \"PT8H\"", "\"standardTime\": \"PT8H\",\n  \"standardTime\": \"PT4H\"");

        AssertSingleAt(json, CalendarDiagnosticCodes.DuplicateProperty, "\"standardTime\"", "'standardTime' is given twice (the first is on line 6); keep only one.", occurrence: 2);
    }

    [Fact]
    public void Read_RepeatedWeekday_ReportsTheDay()
    {
        var json = ValidWith("\"Friday\"", "\"Monday\"");

        AssertSingleAt(json, CalendarDiagnosticCodes.DuplicateProperty, "\"Monday\"", "'Monday' is given twice in 'week' (the first is on line 3)", occurrence: 2);
    }

    [Fact]
    public void Read_RequiredPropertiesMissing_ReportsEachAtTheStartOfTheFile()
    {
        var problems = Problems("{ }");

        Assert.All(problems, p => Assert.Equal((CalendarDiagnosticCodes.MissingField, new SourcePosition(1, 1)), (p.Code, p.Position)));
        Assert.Equal(3, problems.Count);
        Assert.Contains(problems, p => p.Message.Contains("no 'timeZone'", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Message.Contains("no 'week'", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Message.Contains("no 'standardTime'", StringComparison.Ordinal));
    }

    [Fact]
    public void Read_UnknownTimeZone_ReportsTheZone()
    {
        var json = ValidWith("Asia/Shanghai", "Asia/Shangai");

        AssertSingleAt(json, CalendarDiagnosticCodes.UnknownTimeZone, "\"Asia/Shangai\"", "'Asia/Shangai' is not a TZDB time zone");
    }

    [Fact]
    public void Read_TimeZoneInTheWrongCase_SuggestsTheZone() =>
        AssertSingleAt(ValidWith("Asia/Shanghai", "asia/shanghai"), CalendarDiagnosticCodes.UnknownTimeZone, "\"asia/shanghai\"", "did you mean 'Asia/Shanghai'?");

    [Fact]
    public void Read_AbbreviatedDayName_ReportsItWithASuggestion()
    {
        var json = ValidWith("\"Friday\"", "\"Fri\"");

        AssertSingleAt(json, CalendarDiagnosticCodes.UnknownDay, "[\"09:00-12:00\", \"13:00-18:00\"] }", "'Fri' is not a day of the week (did you mean 'Friday'?); the days are Monday, Tuesday, Wednesday, Thursday, Friday, Saturday, Sunday");
    }

    [Fact]
    public void Read_MalformedHours_ReportsTheIntervalAndTheDay()
    {
        var json = ValidWith("\"13:00-18:00\"], \"Friday\"", "\"1pm-6pm\"], \"Friday\"");

        AssertSingleAt(json, CalendarDiagnosticCodes.InvalidHours, "\"1pm-6pm\"", "Monday: Working hours '1pm-6pm': the start time '1pm' is not a 24-hour time such as 09:00 or 17:30.");
    }

    [Theory]
    [InlineData("\"09:00-12:30\", \"12:00-18:00\"", "\"12:00-18:00\"", "12:00-18:00 starts before 09:00-12:30 ends")]
    [InlineData("\"13:00-18:00\", \"09:00-12:00\"", "\"09:00-12:00\"], \"Friday\"", "09:00-12:00 starts before 13:00-18:00 ends")]
    public void Read_OverlappingOrUnsortedHours_ReportsTheLaterInterval(string mondayHours, string marker, string messagePart)
    {
        var json = ValidWith("\"Monday\": [\"09:00-12:00\", \"13:00-18:00\"]", $"\"Monday\": [{mondayHours}]");

        AssertSingleAt(json, CalendarDiagnosticCodes.InvalidHours, marker, $"The working hours of Monday must be sorted and must not overlap, but {messagePart}.");
    }

    [Fact]
    public void Read_EmptyInterval_IsInvalidHours() =>
        AssertSingleAt(ValidWith("\"13:00-18:00\"], \"Friday\"", "\"18:00-18:00\"], \"Friday\""), CalendarDiagnosticCodes.InvalidHours, "\"18:00-18:00\"", "must end after they start");

    [Fact]
    public void Read_NullDay_IsInvalidHours() =>
        AssertSingleAt(ValidWith("\"Friday\": [\"09:00-12:00\", \"13:00-18:00\"]", "\"Friday\": null"), CalendarDiagnosticCodes.InvalidHours, "null", "leave the day out to make it non-working");

    [Fact]
    public void Read_WeekWithoutWorkingHours_ReportsTheWeek()
    {
        var json = ValidWith("{ \"Monday\": [\"09:00-12:00\", \"13:00-18:00\"], \"Friday\": [\"09:00-12:00\", \"13:00-18:00\"] }", "{ \"Monday\": [] }");

        AssertSingleAt(json, CalendarDiagnosticCodes.NoWorkingHours, "{ \"Monday\"", "The week has no working hours");
    }

    [Theory]
    [InlineData("2026-13-01")]
    [InlineData("01.10.2026")]
    [InlineData("2026-10-1")]
    public void Read_MalformedHoliday_ReportsTheDate(string date)
    {
        var json = ValidWith("\"2026-10-01\"", $"\"{date}\"");

        AssertSingleAt(json, CalendarDiagnosticCodes.InvalidDate, $"\"{date}\"", $"A holiday is '{date}', which is not a date; write dates as yyyy-MM-dd");
    }

    [Fact]
    public void Read_HolidayListedTwice_ReportsTheSecond()
    {
        var json = ValidWith("[\"2026-10-01\"]", "[\"2026-10-01\", \"2026-10-02\", \"2026-10-01\"]");

        AssertSingleAt(json, CalendarDiagnosticCodes.DuplicateDate, "\"2026-10-01\"", "2026-10-01 is listed twice in 'holidays' (first at line 4, column 16)", occurrence: 2);
    }

    [Fact]
    public void Read_MakeUpDayListedTwice_ReportsTheSecond()
    {
        var json = ValidWith("} ]", "}, { \"date\": \"2026-10-10\", \"hours\": [\"13:00-18:00\"] } ]");

        AssertSingleAt(json, CalendarDiagnosticCodes.DuplicateDate, "\"2026-10-10\"", "2026-10-10 is listed twice in 'makeUpWorkdays'", occurrence: 2);
    }

    [Fact]
    public void Read_DateBothHolidayAndMakeUpDay_ReportsTheMakeUpDay()
    {
        var json = ValidWith("[\"2026-10-01\"]", "[\"2026-10-10\"]");

        AssertSingleAt(json, CalendarDiagnosticCodes.HolidayAndMakeUpDay, "\"2026-10-10\"", "2026-10-10 is both a holiday and a make-up working day", occurrence: 2);
    }

    [Theory]
    [InlineData("\"hours\": []", "[]")]
    [InlineData("\"hours\": null", "null")]
    public void Read_MakeUpDayWithoutHours_ReportsTheDay(string hours, string marker)
    {
        var json = ValidWith("\"hours\": [\"09:00-12:00\"]", hours);

        AssertSingleAt(json, CalendarDiagnosticCodes.NoWorkingHours, marker, "The make-up working day 2026-10-10 has no working hours");
    }

    [Fact]
    public void Read_MakeUpDayWithoutDate_ReportsTheDay()
    {
        var json = ValidWith("\"date\": \"2026-10-10\", ", string.Empty);

        AssertSingleAt(json, CalendarDiagnosticCodes.MissingField, "{ \"hours\"", "A make-up working day has no 'date'");
    }

    [Fact]
    public void Read_MalformedMakeUpHours_NameTheMakeUpDay() =>
        AssertSingleAt(ValidWith("\"hours\": [\"09:00-12:00\"]", "\"hours\": [\"9-12\"]"), CalendarDiagnosticCodes.InvalidHours, "\"9-12\"", "make-up working day 2026-10-10: Working hours '9-12'");

    [Theory]
    [InlineData("8h", "is not an ISO-8601 duration")]
    [InlineData("pt8h", "is not an ISO-8601 duration")]
    [InlineData("", "is not an ISO-8601 duration")]
    [InlineData("P1W", "uses years, months or weeks")]
    [InlineData("P1M", "uses years, months or weeks")]
    [InlineData("P1Y", "uses years, months or weeks")]
    [InlineData("PT0S", "must be more than zero business time")]
    [InlineData("PT-1H", "must be more than zero business time")]
    [InlineData("P1DT-1H", "must be more than zero business time")]
    [InlineData("P9999999D", "is too long")]
    public void Read_BadStandardTime_ReportsTheValue(string standardTime, string messagePart)
    {
        var json = ValidWith("\"PT8H\"", $"\"{standardTime}\"");

        AssertSingleAt(json, CalendarDiagnosticCodes.InvalidStandardTime, $"\"{standardTime}\"", $"standardTime '{standardTime}' {messagePart}");
    }

    [Theory]
    [InlineData("8h")]
    [InlineData("P1W")]
    public void Read_BadStandardTime_ExplainsBusinessDays(string standardTime) =>
        Assert.Contains(
            "A business day (D) is the calendar's average working day: the weekly working time divided by the number of weekdays with working hours.",
            Single(ValidWith("\"PT8H\"", $"\"{standardTime}\""), CalendarDiagnosticCodes.InvalidStandardTime).Message,
            StringComparison.Ordinal);

    [Fact]
    public void Read_SeveralProblems_ReportsThemAllInFileOrder()
    {
        const string json = """
            {
              "timeZone": "Mars/Olympus",
              "week": { "Mon": ["09:00-12:00"], "Tuesday": ["9am-12"] },
              "holidays": ["2026-02-30", "2026-10-10"],
              "makeUpWorkdays": [ { "date": "2026-10-10", "hours": ["09:00-12:00"], "hour": [] } ],
              "standardTime": "P1W",
              "pauseWhileAwaitingCustomers": false
            }
            """;

        var problems = Assert.Throws<CalendarLoadException>(() => Read(json)).Diagnostics;

        Assert.Equal(
            [
                (CalendarDiagnosticCodes.UnknownTimeZone, At(json, "\"Mars")),
                (CalendarDiagnosticCodes.UnknownDay, At(json, "[\"09:00-12:00\"], \"Tuesday\"")),
                (CalendarDiagnosticCodes.InvalidHours, At(json, "\"9am-12\"")),
                (CalendarDiagnosticCodes.InvalidDate, At(json, "\"2026-02-30\"")),
                (CalendarDiagnosticCodes.HolidayAndMakeUpDay, At(json, "\"2026-10-10\"", 2)),
                (CalendarDiagnosticCodes.UnknownProperty, At(json, "[] }")),
                (CalendarDiagnosticCodes.InvalidStandardTime, At(json, "\"P1W\"")),
                (CalendarDiagnosticCodes.UnknownProperty, At(json, "false")),
            ],
            problems.Select(p => (p.Code, p.Position)));
    }

    [Fact]
    public void Read_InvalidFile_ExceptionMessageListsEveryProblemAsFileLineColumn()
    {
        var json = ValidWith("Asia/Shanghai", "Asia/Shangai").Replace("PT8H", "P1W", StringComparison.Ordinal);

        var error = Assert.Throws<CalendarLoadException>(() => Read(json));

        Assert.Contains($"{Source}:2:15: error OC1104: 'Asia/Shangai' is not a TZDB time zone", error.Message, StringComparison.Ordinal);
        Assert.Contains($"{Source}:6:19: error OC1111: standardTime 'P1W' uses years, months or weeks", error.Message, StringComparison.Ordinal);
        Assert.StartsWith("The working calendar could not be loaded (2 problem(s)):", error.Message, StringComparison.Ordinal);
    }
}
