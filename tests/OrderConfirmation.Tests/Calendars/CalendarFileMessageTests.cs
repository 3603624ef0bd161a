using OrderConfirmation.Calendars;
using OrderConfirmation.Diagnostics;
using static OrderConfirmation.Tests.Calendars.CalendarJson;

namespace OrderConfirmation.Tests.Calendars;

/// <summary>
/// The exact diagnostics an analyst sees for a broken calendar file: code, file, line, column and the whole message.
/// These texts are the contract with the people who edit <c>rules/calendar.json</c>, so each is written out in full.
/// </summary>
public sealed class CalendarFileMessageTests
{
    private const string StandardTimeExamples = "e.g. \"PT8H\" (8 business hours), \"PT30M\", \"P1D\" (1 business day) or \"P1DT4H\"";

    private const string BusinessDay = "A business day (D) is the calendar's average working day: the weekly working time divided by the number of weekdays with working hours.";

    private const string DayList = "Monday, Tuesday, Wednesday, Thursday, Friday, Saturday, Sunday";

    private const string TopLevelProperties = "description, timeZone, week, holidays, makeUpWorkdays, standardTime, pauseWhileAwaitingCustomer, caseReplyTime, targets";

    /// <summary>Asserts that reading <paramref name="json"/> fails with exactly this one diagnostic.</summary>
    private static void AssertOnly(string json, string code, SourcePosition position, string message) =>
        Assert.Equal([new RuleDiagnostic(Source, position, null, code, message)], Problems(json));

    private static string WithMonday(string hours) =>
        ValidWith("\"Monday\": [\"09:00-12:00\", \"13:00-18:00\"]", $"\"Monday\": [{hours}]");

    private static string WithMakeUpDays(string makeUpDays) =>
        ValidWith("[ { \"date\": \"2026-10-10\", \"hours\": [\"09:00-12:00\"] } ]", makeUpDays);

    /// <summary>Where the hours of the second day of <see cref="Valid"/>'s week start (the day that the day-name tests rename).</summary>
    private static SourcePosition FridayHours(string json) => At(json, "[\"09:00-12:00\", \"13:00-18:00\"] }");

    private static string WithStandardTime(string standardTime) => ValidWith("\"PT8H\"", $"\"{standardTime}\"");

    [Fact]
    public void Read_NoTimeZone_ReportsItAtTheStartOfTheFile()
    {
        var json = ValidWith("\"timeZone\": \"Asia/Shanghai\",", string.Empty);

        AssertOnly(json, CalendarDiagnosticCodes.MissingField, new SourcePosition(1, 1), "The file has no 'timeZone': give the company's TZDB time zone, e.g. \"Asia/Shanghai\".");
    }

    [Fact]
    public void Read_UnknownTimeZone_ReportsTheZoneWithoutASuggestion()
    {
        var json = ValidWith("Asia/Shanghai", "Mars/Olympus");

        AssertOnly(json, CalendarDiagnosticCodes.UnknownTimeZone, new SourcePosition(2, 15), "'Mars/Olympus' is not a TZDB time zone; use an IANA zone name such as \"Asia/Shanghai\" or \"Europe/Berlin\".");
    }

    [Fact]
    public void Read_TimeZoneInTheWrongCase_SuggestsTheZoneInItsCase()
    {
        var json = ValidWith("Asia/Shanghai", "ASIA/SHANGHAI");

        AssertOnly(json, CalendarDiagnosticCodes.UnknownTimeZone, new SourcePosition(2, 15), "'ASIA/SHANGHAI' is not a TZDB time zone (did you mean 'Asia/Shanghai'?); use an IANA zone name such as \"Asia/Shanghai\" or \"Europe/Berlin\".");
    }

    [Fact]
    public void Read_NoWeek_ReportsItAtTheStartOfTheFile()
    {
        var json = """{ "timeZone": "Asia/Shanghai", "standardTime": "PT8H" }""";

        AssertOnly(json, CalendarDiagnosticCodes.MissingField, new SourcePosition(1, 1), "The file has no 'week': give the working hours of each working weekday, e.g. \"Monday\": [\"09:00-12:00\", \"13:00-18:00\"].");
    }

    [Fact]
    public void Read_NoStandardTime_ReportsItAtTheStartOfTheFile()
    {
        var json = """{ "timeZone": "Asia/Shanghai", "week": { "Monday": ["09:00-18:00"] } }""";

        AssertOnly(json, CalendarDiagnosticCodes.MissingField, new SourcePosition(1, 1), $"The file has no 'standardTime': give the timeliness standard as an ISO-8601 duration of business time, {StandardTimeExamples}.");
    }

    [Fact]
    public void Read_NullTimeZone_ReportsTheNull()
    {
        var json = ValidWith("\"Asia/Shanghai\"", "null");

        AssertOnly(json, CalendarDiagnosticCodes.MissingField, new SourcePosition(2, 15), "The file has no 'timeZone': give the company's TZDB time zone, e.g. \"Asia/Shanghai\".");
    }

    [Fact]
    public void Read_NullWeek_ReportsTheNull()
    {
        var json = ValidWith("{ \"Monday\": [\"09:00-12:00\", \"13:00-18:00\"], \"Friday\": [\"09:00-12:00\", \"13:00-18:00\"] }", "null");

        AssertOnly(json, CalendarDiagnosticCodes.MissingField, new SourcePosition(3, 11), "The file has no 'week': give the working hours of each working weekday, e.g. \"Monday\": [\"09:00-12:00\", \"13:00-18:00\"].");
    }

    [Fact]
    public void Read_NullStandardTime_ReportsTheNull() =>
        AssertOnly(ValidWith("\"PT8H\"", "null"), CalendarDiagnosticCodes.MissingField, new SourcePosition(6, 19), $"The file has no 'standardTime': give the timeliness standard as an ISO-8601 duration of business time, {StandardTimeExamples}.");

    [Theory]
    [InlineData("Fri", "Friday")]
    [InlineData("su", "Sunday")]
    [InlineData("Thurs", "Thursday")]
    public void Read_DayNameThatBeginsADay_SuggestsThatDay(string name, string day)
    {
        var json = ValidWith("\"Friday\"", $"\"{name}\"");

        AssertOnly(json, CalendarDiagnosticCodes.UnknownDay, FridayHours(json), $"'{name}' is not a day of the week (did you mean '{day}'?); the days are {DayList}, in English with a capital letter.");
    }

    [Theory]
    [InlineData("F")]
    [InlineData("Workday")]
    [InlineData("Fridays")]
    public void Read_DayNameThatBeginsNoDayOrIsOneLetter_SuggestsNothing(string name)
    {
        var json = ValidWith("\"Friday\"", $"\"{name}\"");

        AssertOnly(json, CalendarDiagnosticCodes.UnknownDay, FridayHours(json), $"'{name}' is not a day of the week; the days are {DayList}, in English with a capital letter.");
    }

    [Fact]
    public void Read_NullDay_ReportsTheDayAndHowToLeaveItOut()
    {
        var json = ValidWith("\"Friday\": [\"09:00-12:00\", \"13:00-18:00\"]", "\"Friday\": null");

        AssertOnly(json, CalendarDiagnosticCodes.InvalidHours, At(json, "null"), "The working hours of Friday are null; give a list such as [\"09:00-12:00\"], or leave the day out to make it non-working.");
    }

    [Fact]
    public void Read_NullInterval_ReportsItsPositionAndTheDay()
    {
        var json = WithMonday("\"09:00-12:00\", null");

        AssertOnly(json, CalendarDiagnosticCodes.InvalidHours, At(json, "null"), "The working hours of Monday include null; write intervals such as \"09:00-12:00\".");
    }

    [Fact]
    public void Read_MalformedInterval_PrefixesTheDayToTheParsersMessage()
    {
        var json = WithMonday("\"09:00-12:00\", \"13:00 to 18:00\"");

        AssertOnly(json, CalendarDiagnosticCodes.InvalidHours, At(json, "\"13:00 to"), "Monday: Working hours '13:00 to 18:00' must be two 24-hour times separated by '-', e.g. 09:00-12:00.");
    }

    [Fact]
    public void Read_OverlappingIntervals_NamesBothIntervals()
    {
        var json = WithMonday("\"09:00-12:30\", \"12:00-18:00\"");

        AssertOnly(json, CalendarDiagnosticCodes.InvalidHours, At(json, "\"12:00-18:00\""), "The working hours of Monday must be sorted and must not overlap, but 12:00-18:00 starts before 09:00-12:30 ends.");
    }

    [Fact]
    public void Read_WeekWithOnlyEmptyDays_ReportsTheWeek()
    {
        var json = ValidWith("{ \"Monday\": [\"09:00-12:00\", \"13:00-18:00\"], \"Friday\": [\"09:00-12:00\", \"13:00-18:00\"] }", "{ \"Monday\": [], \"Friday\": [] }");

        AssertOnly(json, CalendarDiagnosticCodes.NoWorkingHours, new SourcePosition(3, 11), "The week has no working hours, so no deadline could ever be reached; give at least one weekday working hours.");
    }

    [Fact]
    public void Read_EmptyWeekObject_ReportsTheWeek()
    {
        var json = ValidWith("{ \"Monday\": [\"09:00-12:00\", \"13:00-18:00\"], \"Friday\": [\"09:00-12:00\", \"13:00-18:00\"] }", "{ }");

        AssertOnly(json, CalendarDiagnosticCodes.NoWorkingHours, new SourcePosition(3, 11), "The week has no working hours, so no deadline could ever be reached; give at least one weekday working hours.");
    }

    [Fact]
    public void Read_MalformedHoliday_ShowsTheTextAndTheExpectedForm()
    {
        var json = ValidWith("\"2026-10-01\"", "\"1 October\"");

        AssertOnly(json, CalendarDiagnosticCodes.InvalidDate, new SourcePosition(4, 16), "A holiday is '1 October', which is not a date; write dates as yyyy-MM-dd, e.g. 2026-10-01.");
    }

    [Fact]
    public void Read_NullHoliday_SaysNull()
    {
        var json = ValidWith("[\"2026-10-01\"]", "[\"2026-10-01\", null]");

        AssertOnly(json, CalendarDiagnosticCodes.InvalidDate, new SourcePosition(4, 30), "A holiday is null, which is not a date; write dates as yyyy-MM-dd, e.g. 2026-10-01.");
    }

    [Fact]
    public void Read_HolidayListedTwice_PointsAtTheSecondAndNamesTheFirst()
    {
        var json = ValidWith("[\"2026-10-01\"]", "[\"2026-10-01\",\n    \"2026-10-01\"]");

        AssertOnly(json, CalendarDiagnosticCodes.DuplicateDate, new SourcePosition(5, 5), "2026-10-01 is listed twice in 'holidays' (first at line 4, column 16); remove one.");
    }

    [Fact]
    public void Read_NullMakeUpDay_ShowsTheExpectedShape()
    {
        var json = WithMakeUpDays("[ null ]");

        AssertOnly(json, CalendarDiagnosticCodes.MissingField, At(json, "null"), "A make-up working day is null; write it as { \"date\": \"2026-10-10\", \"hours\": [\"09:00-12:00\"] }.");
    }

    [Fact]
    public void Read_MakeUpDayWithoutDate_ReportsTheDayObject()
    {
        var json = WithMakeUpDays("[ { \"hours\": [\"09:00-12:00\"] } ]");

        AssertOnly(json, CalendarDiagnosticCodes.MissingField, At(json, "{ \"hours\""), "A make-up working day has no 'date'; write it as yyyy-MM-dd, e.g. \"date\": \"2026-10-10\".");
    }

    [Fact]
    public void Read_MakeUpDayWithMalformedDate_ReportsTheDate()
    {
        var json = WithMakeUpDays("[ { \"date\": \"10 October\", \"hours\": [\"09:00-12:00\"] } ]");

        AssertOnly(json, CalendarDiagnosticCodes.InvalidDate, At(json, "\"10 October\""), "A make-up working day is '10 October', which is not a date; write dates as yyyy-MM-dd, e.g. 2026-10-01.");
    }

    [Fact]
    public void Read_MakeUpDayWithoutHours_NamesItsDate()
    {
        var json = WithMakeUpDays("[ { \"date\": \"2026-10-10\" } ]");

        AssertOnly(json, CalendarDiagnosticCodes.NoWorkingHours, At(json, "{ \"date\""), "The make-up working day 2026-10-10 has no working hours; a make-up working day needs at least one interval, e.g. \"hours\": [\"09:00-12:00\", \"13:00-18:00\"].");
    }

    [Fact]
    public void Read_SecondMakeUpDayWithoutDateOrHours_IsNamedByItsPlaceInTheList()
    {
        var json = WithMakeUpDays("[ { \"date\": \"2026-10-10\", \"hours\": [\"09:00-12:00\"] },\n    { \"hours\": [] } ]");

        Assert.Equal(
            [
                new RuleDiagnostic(Source, new SourcePosition(6, 5), null, CalendarDiagnosticCodes.MissingField, "A make-up working day has no 'date'; write it as yyyy-MM-dd, e.g. \"date\": \"2026-10-10\"."),
                new RuleDiagnostic(Source, new SourcePosition(6, 16), null, CalendarDiagnosticCodes.NoWorkingHours, "The make-up working day 2 has no working hours; a make-up working day needs at least one interval, e.g. \"hours\": [\"09:00-12:00\", \"13:00-18:00\"]."),
            ],
            Problems(json));
    }

    [Fact]
    public void Read_MakeUpDayWithMalformedHours_NamesTheDayByItsDate()
    {
        var json = WithMakeUpDays("[ { \"date\": \"2026-10-10\", \"hours\": [null] } ]");

        AssertOnly(json, CalendarDiagnosticCodes.InvalidHours, At(json, "null"), "The working hours of make-up working day 2026-10-10 include null; write intervals such as \"09:00-12:00\".");
    }

    [Fact]
    public void Read_MakeUpDayListedTwice_PointsAtTheSecondAndNamesTheFirst()
    {
        var json = WithMakeUpDays("[ { \"date\": \"2026-10-10\", \"hours\": [\"09:00-12:00\"] },\n    { \"date\": \"2026-10-10\", \"hours\": [\"13:00-18:00\"] } ]");

        AssertOnly(json, CalendarDiagnosticCodes.DuplicateDate, new SourcePosition(6, 15), "2026-10-10 is listed twice in 'makeUpWorkdays' (first at line 5, column 33); remove one.");
    }

    [Fact]
    public void Read_MakeUpDayThatIsAHolidayListedTwice_ReportsTheClashOnceAndTheRepeat()
    {
        var json = ValidWith("[\"2026-10-01\"]", "[\"2026-10-10\"]")
            .Replace("} ]", "},\n    { \"date\": \"2026-10-10\", \"hours\": [\"13:00-18:00\"] } ]", StringComparison.Ordinal);

        Assert.Equal(
            [
                new RuleDiagnostic(Source, new SourcePosition(5, 33), null, CalendarDiagnosticCodes.HolidayAndMakeUpDay, "2026-10-10 is both a holiday and a make-up working day; remove it from one of the two lists."),
                new RuleDiagnostic(Source, new SourcePosition(6, 15), null, CalendarDiagnosticCodes.DuplicateDate, "2026-10-10 is listed twice in 'makeUpWorkdays' (first at line 5, column 33); remove one."),
            ],
            Problems(json));
    }

    [Fact]
    public void Read_MakeUpDayThatIsAHoliday_SaysToRemoveItFromOneList()
    {
        var json = ValidWith("[\"2026-10-01\"]", "[\"2026-10-10\"]");

        AssertOnly(json, CalendarDiagnosticCodes.HolidayAndMakeUpDay, new SourcePosition(5, 33), "2026-10-10 is both a holiday and a make-up working day; remove it from one of the two lists.");
    }

    [Fact]
    public void Read_StandardTimeNotADuration_ShowsExamplesAndWhatADayIs() =>
        AssertOnly(WithStandardTime("8 hours"), CalendarDiagnosticCodes.InvalidStandardTime, new SourcePosition(6, 19), $"standardTime '8 hours' is not an ISO-8601 duration; write it {StandardTimeExamples}. {BusinessDay}");

    [Fact]
    public void Read_StandardTimeInWeeks_AsksForDaysOrHours() =>
        AssertOnly(WithStandardTime("P1W"), CalendarDiagnosticCodes.InvalidStandardTime, new SourcePosition(6, 19), $"standardTime 'P1W' uses years, months or weeks, which have no fixed length in business time; write business days (\"P5D\") or hours (\"PT40H\") instead. {BusinessDay}");

    [Fact]
    public void Read_StandardTimeOfZero_AsksForMoreThanZero() =>
        AssertOnly(WithStandardTime("P0D"), CalendarDiagnosticCodes.InvalidStandardTime, new SourcePosition(6, 19), $"standardTime 'P0D' must be more than zero business time, with no negative parts; write it {StandardTimeExamples}.");

    [Fact]
    public void Read_StandardTimeTooLong_SaysSo() =>
        AssertOnly(WithStandardTime("P9999999D"), CalendarDiagnosticCodes.InvalidStandardTime, new SourcePosition(6, 19), "standardTime 'P9999999D' is too long to be a standard time.");

    [Fact]
    public void Read_UnknownTopLevelProperty_ListsTheFilesProperties()
    {
        var json = ValidWith("\"PT8H\"", "\"PT8H\",\n  \"comment\": \"office hours\"");

        AssertOnly(json, CalendarDiagnosticCodes.UnknownProperty, new SourcePosition(7, 14), $"'comment' is not a property of the calendar file; its properties are {TopLevelProperties} (names are case-sensitive).");
    }

    [Theory]
    [InlineData("\"timezone\": \"Asia/Shanghai\"", "timezone", "timeZone")]
    [InlineData("\"holiday\": []", "holiday", "holidays")]
    [InlineData("\"pauseWhileAwaitingCustomers\": true", "pauseWhileAwaitingCustomers", "pauseWhileAwaitingCustomer")]
    [InlineData("\"wee\": {}", "wee", "week")]
    [InlineData("\"Description\": \"2026\"", "Description", "description")]
    public void Read_MisspeltTopLevelProperty_SuggestsTheProperty(string property, string name, string suggestion)
    {
        var json = ValidWith("\"PT8H\"", $"\"PT8H\",\n  {property}");

        AssertOnly(json, CalendarDiagnosticCodes.UnknownProperty, new SourcePosition(7, name.Length + 7), $"'{name}' is not a property of the calendar file (did you mean '{suggestion}'?); its properties are {TopLevelProperties} (names are case-sensitive).");
    }

    [Fact]
    public void Read_TwoLetterPrefixOfAProperty_SuggestsNothing()
    {
        var json = ValidWith("\"PT8H\"", "\"PT8H\",\n  \"we\": {}");

        AssertOnly(json, CalendarDiagnosticCodes.UnknownProperty, new SourcePosition(7, 9), $"'we' is not a property of the calendar file; its properties are {TopLevelProperties} (names are case-sensitive).");
    }

    [Fact]
    public void Read_MisspeltMakeUpDayProperty_IsPlacedInTheDayAndSuggestsTheProperty()
    {
        var json = WithMakeUpDays("[ { \"date\": \"2026-10-10\", \"hours\": [\"09:00-12:00\"], \"Hour\": 1 } ]");

        AssertOnly(json, CalendarDiagnosticCodes.UnknownProperty, At(json, "1 }"), "'Hour' is not a property of a make-up working day (did you mean 'hours'?); its properties are date, hours (names are case-sensitive).");
    }

    [Fact]
    public void Read_PropertyGivenTwice_PointsAtTheSecondAndNamesTheFirstLine()
    {
        var json = ValidWith("\"standardTime\": \"PT8H\"", "\"standardTime\": \"PT8H\",\n  \"standardTime\": \"PT8H\"");

        AssertOnly(json, CalendarDiagnosticCodes.DuplicateProperty, new SourcePosition(7, 3), "'standardTime' is given twice (the first is on line 6); keep only one.");
    }

    [Fact]
    public void Read_PropertyGivenTwiceInAMakeUpDay_NamesTheDay()
    {
        var json = WithMakeUpDays("[ { \"date\": \"2026-10-10\",\n    \"date\": \"2026-10-10\", \"hours\": [\"09:00-12:00\"] } ]");

        AssertOnly(json, CalendarDiagnosticCodes.DuplicateProperty, new SourcePosition(6, 5), "'date' is given twice in 'makeUpWorkdays[0]' (the first is on line 5); keep only one.");
    }

    [Fact]
    public void Read_NullDocument_SaysTheFileHoldsNull() =>
        AssertOnly("null", CalendarDiagnosticCodes.InvalidJson, new SourcePosition(1, 1), "The file holds 'null', not a working calendar.");

    [Fact]
    public void Read_ArrayDocument_SaysAnObjectIsExpected() =>
        AssertOnly("\n  [ ]", CalendarDiagnosticCodes.InvalidJson, new SourcePosition(2, 3), "Not a working calendar: expected a JSON object with 'timeZone', 'week' and 'standardTime'.");

    [Fact]
    public void Read_ValueOfTheWrongType_NamesThePropertyAndTheExpectedType()
    {
        var json = ValidWith("\"PT8H\"", "8");

        AssertOnly(json, CalendarDiagnosticCodes.InvalidJson, new SourcePosition(6, 19), "The value has the wrong type: expected a string (at 'standardTime').");
    }

    [Fact]
    public void Read_DescriptionNotText_NamesThePropertyAndTheExpectedType()
    {
        var json = ValidWith("\"PT8H\"", "\"PT8H\",\n  \"description\": 2026");

        AssertOnly(json, CalendarDiagnosticCodes.InvalidJson, new SourcePosition(7, 18), "The value has the wrong type: expected a string (at 'description').");
    }

    [Fact]
    public void Read_UnterminatedDocument_ReportsWhereTheReaderStopped()
    {
        var diagnostic = Assert.Single(Problems("{\n  \"timeZone\": \"Asia/Shanghai\",\n"));

        Assert.Equal((Source, new SourcePosition(3, 1), (string?)null, CalendarDiagnosticCodes.InvalidJson), (diagnostic.File, diagnostic.Position, diagnostic.Rule, diagnostic.Code));
        Assert.DoesNotContain("Path:", diagnostic.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("LineNumber", diagnostic.Message, StringComparison.Ordinal);
    }
}
