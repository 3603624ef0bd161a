using System.Text.Json;
using OrderConfirmation.Calendars;
using OrderConfirmation.Json;

namespace OrderConfirmation.Tasks;

/// <summary>
/// Loads the analysts' department-task file (<see cref="FileName"/>, kept in the rules directory beside the calendar)
/// into a <see cref="TaskTable"/>. The file is camelCase JSON (comments and trailing commas allowed):
/// <code>
/// { "description": "Which department does what a finding asks, and by when",
///   "tasks": {
///     "ProposeTechnicalSolution": { "department": "Technical", "dueTime": "P2D", "blocksConfirmation": true },
///     "MonitorOverdue": { "department": "Finance", "dueTime": "P5D", "blocksConfirmation": false } } }
/// </code>
/// Each key of <c>tasks</c> is a <see cref="Findings.ReviewAction"/> name; an action not listed opens no task.
/// <c>department</c> is Sales, Finance, Technical or Product; <c>dueTime</c> is an ISO-8601 duration of business time,
/// read exactly as the calendar's <c>standardTime</c> (a day is the calendar's average working day; no years, months or
/// weeks); <c>blocksConfirmation</c> says whether the order may be confirmed while the task is open. All three are
/// required. The whole file is checked when it is loaded: either every part is valid and the table is returned, or a
/// <see cref="TaskLoadException"/> lists every problem with its line, column and action. Unknown actions, departments
/// and properties are problems too.
/// </summary>
public static class TaskFile
{
    /// <summary>The department-task file's name in the rules directory; rule loading skips it, as it skips the calendar.</summary>
    public const string FileName = "tasks.json";

    private const string EmbeddedName = "OrderConfirmation.Tasks.Defaults." + FileName;

    /// <summary>Loads a department-task file.</summary>
    /// <param name="path">The file's path; diagnostics show it as given.</param>
    /// <returns>The checked table.</returns>
    /// <exception cref="ArgumentException"><paramref name="path"/> is null or blank.</exception>
    /// <exception cref="IOException">The file cannot be read (for example <see cref="FileNotFoundException"/>).</exception>
    /// <exception cref="TaskLoadException">The file is invalid; the exception lists every problem.</exception>
    public static TaskTable Load(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        return Read(File.ReadAllBytes(path), path);
    }

    /// <summary>Reads a department-task file's content.</summary>
    /// <param name="utf8Json">The UTF-8 JSON content; a leading byte-order mark is allowed.</param>
    /// <param name="source">The file's path or name, as diagnostics should show it.</param>
    /// <returns>The checked table.</returns>
    /// <exception cref="ArgumentException"><paramref name="source"/> is null or blank.</exception>
    /// <exception cref="TaskLoadException">The content is invalid; the exception lists every problem.</exception>
    public static TaskTable Read(ReadOnlySpan<byte> utf8Json, string source)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(source);
        var json = Utf8Bom.Skip(utf8Json);
        TaskFileDocument? document;
        try
        {
            document = JsonSerializer.Deserialize(json, TaskFileJsonContext.Default.TaskFileDocument);
        }
        catch (JsonException e)
        {
            throw new TaskLoadException([CalendarJsonProblems.Diagnose(e, json, source, TaskDiagnosticCodes.InvalidJson, "Not a department-task file: expected a JSON object with 'tasks'.")]);
        }

        var positions = JsonPositionIndex.Build(json);
        var diagnostics = new CalendarDiagnostics(source, positions);
        if (document is null)
        {
            diagnostics.Report(string.Empty, TaskDiagnosticCodes.InvalidJson, "The file holds 'null', not department tasks.");
            throw new TaskLoadException(diagnostics.InFileOrder());
        }

        CalendarJsonProblems.ReportDuplicates(positions, diagnostics, TaskDiagnosticCodes.DuplicateProperty);
        return TaskDocumentReader.Read(document, diagnostics) is { } table && diagnostics.Count == 0
            ? table
            : throw new TaskLoadException(diagnostics.InFileOrder());
    }

    /// <summary>
    /// Loads the department-task file embedded in the package (a copy of <c>rules/tasks.json</c>: technical solutions to
    /// Technical in 2 business days, delivery dates, products and replenishment to Product, credit, price, exchange-rate
    /// and payment-terms actions to Finance, asking the customer and explaining a declined change to Sales). Each call reads it anew.
    /// </summary>
    /// <returns>The default table.</returns>
    /// <exception cref="TaskLoadException">The embedded file is invalid (a packaging defect).</exception>
    public static TaskTable LoadDefault()
    {
        using var stream = typeof(TaskFile).Assembly.GetManifestResourceStream(EmbeddedName)
            ?? throw new TaskLoadException($"The embedded department-task file '{EmbeddedName}' is missing (a packaging defect).");
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        return Read(buffer.ToArray(), FileName);
    }
}
