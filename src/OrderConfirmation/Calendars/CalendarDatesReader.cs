using NodaTime;
using NodaTime.Text;

namespace OrderConfirmation.Calendars;

/// <summary>Reads the calendar file's <c>holidays</c> and <c>makeUpWorkdays</c>: ISO dates, each listed once, none in both.</summary>
internal static class CalendarDatesReader
{
    private static readonly string[] MakeUpDayProperties = ["date", "hours"];

    /// <summary>Reads the holidays; a missing or null list means none.</summary>
    /// <returns>The valid, distinct holidays (problems are reported, not returned).</returns>
    public static HashSet<LocalDate> Holidays(List<string?>? texts, CalendarDiagnostics diagnostics)
    {
        var seen = new Dictionary<LocalDate, string>();
        for (var i = 0; i < texts?.Count; i++)
        {
            var path = $"holidays[{i}]";
            if (Date(texts[i], path, "A holiday", diagnostics) is { } date)
            {
                ListedOnce(seen, date, path, "holidays", diagnostics);
            }
        }

        return [.. seen.Keys];
    }

    /// <summary>Reads the make-up working days; a missing or null list means none.</summary>
    /// <param name="days">The make-up days as written.</param>
    /// <param name="holidays">The holidays, which a make-up day must not be.</param>
    /// <param name="diagnostics">Where problems are reported.</param>
    /// <returns>The valid make-up days with their hours (problems are reported, not returned).</returns>
    public static Dictionary<LocalDate, IReadOnlyList<WorkingHours>> MakeUpWorkdays(
        List<MakeUpWorkdayDocument?>? days, IReadOnlySet<LocalDate> holidays, CalendarDiagnostics diagnostics)
    {
        var seen = new Dictionary<LocalDate, string>();
        var result = new Dictionary<LocalDate, IReadOnlyList<WorkingHours>>();
        for (var i = 0; i < days?.Count; i++)
        {
            var path = $"makeUpWorkdays[{i}]";
            // Locals are assigned where they are declared, never by a pattern whose 'continue' a mutant could remove,
            // so that mutation testing can compile each mutant of this method on its own.
            var day = days[i];
            if (day is null)
            {
                diagnostics.Report(path, CalendarDiagnosticCodes.MissingField, "A make-up working day is null; write it as { \"date\": \"2026-10-10\", \"hours\": [\"09:00-12:00\"] }.");
                continue;
            }

            UnknownPropertyReporter.Report(day.UnknownProperties, path, "a make-up working day", MakeUpDayProperties, diagnostics);
            var date = day.Date is null
                ? Missing(path, diagnostics)
                : Date(day.Date, $"{path}.date", "A make-up working day", diagnostics);
            var name = date is { } d ? $"make-up working day {Iso(d)}" : $"make-up working day {i + 1}";
            var hours = day.Hours is { Count: > 0 } texts
                ? WorkingHoursReader.Read(texts, $"{path}.hours", name, diagnostics)
                : NoHours($"{path}.hours", name, diagnostics);
            if (date is null || !ListedOnce(seen, date.Value, $"{path}.date", "makeUpWorkdays", diagnostics))
            {
                continue;
            }

            var workday = date.Value;
            if (holidays.Contains(workday))
            {
                diagnostics.Report($"{path}.date", CalendarDiagnosticCodes.HolidayAndMakeUpDay, $"{Iso(workday)} is both a holiday and a make-up working day; remove it from one of the two lists.");
            }
            else if (hours is not null)
            {
                result[workday] = hours;
            }
        }

        return result;
    }

    private static LocalDate? Date(string? text, string path, string what, CalendarDiagnostics diagnostics)
    {
        if (text is not null && LocalDatePattern.Iso.Parse(text) is { Success: true } parsed)
        {
            return parsed.Value;
        }

        diagnostics.Report(path, CalendarDiagnosticCodes.InvalidDate, $"{what} is {(text is null ? "null" : $"'{text}'")}, which is not a date; write dates as yyyy-MM-dd, e.g. 2026-10-01.");
        return null;
    }

    private static bool ListedOnce(Dictionary<LocalDate, string> seen, LocalDate date, string path, string list, CalendarDiagnostics diagnostics)
    {
        if (seen.TryAdd(date, path))
        {
            return true;
        }

        var first = diagnostics.PositionOf(seen[date]);
        diagnostics.Report(path, CalendarDiagnosticCodes.DuplicateDate, $"{Iso(date)} is listed twice in '{list}' (first at line {first.Line}, column {first.Column}); remove one.");
        return false;
    }

    private static LocalDate? Missing(string path, CalendarDiagnostics diagnostics)
    {
        diagnostics.Report(path, CalendarDiagnosticCodes.MissingField, "A make-up working day has no 'date'; write it as yyyy-MM-dd, e.g. \"date\": \"2026-10-10\".");
        return null;
    }

    private static IReadOnlyList<WorkingHours>? NoHours(string path, string name, CalendarDiagnostics diagnostics)
    {
        diagnostics.Report(path, CalendarDiagnosticCodes.NoWorkingHours, $"The {name} has no working hours; a make-up working day needs at least one interval, e.g. \"hours\": [\"09:00-12:00\", \"13:00-18:00\"].");
        return null;
    }

    private static string Iso(LocalDate date) => LocalDatePattern.Iso.Format(date);
}
