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
    public static RuleDiagnostic Diagnose(JsonException error, ReadOnlySpan<byte> json, string source) =>
        Diagnose(error, json, source, CalendarDiagnosticCodes.InvalidJson, "Not a working calendar: expected a JSON object with 'timeZone', 'week' and 'standardTime'.");

    /// <summary>The diagnostic for another analyst file the JSON reader rejected, as <see cref="Diagnose(JsonException, ReadOnlySpan{byte}, string)"/> makes it for the calendar.</summary>
    /// <param name="error">The reader's error.</param>
    /// <param name="json">The file's content.</param>
    /// <param name="source">The file as diagnostics show it.</param>
    /// <param name="code">The file's code for invalid JSON.</param>
    /// <param name="notThisFile">The message when the whole file is of the wrong type (not an object).</param>
    public static RuleDiagnostic Diagnose(JsonException error, ReadOnlySpan<byte> json, string source, string code, string notThisFile)
    {
        var path = string.IsNullOrEmpty(error.Path) ? string.Empty : error.Path.TrimStart('$').TrimStart('.');
        if (!JsonProblem.IsWrongType(error))
        {
            var position = new SourcePosition((int)(error.LineNumber ?? 0) + 1, (int)(error.BytePositionInLine ?? 0) + 1);
            return new RuleDiagnostic(source, position, null, code, JsonProblem.Problem(error));
        }

        var message = path.Length == 0 ? notThisFile : $"{JsonProblem.Problem(error).TrimEnd('.')} (at '{path}').";
        return new RuleDiagnostic(source, JsonPositionIndex.Build(json).Find(path), null, code, message);
    }

    /// <summary>Reports every property that appears twice in the same object: the JSON reader would silently keep the last one.</summary>
    public static void ReportDuplicates(JsonPositionIndex positions, CalendarDiagnostics diagnostics) =>
        ReportDuplicates(positions, diagnostics, CalendarDiagnosticCodes.DuplicateProperty);

    /// <summary>Reports every property that appears twice in the same object, under another file's <paramref name="code"/>.</summary>
    public static void ReportDuplicates(JsonPositionIndex positions, CalendarDiagnostics diagnostics, string code)
    {
        foreach (var duplicate in positions.DuplicateProperties)
        {
            var cut = duplicate.Path.LastIndexOf('.');
            var where = cut < 0 ? string.Empty : $" in '{duplicate.Path[..cut]}'";
            diagnostics.Report(
                duplicate.Position,
                code,
                $"'{duplicate.Path[(cut + 1)..]}' is given twice{where} (the first is on line {positions.Find(duplicate.Path).Line}); keep only one.");
        }
    }
}
