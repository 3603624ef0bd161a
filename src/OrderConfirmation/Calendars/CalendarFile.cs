using System.Text.Json;
using NodaTime;
using OrderConfirmation.Json;

namespace OrderConfirmation.Calendars;

/// <summary>
/// Loads the analysts' working-calendar file (<see cref="FileName"/>, kept in the rules directory) into
/// <see cref="CalendarSettings"/>. The file is camelCase JSON (comments and trailing commas allowed):
/// <code>
/// { "description": "Mainland China, public holidays of 2026 (State Council General Office notice of 4 November 2025)",
///   "timeZone": "Asia/Shanghai",
///   "week": { "Monday": ["09:00-12:00", "13:00-18:00"], "Friday": ["09:00-12:00", "13:00-18:00"] },
///   "holidays": ["2026-10-01"],
///   "makeUpWorkdays": [ { "date": "2026-10-10", "hours": ["09:00-12:00", "13:00-18:00"] } ],
///   "standardTime": "PT8H",
///   "pauseWhileAwaitingCustomer": true }
/// </code>
/// <c>timeZone</c> (TZDB), <c>week</c> (English day names, Monday to Sunday; a day left out is not worked) and
/// <c>standardTime</c> (see <see cref="CalendarSettings.StandardTime"/>) are required; <c>description</c> is free text
/// for the file's keepers (its sources), not read otherwise; <c>holidays</c> and
/// <c>makeUpWorkdays</c> default to none and <c>pauseWhileAwaitingCustomer</c> to <see langword="true"/>.
/// The whole file is checked when it is loaded: either every part is valid and the settings are returned, or a
/// <see cref="CalendarLoadException"/> lists every problem with its line and column. Unknown properties are
/// problems too, so a misspelt name is never silently ignored.
/// </summary>
public static class CalendarFile
{
    /// <summary>The calendar file's name in the rules directory; rule loading skips it (a rules directory holds it beside the rule files).</summary>
    public const string FileName = "calendar.json";

    private const string EmbeddedName = "OrderConfirmation.Calendars.Defaults." + FileName;

    private static readonly Lazy<DateTimeZone> ShippedZone = new(ReadShippedZone);

    /// <summary>
    /// The time zone of the calendar shipped in the package (<see cref="LoadDefault"/>: Asia/Shanghai): the company's
    /// zone wherever no calendar file names another, such as for a review request without <c>facts.timeZone</c>.
    /// The embedded file is read once, on first use, for its zone alone (a command that reviews requests needs no working
    /// hours or holidays; <see cref="LoadDefault"/> reads and checks the whole file).
    /// </summary>
    /// <exception cref="CalendarLoadException">The embedded file is invalid (a packaging defect).</exception>
    public static DateTimeZone DefaultZone => ShippedZone.Value;

    /// <summary>Loads a calendar file.</summary>
    /// <param name="path">The file's path; diagnostics show it as given.</param>
    /// <returns>The checked settings.</returns>
    /// <exception cref="ArgumentException"><paramref name="path"/> is null or blank.</exception>
    /// <exception cref="IOException">The file cannot be read (for example <see cref="FileNotFoundException"/>).</exception>
    /// <exception cref="CalendarLoadException">The file is invalid; the exception lists every problem.</exception>
    public static CalendarSettings Load(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        return Read(File.ReadAllBytes(path), path);
    }

    /// <summary>Reads a calendar file's content.</summary>
    /// <param name="utf8Json">The UTF-8 JSON content; a leading byte-order mark is allowed.</param>
    /// <param name="source">The file's path or name, as diagnostics should show it.</param>
    /// <returns>The checked settings.</returns>
    /// <exception cref="ArgumentException"><paramref name="source"/> is null or blank.</exception>
    /// <exception cref="CalendarLoadException">The content is invalid; the exception lists every problem.</exception>
    public static CalendarSettings Read(ReadOnlySpan<byte> utf8Json, string source)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(source);
        var json = Utf8Bom.Skip(utf8Json);
        CalendarFileDocument? document;
        try
        {
            document = JsonSerializer.Deserialize(json, CalendarFileJsonContext.Default.CalendarFileDocument);
        }
        catch (JsonException e)
        {
            throw new CalendarLoadException([CalendarJsonProblems.Diagnose(e, json, source)]);
        }

        var positions = JsonPositionIndex.Build(json);
        var diagnostics = new CalendarDiagnostics(source, positions);
        if (document is null)
        {
            diagnostics.Report(string.Empty, CalendarDiagnosticCodes.InvalidJson, "The file holds 'null', not a working calendar.");
            throw new CalendarLoadException(diagnostics.InFileOrder());
        }

        CalendarJsonProblems.ReportDuplicates(positions, diagnostics);
        return CalendarDocumentReader.Read(document, diagnostics) is { } settings && diagnostics.Count == 0
            ? settings
            : throw new CalendarLoadException(diagnostics.InFileOrder());
    }

    /// <summary>
    /// Loads the calendar file embedded in the package (a copy of <c>rules/calendar.json</c>: Asia/Shanghai,
    /// Monday to Friday 09:00–12:00 and 13:00–18:00, the public holidays and make-up working days of 2025 and 2026 from
    /// the State Council General Office's notices, standard time 8 business hours). Each call reads it anew.
    /// </summary>
    /// <returns>The default settings.</returns>
    /// <exception cref="CalendarLoadException">The embedded file is invalid (a packaging defect).</exception>
    public static CalendarSettings LoadDefault()
    {
        // Stryker disable once String : unreachable unless the package is built without the file (the packaging tests check it is there)
        using var stream = typeof(CalendarFile).Assembly.GetManifestResourceStream(EmbeddedName)
            ?? throw new CalendarLoadException($"The embedded calendar file '{EmbeddedName}' is missing (a packaging defect).");
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        return Read(buffer.ToArray(), FileName);
    }

    /// <summary>The zone the embedded file names; when it names none that TZDB knows, the file is loaded whole, which reports why.</summary>
    private static DateTimeZone ReadShippedZone()
    {
        using var stream = typeof(CalendarFile).Assembly.GetManifestResourceStream(EmbeddedName);
        var document = stream is null ? null : JsonSerializer.Deserialize(stream, CalendarFileJsonContext.Default.CalendarFileDocument);
        return document?.TimeZone is { } id && DateTimeZoneProviders.Tzdb.GetZoneOrNull(id) is { } zone ? zone : LoadDefault().Calendar.Zone;
    }
}
