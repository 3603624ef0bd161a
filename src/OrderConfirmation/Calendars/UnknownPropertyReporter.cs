using System.Text.Json;

namespace OrderConfirmation.Calendars;

/// <summary>Reports the properties of a calendar-file object that the format does not have: an analyst's typo must not be silently ignored.</summary>
internal static class UnknownPropertyReporter
{
    /// <summary>Reports each unknown property, suggesting the known one it most likely misspells.</summary>
    /// <param name="unknown">The unknown properties collected while parsing, or <see langword="null"/> when there were none.</param>
    /// <param name="parentPath">The JSON path of the object holding them; empty for the top level.</param>
    /// <param name="owner">The object as messages name it ("the calendar file", "a make-up working day").</param>
    /// <param name="known">The properties the object does have, in the order the documentation lists them.</param>
    /// <param name="diagnostics">Where problems are reported.</param>
    public static void Report(Dictionary<string, JsonElement>? unknown, string parentPath, string owner, IReadOnlyList<string> known, CalendarDiagnostics diagnostics) =>
        Report(unknown, parentPath, owner, known, diagnostics, CalendarDiagnosticCodes.UnknownProperty);

    /// <summary>Reports each unknown property of another analyst file's object, under that file's <paramref name="code"/>.</summary>
    public static void Report(Dictionary<string, JsonElement>? unknown, string parentPath, string owner, IReadOnlyList<string> known, CalendarDiagnostics diagnostics, string code)
    {
        foreach (var name in unknown?.Keys ?? Enumerable.Empty<string>())
        {
            var path = parentPath.Length == 0 ? name : $"{parentPath}.{name}";
            diagnostics.Report(
                path,
                code,
                $"'{name}' is not a property of {owner}{Suggestion(name, known)}; its properties are {string.Join(", ", known)} (names are case-sensitive).");
        }
    }

    private static string Suggestion(string name, IReadOnlyList<string> known) =>
        (known.FirstOrDefault(k => k.Equals(name, StringComparison.OrdinalIgnoreCase))
            ?? known.FirstOrDefault(k => name.Length >= 3 && (k.StartsWith(name, StringComparison.OrdinalIgnoreCase) || name.StartsWith(k, StringComparison.OrdinalIgnoreCase)))) is { } match
            ? $" (did you mean '{match}'?)"
            : string.Empty;
}
