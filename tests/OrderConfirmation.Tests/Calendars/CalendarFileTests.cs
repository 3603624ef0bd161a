using System.Text;
using NodaTime;
using OrderConfirmation.Calendars;
using OrderConfirmation.Rules;
using static OrderConfirmation.Tests.Calendars.CalendarJson;
using static OrderConfirmation.Tests.Calendars.TestCalendars;

namespace OrderConfirmation.Tests.Calendars;

public sealed class CalendarFileTests
{
    [Fact]
    public void Load_ShippedFile_ReadsTheCompanysWeekAndStandard()
    {
        var settings = CalendarFile.Load(ShippedPath);

        Assert.Equal(Shanghai, settings.Calendar.Zone);
        Assert.Equal([IsoDayOfWeek.Monday, IsoDayOfWeek.Tuesday, IsoDayOfWeek.Wednesday, IsoDayOfWeek.Thursday, IsoDayOfWeek.Friday], settings.Calendar.Week.Keys.Order());
        Assert.All(settings.Calendar.Week.Values, hours => Assert.Equal(Hours("09:00-12:00", "13:00-18:00"), hours));
        Assert.Equal(Duration.FromHours(8), settings.StandardTime);
        Assert.True(settings.PauseWhileAwaitingCustomer);
    }

    [Fact]
    public void LoadDefault_IsTheShippedFile()
    {
        var shipped = CalendarFile.Load(ShippedPath);

        var embedded = CalendarFile.LoadDefault();

        AssertSameCalendar(shipped.Calendar, embedded.Calendar);
        Assert.Equal((shipped.StandardTime, shipped.PauseWhileAwaitingCustomer), (embedded.StandardTime, embedded.PauseWhileAwaitingCustomer));
    }

    [Fact]
    public void DefaultZone_IsTheZoneTheShippedFileNames()
    {
        var named = System.Text.Json.Nodes.JsonNode.Parse(File.ReadAllText(ShippedPath))!["timeZone"]!.GetValue<string>();

        Assert.Equal(named, CalendarFile.DefaultZone.Id);
    }

    [Theory]
    [InlineData("PT8H", 8 * 60)]
    [InlineData("PT90M", 90)]
    [InlineData("P1D", 8 * 60)]
    [InlineData("P1DT4H", 12 * 60)]
    [InlineData("P3D", 24 * 60)]
    public void Read_StandardTime_IsBusinessTimeWithDaysOfTheAverageWorkingDay(string standardTime, int minutes)
    {
        var settings = Read(ValidWith("\"PT8H\"", $"\"{standardTime}\""));

        Assert.Equal(Duration.FromMinutes(minutes), settings.StandardTime);
    }

    [Fact]
    public void Read_StandardTimeInDaysWithUnevenDays_UsesWeeklyTimeDividedByWorkingWeekdays()
    {
        // 9 hours on Monday and 3 on Saturday: the average working day is 6 hours.
        var json = ValidWith(
            "\"week\": { \"Monday\": [\"09:00-12:00\", \"13:00-18:00\"], \"Friday\": [\"09:00-12:00\", \"13:00-18:00\"] }",
            "\"week\": { \"Monday\": [\"09:00-18:00\"], \"Tuesday\": [], \"Saturday\": [\"09:00-12:00\"] }").Replace("\"PT8H\"", "\"P2D\"", StringComparison.Ordinal);

        Assert.Equal(Duration.FromHours(12), Read(json).StandardTime);
    }

    [Fact]
    public void Read_FractionalSeconds_AreKept() =>
        Assert.Equal(Duration.FromMilliseconds(1500), Read(ValidWith("\"PT8H\"", "\"PT1.5S\"")).StandardTime);

    [Fact]
    public void Read_OptionalPropertiesLeftOut_MeanNoHolidaysNoMakeUpDaysAndPausing()
    {
        var settings = Read("""{ "timeZone": "Europe/Berlin", "week": { "Wednesday": ["08:00-16:00"] }, "standardTime": "PT4H" }""");

        Assert.Equal(Berlin, settings.Calendar.Zone);
        Assert.Equal([IsoDayOfWeek.Wednesday], settings.Calendar.Week.Keys);
        Assert.Empty(settings.Calendar.Holidays);
        Assert.Empty(settings.Calendar.MakeUpWorkdays);
        Assert.True(settings.PauseWhileAwaitingCustomer);
    }

    [Fact]
    public void Read_NullOptionalLists_MeanNone()
    {
        var settings = Read(ValidWith("[\"2026-10-01\"]", "null").Replace("[ { \"date\": \"2026-10-10\", \"hours\": [\"09:00-12:00\"] } ]", "null", StringComparison.Ordinal));

        Assert.Empty(settings.Calendar.Holidays);
        Assert.Empty(settings.Calendar.MakeUpWorkdays);
    }

    [Fact]
    public void Read_Description_IsAcceptedAndChangesNothing()
    {
        var json = ValidWith("\"timeZone\"", "\"description\": \"国务院办公厅关于2026年部分节假日安排的通知, 4 November 2025\",\n  \"timeZone\"");

        var described = Read(json);

        var plain = Read(Valid);
        AssertSameCalendar(plain.Calendar, described.Calendar);
        Assert.Equal((plain.StandardTime, plain.PauseWhileAwaitingCustomer), (described.StandardTime, described.PauseWhileAwaitingCustomer));
    }

    [Fact]
    public void Read_PauseSetToFalse_DoesNotPause() =>
        Assert.False(Read(ValidWith("\"PT8H\"", "\"PT8H\", \"pauseWhileAwaitingCustomer\": false")).PauseWhileAwaitingCustomer);

    [Fact]
    public void Read_EmptyWeekday_IsNotWorked()
    {
        var settings = Read(ValidWith("\"Friday\": [\"09:00-12:00\", \"13:00-18:00\"]", "\"Friday\": []"));

        Assert.Equal([IsoDayOfWeek.Monday], settings.Calendar.Week.Keys);
    }

    [Fact]
    public void Read_IntervalStartingWhereThePreviousEnds_IsAccepted()
    {
        var settings = Read(ValidWith("\"Monday\": [\"09:00-12:00\", \"13:00-18:00\"]", "\"Monday\": [\"09:00-12:00\", \"12:00-18:00\"]"));

        Assert.Equal(Hours("09:00-12:00", "12:00-18:00"), settings.Calendar.Week[IsoDayOfWeek.Monday]);
    }

    [Fact]
    public void Read_CommentsTrailingCommasAndByteOrderMark_AreAccepted()
    {
        var json = "\uFEFF" + ValidWith("\"holidays\": [\"2026-10-01\"],", "// National Day\n  \"holidays\": [\"2026-10-01\",],");

        var settings = CalendarFile.Read(Encoding.UTF8.GetBytes(json), Source);

        Assert.Equal([new LocalDate(2026, 10, 1)], settings.Calendar.Holidays);
    }

    [Fact]
    public void Read_ExampleCalendar_CountsBusinessTimeAcrossTheHolidayAndTheMakeUpDay()
    {
        var calendar = CalendarFile.Load(ShippedPath).Calendar;

        // Wednesday 30 September 17:00 to Saturday 10 October 10:00 (2026 notice: National Day 1-7 October, 10 October
        // worked): one hour on the 30th, none on the holidays, 8 and 9 October (16 hours), one hour on the make-up day.
        var businessTime = calendar.BusinessTimeBetween(At(Shanghai, 2026, 9, 30, 17), At(Shanghai, 2026, 10, 10, 10));

        Assert.Equal(Duration.FromHours(18), businessTime);
    }

    [Fact]
    public void Load_MissingFile_ThrowsFileNotFound() =>
        Assert.Throws<FileNotFoundException>(() => CalendarFile.Load(Path.Combine(AppContext.BaseDirectory, "no-such-calendar.json")));

    [Fact]
    public void Load_BlankPath_ThrowsNamingTheParameter() =>
        Assert.Equal("path", Assert.Throws<ArgumentException>(() => CalendarFile.Load(" ")).ParamName);

    [Fact]
    public void Read_BlankSource_ThrowsNamingTheParameter() =>
        Assert.Equal("source", Assert.Throws<ArgumentException>(() => CalendarFile.Read(Encoding.UTF8.GetBytes(Valid), "")).ParamName);

    [Fact]
    public void FromDirectory_ShippedRulesDirectory_LeavesOutTheCalendarFile()
    {
        var directory = Path.GetDirectoryName(ShippedPath)!;
        Assert.True(File.Exists(ShippedPath));

        var files = RuleFile.FromDirectory(directory);

        Assert.NotEmpty(files);
        Assert.DoesNotContain(files, f => Path.GetFileName(f.Path) == CalendarFile.FileName);
    }

    [Fact]
    public void EmbeddedDefaults_LeaveOutTheCalendarFile()
    {
        var files = RuleFile.EmbeddedDefaults();

        Assert.NotEmpty(files);
        Assert.DoesNotContain(files, f => f.Path.Contains("calendar", StringComparison.OrdinalIgnoreCase));
    }
}
