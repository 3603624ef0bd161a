using System.Text.Json;
using OrderConfirmation.Diagnostics;
using OrderConfirmation.Json;

namespace OrderConfirmation.Calendars;

/// <summary>Reports problems of the calendar file's JSON itself: malformed text, values of the wrong type, repeated properties.</summary>
internal static class CalendarJsonProblems
{
    /// <summary>
    /// The diagnostic for a file the JSON reader rejected: malformed JSON at the reader's line and column, or a value of
    /// the wrong type at the start of that value. The rest of such a file cannot be read reliably, so this is the only problem reported.
    /// </summary>
    public static RuleDiagnostic Diagnose(JsonException error, ReadOnlySpan<byte> json, string source)
    {
        var path = string.IsNullOrEmpty(error.Path) ? string.Empty : error.Path.TrimStart('$').TrimStart('.');
        if (!JsonProblem.IsWrongType(error))
        {
            var position = new SourcePosition((int)(error.LineNumber ?? 0) + 1, (int)(error.BytePositionInLine ?? 0) + 1);
            return new RuleDiagnostic(source, position, null, CalendarDiagnosticCodes.InvalidJson, JsonProblem.Problem(error));
        }

        var message = path.Length == 0
            ? "Not a working calendar: expected a JSON object with 'timeZone', 'week' and 'standardTime'."
            : $"{JsonProblem.Problem(error).TrimEnd('.')} (at '{path}').";
        return new RuleDiagnostic(source, JsonPositionIndex.Build(json).Find(path), null, CalendarDiagnosticCodes.InvalidJson, message);
    }

    /// <summary>Reports every property that appears twice in the same object: the JSON reader would silently keep the last one.</summary>
    public static void ReportDuplicates(JsonPositionIndex positions, CalendarDiagnostics diagnostics)
    {
        foreach (var duplicate in positions.DuplicateProperties)
        {
            var cut = duplicate.Path.LastIndexOf('.');
            var where = cut < 0 ? string.Empty : $" in '{duplicate.Path[..cut]}'";
            diagnostics.Report(
                duplicate.Position,
                CalendarDiagnosticCodes.DuplicateProperty,
                $"'{duplicate.Path[(cut + 1)..]}' is given twice{where} (the first is on line {positions.Find(duplicate.Path).Line}); keep only one.");
        }
    }
}
