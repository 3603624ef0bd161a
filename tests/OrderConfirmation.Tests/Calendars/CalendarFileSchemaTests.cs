using System.Text.Json;
using System.Text.Json.Nodes;
using NodaTime;
using OrderConfirmation.Calendars;
using static OrderConfirmation.Tests.Rules.ShippedSchema;

namespace OrderConfirmation.Tests.Calendars;

/// <summary>
/// rules/calendar.schema.json, which gives analysts' editors completion and inline errors, must describe what
/// <see cref="CalendarFile"/> accepts: the shipped calendar passes it, and calendars the loader rejects fail it.
/// </summary>
public sealed class CalendarFileSchemaTests
{
    /// <summary>A calendar file with every property, which both the schema and the loader accept.</summary>
    private const string Complete = """
        {
          "$schema": "./calendar.schema.json",
          "description": "Head office, Shanghai: public holidays of 2026 (State Council General Office, 4 November 2025).",
          "timeZone": "Asia/Shanghai",
          "week": { "Monday": ["09:00-12:00", "13:00-18:00"], "Saturday": ["09:00-12:00"] },
          "holidays": ["2026-10-01", "2026-10-02"],
          "makeUpWorkdays": [ { "date": "2026-10-10", "hours": ["09:00-12:00", "13:00-18:00"] } ],
          "standardTime": "PT8H",
          "pauseWhileAwaitingCustomer": false,
          "caseReplyTime": { "Query": "PT8H", "Complaint": "P2D", "Report": "P5D" },
          "targets": { "accuracy": 0.98, "timeliness": 0.95, "satisfaction": 4.5, "caseReply": 0.95 }
        }
        """;

    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    /// <summary>Calendars the loader rejects, each with one problem, that the schema must reject too.</summary>
    public static TheoryData<string, string> BrokenFiles => new()
    {
        { "unknown property", Variant(file => file["timezone"] = "Asia/Shanghai") },
        { "missing timeZone", Variant(file => file.Remove("timeZone")) },
        { "missing week", Variant(file => file.Remove("week")) },
        { "missing standardTime", Variant(file => file.Remove("standardTime")) },
        { "week without days", Variant(file => file["week"] = new JsonObject()) },
        { "abbreviated day name", Variant(file => file["week"]!["Tue"] = new JsonArray("09:00-12:00")) },
        { "hours without minutes", Variant(file => file["week"]!["Monday"]![0] = "9-12") },
        { "hours written with 'to'", Variant(file => file["week"]!["Monday"]![0] = "09:00 to 12:00") },
        { "hours past midnight", Variant(file => file["week"]!["Monday"]![1] = "13:00-24:00") },
        { "null hours", Variant(file => file["week"]!["Monday"] = null) },
        { "holiday not YYYY-MM-DD", Variant(file => file["holidays"]![0] = "01/10/2026") },
        { "holiday in month 13", Variant(file => file["holidays"]![0] = "2026-13-01") },
        { "holiday listed twice", Variant(file => file["holidays"]![1] = "2026-10-01") },
        { "make-up day without hours", Variant(file => MakeUpDay(file).Remove("hours")) },
        { "make-up day with no intervals", Variant(file => MakeUpDay(file)["hours"] = new JsonArray()) },
        { "make-up day without date", Variant(file => MakeUpDay(file).Remove("date")) },
        { "unknown make-up day property", Variant(file => MakeUpDay(file)["day"] = "Saturday") },
        { "standardTime in weeks", Variant(file => file["standardTime"] = "P1W") },
        { "standardTime of zero", Variant(file => file["standardTime"] = "PT0H") },
        { "negative standardTime", Variant(file => file["standardTime"] = "PT-8H") },
        { "standardTime not a duration", Variant(file => file["standardTime"] = "8 hours") },
        { "pauseWhileAwaitingCustomer not a boolean", Variant(file => file["pauseWhileAwaitingCustomer"] = "yes") },
        { "description not text", Variant(file => file["description"] = new JsonArray("2026", "State Council")) },
        { "case reply time of an unknown kind", Variant(file => file["caseReplyTime"]!["Enquiry"] = "PT8H") },
        { "case kind in lower case", Variant(file => { file["caseReplyTime"]!.AsObject().Remove("Complaint"); file["caseReplyTime"]!["complaint"] = "P2D"; }) },
        { "case reply time in weeks", Variant(file => file["caseReplyTime"]!["Report"] = "P1W") },
        { "case reply time of zero", Variant(file => file["caseReplyTime"]!["Query"] = "PT0H") },
        { "case reply time null", Variant(file => file["caseReplyTime"]!["Query"] = null) },
        { "accuracy target above 1", Variant(file => file["targets"]!["accuracy"] = 1.5) },
        { "timeliness target as a percentage", Variant(file => file["targets"]!["timeliness"] = 95) },
        { "negative case-reply target", Variant(file => file["targets"]!["caseReply"] = -0.1) },
        { "satisfaction target above 5", Variant(file => file["targets"]!["satisfaction"] = 5.5) },
        { "satisfaction target below 1", Variant(file => file["targets"]!["satisfaction"] = 0.5) },
        { "unknown target", Variant(file => file["targets"]!["csat"] = 0.8) },
        { "target as text", Variant(file => file["targets"]!["accuracy"] = "98%") },
        { "description misspelt", Variant(file => { file.Remove("description"); file["descripton"] = "2026 holidays"; }) },
    };

    /// <summary>Calendars the loader accepts although they differ from <see cref="Complete"/>; the schema must not flag them.</summary>
    public static TheoryData<string, string> AcceptedFiles => new()
    {
        { "only the required properties", Variant(file => { file.Remove("$schema"); file.Remove("description"); file.Remove("holidays"); file.Remove("makeUpWorkdays"); file.Remove("pauseWhileAwaitingCustomer"); file.Remove("caseReplyTime"); file.Remove("targets"); }) },
        { "a case reply time for one kind only", Variant(file => file["caseReplyTime"] = new JsonObject { ["Complaint"] = "P1DT4H" }) },
        { "hours with seconds and spaces", Variant(file => file["week"]!["Monday"]![0] = "09:00:30 - 12:00") },
        { "a day with no hours", Variant(file => file["week"]!["Sunday"] = new JsonArray()) },
        { "standardTime in business days and hours", Variant(file => file["standardTime"] = "P1DT4H") },
        { "standardTime with fractional seconds", Variant(file => file["standardTime"] = "PT0.5S") },
        { "targets for some figures only", Variant(file => file["targets"] = new JsonObject { ["timeliness"] = 0.9 }) },
        { "targets at the ends of their scales", Variant(file => file["targets"] = new JsonObject { ["accuracy"] = 1, ["timeliness"] = 0, ["satisfaction"] = 5, ["caseReply"] = 1 }) },
        { "empty description", Variant(file => file["description"] = string.Empty) },
    };

    [Fact]
    public void Schema_ShippedCalendar_Validates() =>
        Assert.Empty(CalendarProblems(File.ReadAllText(CalendarJson.ShippedPath)));

    [Fact]
    public void ShippedCalendar_FirstProperty_ReferencesTheSchema()
    {
        using var document = JsonDocument.Parse(File.ReadAllText(CalendarJson.ShippedPath));

        var first = document.RootElement.EnumerateObject().First();

        Assert.Equal(("$schema", "./" + CalendarName), (first.Name, first.Value.GetString()));
    }

    [Fact]
    public void Schema_ItsOwnText_IsAValidDraft202012Schema() =>
        Assert.Empty(MetaSchemaProblems(CalendarName));

    [Fact]
    public void SchemaAndLoader_CompleteFile_BothAccept()
    {
        Assert.Empty(CalendarProblems(Complete));

        var settings = CalendarJson.Read(Complete);

        Assert.False(settings.PauseWhileAwaitingCustomer);
    }

    [Theory]
    [MemberData(nameof(BrokenFiles))]
    public void SchemaAndLoader_BrokenFile_BothReject(string problem, string json)
    {
        Assert.True(CalendarProblems(json).Count > 0, $"The schema accepts a calendar with this problem: {problem}.");

        Assert.Throws<CalendarLoadException>(() => CalendarJson.Read(json));
    }

    [Theory]
    [MemberData(nameof(AcceptedFiles))]
    public void SchemaAndLoader_AcceptedVariant_BothAccept(string variant, string json)
    {
        var problems = CalendarProblems(json);
        Assert.True(problems.Count == 0, $"The schema rejects a calendar the loader accepts ({variant}): {string.Join(" | ", problems)}");

        Assert.Equal("Asia/Shanghai", CalendarJson.Read(json).Calendar.Zone.Id);
    }

    [Fact]
    public void Schema_WeekDays_AreTheDaysTheLoaderKnows()
    {
        var week = JsonNode.Parse(Text(CalendarName))!["properties"]!["week"]!["properties"]!.AsObject();

        var weekdays = Enumerable.Range((int)IsoDayOfWeek.Monday, 7).Select(d => ((IsoDayOfWeek)d).ToString());
        Assert.Equal(weekdays, week.Select(day => day.Key));
    }

    private static string Variant(Action<JsonObject> change)
    {
        var file = JsonNode.Parse(Complete)!.AsObject();
        change(file);
        return file.ToJsonString(Indented);
    }

    private static JsonObject MakeUpDay(JsonObject file) => file["makeUpWorkdays"]![0]!.AsObject();
}
