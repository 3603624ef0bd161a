using System.Text;
using System.Text.Json.Nodes;
using NodaTime.Text;
using OrderConfirmation.Calendars;
using OrderConfirmation.Diagnostics;

namespace OrderConfirmation.Tests.Calendars;

/// <summary>Calendar-file texts for the tests: a valid example to vary, reading helpers, and a writer for round trips.</summary>
public static class CalendarJson
{
    /// <summary>The name diagnostics show for texts read by <see cref="Read"/>.</summary>
    public const string Source = "test-calendar.json";

    /// <summary>A valid calendar file, one property per line (line 2 is <c>timeZone</c>, line 6 <c>standardTime</c>).</summary>
    public const string Valid = """
        {
          "timeZone": "Asia/Shanghai",
          "week": { "Monday": ["09:00-12:00", "13:00-18:00"], "Friday": ["09:00-12:00", "13:00-18:00"] },
          "holidays": ["2026-10-01"],
          "makeUpWorkdays": [ { "date": "2026-10-10", "hours": ["09:00-12:00"] } ],
          "standardTime": "PT8H"
        }
        """;

    /// <summary>The shipped calendar file, as copied next to the tests.</summary>
    public static string ShippedPath => Path.Combine(AppContext.BaseDirectory, "rules", CalendarFile.FileName);

    /// <summary><see cref="Valid"/> with one piece of text replaced (which must occur).</summary>
    public static string ValidWith(string oldText, string newText)
    {
        Assert.Contains(oldText, Valid, StringComparison.Ordinal);
        return Valid.Replace(oldText, newText, StringComparison.Ordinal);
    }

    /// <summary>Reads a calendar file's text.</summary>
    public static CalendarSettings Read(string json) => CalendarFile.Read(Encoding.UTF8.GetBytes(json), Source);

    /// <summary>Reads a calendar file's text that must be rejected, and returns the problems.</summary>
    public static IReadOnlyList<RuleDiagnostic> Problems(string json) =>
        Assert.Throws<CalendarLoadException>(() => Read(json)).Diagnostics;

    /// <summary>The 1-based line and column where <paramref name="marker"/> first occurs in <paramref name="json"/> (which must contain it).</summary>
    public static SourcePosition At(string json, string marker, int occurrence = 1)
    {
        var index = -1;
        for (var i = 0; i < occurrence; i++)
        {
            index = json.IndexOf(marker, index + 1, StringComparison.Ordinal);
            Assert.True(index >= 0, $"'{marker}' occurs fewer than {occurrence} time(s).");
        }

        var lineStart = json.LastIndexOf('\n', Math.Max(index - 1, 0)) + 1;
        return new SourcePosition(json[..index].Count(c => c == '\n') + 1, index - lineStart + 1);
    }

    /// <summary>Writes a calendar file for <paramref name="calendar"/>.</summary>
    public static string Write(WorkingCalendar calendar, string zoneId, string standardTime)
    {
        var week = new JsonObject();
        foreach (var (day, hours) in calendar.Week.OrderBy(d => d.Key))
        {
            week[day.ToString()] = Hours(hours);
        }

        var makeUps = new JsonArray();
        foreach (var (date, hours) in calendar.MakeUpWorkdays.OrderBy(d => d.Key))
        {
            makeUps.Add(new JsonObject { ["date"] = LocalDatePattern.Iso.Format(date), ["hours"] = Hours(hours) });
        }

        return new JsonObject
        {
            ["timeZone"] = zoneId,
            ["week"] = week,
            ["holidays"] = new JsonArray([.. calendar.Holidays.Order().Select(d => (JsonNode?)LocalDatePattern.Iso.Format(d))]),
            ["makeUpWorkdays"] = makeUps,
            ["standardTime"] = standardTime,
        }.ToJsonString();
    }

    private static JsonArray Hours(IEnumerable<WorkingHours> hours) => new([.. hours.Select(h => (JsonNode?)h.ToString())]);

    /// <summary>Asserts that two calendars have the same zone, week, holidays and make-up working days.</summary>
    public static void AssertSameCalendar(WorkingCalendar expected, WorkingCalendar actual)
    {
        Assert.Equal(expected.Zone, actual.Zone);
        Assert.Equal(Describe(expected.Week), Describe(actual.Week));
        Assert.Equal(expected.Holidays.Order(), actual.Holidays.Order());
        Assert.Equal(Describe(expected.MakeUpWorkdays), Describe(actual.MakeUpWorkdays));
    }

    private static IEnumerable<string> Describe<TKey>(IReadOnlyDictionary<TKey, IReadOnlyList<WorkingHours>> days) =>
        days.OrderBy(d => d.Key).Select(d => $"{d.Key}: {string.Join(", ", d.Value)}");
}
