namespace OrderConfirmation.Calendars;

/// <summary>Reads one day's working intervals from the calendar file (<c>["09:00-12:00", "13:00-18:00"]</c>), reporting every bad interval.</summary>
internal static class WorkingHoursReader
{
    /// <summary>Parses the intervals and checks that they are sorted and do not overlap.</summary>
    /// <param name="texts">The intervals as written.</param>
    /// <param name="path">The JSON path of the list, e.g. <c>week.Monday</c>.</param>
    /// <param name="day">The day as messages name it ("Monday", "make-up working day 2026-10-10").</param>
    /// <param name="diagnostics">Where problems are reported.</param>
    /// <returns>The intervals, or <see langword="null"/> when any of them is wrong.</returns>
    public static IReadOnlyList<WorkingHours>? Read(List<string?> texts, string path, string day, CalendarDiagnostics diagnostics)
    {
        var problems = diagnostics.Count;
        var hours = new List<WorkingHours>(texts.Count);
        for (var i = 0; i < texts.Count; i++)
        {
            var itemPath = $"{path}[{i}]";
            if (texts[i] is not { } text)
            {
                diagnostics.Report(itemPath, CalendarDiagnosticCodes.InvalidHours, $"The working hours of {day} include null; write intervals such as \"09:00-12:00\".");
                continue;
            }

            WorkingHours current;
            try
            {
                current = WorkingHours.Parse(text);
            }
            catch (FormatException e)
            {
                diagnostics.Report(itemPath, CalendarDiagnosticCodes.InvalidHours, $"{day}: {e.Message}");
                continue;
            }

            if (hours.Count > 0 && current.Start < hours[^1].End)
            {
                diagnostics.Report(
                    itemPath,
                    CalendarDiagnosticCodes.InvalidHours,
                    $"The working hours of {day} must be sorted and must not overlap, but {current} starts before {hours[^1]} ends.");
                continue;
            }

            hours.Add(current);
        }

        return diagnostics.Count > problems ? null : hours.AsReadOnly();
    }
}
