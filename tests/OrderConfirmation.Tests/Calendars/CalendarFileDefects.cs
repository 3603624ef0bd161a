using System.Text.Json.Nodes;
using FsCheck;
using FsCheck.Fluent;
using OrderConfirmation.Calendars;
using OrderConfirmation.Diagnostics;

namespace OrderConfirmation.Tests.Calendars;

/// <summary>
/// A defect put into a valid calendar file on purpose, with the diagnostic it must give: its code, and where it must
/// point (found in the written file by a marker text that only the defect writes, or the start of the file).
/// </summary>
/// <param name="Name">What the defect is, for failure reports.</param>
/// <param name="Inject">Changes the file's JSON to contain the defect.</param>
/// <param name="Code">The diagnostic code the defect must give.</param>
/// <param name="Position">Where the diagnostic must point in the written file.</param>
public sealed record CalendarFileDefect(string Name, Action<JsonObject> Inject, string Code, Func<string, SourcePosition> Position)
{
    public override string ToString() => Name;
}

/// <summary>
/// Generates broken calendar files: a generated valid calendar with one to eight defects of different kinds at once
/// (a wrong or missing zone, unknown properties and days, unsorted, malformed or null intervals, bad and repeated
/// dates, make-up days that are holidays or have no hours or date, bad or missing standard times). The expected
/// diagnostics come from the defects alone, not from the loader.
/// </summary>
public static class CalendarFileDefects
{
    private static readonly SourcePosition FileStart = new(1, 1);

    /// <summary>Each slot holds defects that cannot go together (they change the same value); a file gets at most one per slot.</summary>
    private static readonly CalendarFileDefect[][] Slots =
    [
        [
            new("unknown time zone", file => file["timeZone"] = "Mars/Olympus", CalendarDiagnosticCodes.UnknownTimeZone, At("\"Mars/Olympus\"")),
            new("no time zone", file => file.Remove("timeZone"), CalendarDiagnosticCodes.MissingField, _ => FileStart),
        ],
        [
            new("unknown property", file => file["comment"] = "defect-comment", CalendarDiagnosticCodes.UnknownProperty, At("\"defect-comment\"")),
        ],
        [
            new("abbreviated day", file => file["week"]!["Fri"] = new JsonArray("10:00-11:00"), CalendarDiagnosticCodes.UnknownDay, At("\"Fri\":", 6)),
        ],
        [
            new("unsorted interval", file => FirstDay(file).Add("00:00:00.5-00:00:01"), CalendarDiagnosticCodes.InvalidHours, At("\"00:00:00.5-00:00:01\"")),
            new("malformed interval", file => FirstDay(file).Add("9am-5pm"), CalendarDiagnosticCodes.InvalidHours, At("\"9am-5pm\"")),
            new("null interval", file => FirstDay(file).Add((JsonNode?)null), CalendarDiagnosticCodes.InvalidHours, At("null")),
        ],
        [
            new("impossible holiday", file => Holidays(file).Add("2026-02-30"), CalendarDiagnosticCodes.InvalidDate, At("\"2026-02-30\"")),
        ],
        [
            new("repeated holiday", file => { Holidays(file).Add("1999-01-01"); Holidays(file).Add("1999-01-01"); }, CalendarDiagnosticCodes.DuplicateDate, At("\"1999-01-01\"", occurrence: 2)),
        ],
        [
            new(
                "make-up day that is a holiday",
                file => { Holidays(file).Add("1998-05-05"); MakeUpDays(file).Add(MakeUpDay("1998-05-05", new JsonArray("09:00-12:00"))); },
                CalendarDiagnosticCodes.HolidayAndMakeUpDay,
                At("\"1998-05-05\"", occurrence: 2)),
            new("make-up day without hours", file => MakeUpDays(file).Add(MakeUpDay("1997-03-03", [])), CalendarDiagnosticCodes.NoWorkingHours, At("\"1997-03-03\",\"hours\":", 21)),
            new("make-up day without date", file => MakeUpDays(file).Add(new JsonObject { ["hours"] = new JsonArray("09:00-12:00") }), CalendarDiagnosticCodes.MissingField, At("{\"hours\":")),
        ],
        [
            new("standard time in weeks", file => file["standardTime"] = "P1W", CalendarDiagnosticCodes.InvalidStandardTime, At("\"P1W\"")),
            new("zero standard time", file => file["standardTime"] = "PT0S", CalendarDiagnosticCodes.InvalidStandardTime, At("\"PT0S\"")),
            new("no standard time", file => file.Remove("standardTime"), CalendarDiagnosticCodes.MissingField, _ => FileStart),
        ],
    ];

    /// <summary>One to eight defects, at most one per slot, in slot order.</summary>
    public static Gen<CalendarFileDefect[]> Defects =>
        from picks in Gen.CollectToArray(Slots.Select(slot => Gen.Choose(-1, slot.Length - 1)))
        let chosen = picks.Select((pick, slot) => pick < 0 ? null : Slots[slot][pick]).OfType<CalendarFileDefect>().ToArray()
        select chosen.Length > 0 ? chosen : [Slots[1][0]];

    /// <summary>The diagnostic a defect must give in <paramref name="json"/>, as (code, position).</summary>
    public static (string Code, SourcePosition Position) Expected(CalendarFileDefect defect, string json) => (defect.Code, defect.Position(json));

    private static Func<string, SourcePosition> At(string marker, int advance = 0, int occurrence = 1) =>
        json => CalendarJson.At(json, marker, occurrence).Advance(advance);

    private static JsonArray FirstDay(JsonObject file) => file["week"]!.AsObject().First().Value!.AsArray();

    private static JsonArray Holidays(JsonObject file) => file["holidays"]!.AsArray();

    private static JsonArray MakeUpDays(JsonObject file) => file["makeUpWorkdays"]!.AsArray();

    private static JsonObject MakeUpDay(string date, JsonArray hours) => new() { ["date"] = date, ["hours"] = hours };
}
