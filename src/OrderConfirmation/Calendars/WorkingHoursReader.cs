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
            var parsed = Parse(texts[i], itemPath, day, diagnostics);
            if (parsed is null)
            {
                continue;
            }

            var current = parsed.Value;
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

    /// <summary>Parses one interval, reporting it when it is null or malformed.</summary>
    /// <remarks>
    /// Kept apart from <see cref="Read"/> so that no local there needs a <c>continue</c> to be definitely assigned:
    /// mutation testing can then compile each mutant of <see cref="Read"/> on its own (see tests/mutation).
    /// </remarks>
    private static WorkingHours? Parse(string? text, string path, string day, CalendarDiagnostics diagnostics)
    {
        if (text is null)
        {
            diagnostics.Report(path, CalendarDiagnosticCodes.InvalidHours, $"The working hours of {day} include null; write intervals such as \"09:00-12:00\".");
            return null;
        }

        try
        {
            return WorkingHours.Parse(text);
        }
        catch (FormatException e)
        {
            diagnostics.Report(path, CalendarDiagnosticCodes.InvalidHours, $"{day}: {e.Message}");
            return null;
        }
    }
}
