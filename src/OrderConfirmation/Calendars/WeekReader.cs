using System.Collections.Frozen;
using NodaTime;

namespace OrderConfirmation.Calendars;

/// <summary>Reads the calendar file's <c>week</c>: working hours keyed by English day names, Monday to Sunday.</summary>
internal static class WeekReader
{
    private static readonly FrozenDictionary<string, IsoDayOfWeek> Days =
        Enumerable.Range((int)IsoDayOfWeek.Monday, 7).Select(d => (IsoDayOfWeek)d).ToFrozenDictionary(d => d.ToString(), StringComparer.Ordinal);

    private static readonly string DayList = string.Join(", ", Days.Values.Order().Select(d => d.ToString()));

    /// <summary>Reads and checks the weekly schedule.</summary>
    /// <returns>The working intervals of each listed weekday, or <see langword="null"/> when the week is missing or has a problem.</returns>
    public static Dictionary<IsoDayOfWeek, IReadOnlyList<WorkingHours>>? Read(Dictionary<string, List<string?>?>? week, CalendarDiagnostics diagnostics)
    {
        if (week is null)
        {
            diagnostics.Report("week", CalendarDiagnosticCodes.MissingField, "The file has no 'week': give the working hours of each working weekday, e.g. \"Monday\": [\"09:00-12:00\", \"13:00-18:00\"].");
            return null;
        }

        var problems = diagnostics.Count;
        var schedule = new Dictionary<IsoDayOfWeek, IReadOnlyList<WorkingHours>>();
        var intervals = 0;
        foreach (var (name, texts) in week)
        {
            var path = $"week.{name}";
            var known = Days.TryGetValue(name, out var day);
            if (!known)
            {
                diagnostics.Report(path, CalendarDiagnosticCodes.UnknownDay, $"'{name}' is not a day of the week{Suggestion(name)}; the days are {DayList}, in English with a capital letter.");
            }

            if (texts is null)
            {
                diagnostics.Report(path, CalendarDiagnosticCodes.InvalidHours, $"The working hours of {name} are null; give a list such as [\"09:00-12:00\"], or leave the day out to make it non-working.");
                continue;
            }

            intervals += texts.Count;
            if (WorkingHoursReader.Read(texts, path, name, diagnostics) is { } hours && known)
            {
                schedule[day] = hours;
            }
        }

        if (intervals == 0)
        {
            diagnostics.Report("week", CalendarDiagnosticCodes.NoWorkingHours, "The week has no working hours, so no deadline could ever be reached; give at least one weekday working hours.");
        }

        return diagnostics.Count > problems ? null : schedule;
    }

    private static string Suggestion(string name) =>
        name.Length >= 2 && Days.Keys.FirstOrDefault(d => d.StartsWith(name, StringComparison.OrdinalIgnoreCase)) is { } day
            ? $" (did you mean '{day}'?)"
            : string.Empty;
}
