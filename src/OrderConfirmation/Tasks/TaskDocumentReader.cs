using NodaTime;
using OrderConfirmation.Calendars;
using OrderConfirmation.Findings;

namespace OrderConfirmation.Tasks;

/// <summary>
/// Turns a parsed department-task file into a <see cref="TaskTable"/>, checking every task and reporting every problem
/// with the action's name; nothing is built unless the whole file is valid.
/// </summary>
internal static class TaskDocumentReader
{
    private static readonly string[] Properties = ["description", "tasks"];

    private static readonly string[] TaskProperties = ["department", "dueTime", "blocksConfirmation"];

    /// <summary>Checks the document and builds the table.</summary>
    /// <returns>The table, or <see langword="null"/> when a problem was reported.</returns>
    public static TaskTable? Read(TaskFileDocument document, CalendarDiagnostics diagnostics)
    {
        UnknownPropertyReporter.Report(document.UnknownProperties, string.Empty, "the department-task file", Properties, diagnostics, TaskDiagnosticCodes.UnknownProperty);
        if (document.Tasks is null)
        {
            diagnostics.Report("tasks", TaskDiagnosticCodes.MissingField, "The file has no 'tasks': give each review action that opens a task, e.g. \"tasks\": { \"ProposeTechnicalSolution\": { \"department\": \"Technical\", \"dueTime\": \"P2D\", \"blocksConfirmation\": true } }.");
            return null;
        }

        var assignments = new Dictionary<ReviewAction, TaskAssignment>();
        foreach (var (name, task) in document.Tasks)
        {
            var action = Action(name, diagnostics);
            if (Assignment(name, task, diagnostics) is { } assignment && action is { } known)
            {
                assignments[known] = assignment;
            }
        }

        return diagnostics.Count == 0 ? new TaskTable(assignments) : null;
    }

    private static ReviewAction? Action(string name, CalendarDiagnostics diagnostics)
    {
        if (Enum.TryParse<ReviewAction>(name, ignoreCase: false, out var action) && action != ReviewAction.None && Enum.GetName(action) == name)
        {
            return action;
        }

        var suggestion = Enum.GetNames<ReviewAction>().FirstOrDefault(known => known.Equals(name, StringComparison.OrdinalIgnoreCase)) is { } match && match != nameof(ReviewAction.None)
            ? $" (did you mean '{match}'?)"
            : string.Empty;
        var problem = name == nameof(ReviewAction.None)
            ? "'None' asks nothing of anyone and opens no task; remove it"
            : $"'{name}' is not a review action{suggestion}; the actions are {string.Join(", ", Enum.GetNames<ReviewAction>().Where(n => n != nameof(ReviewAction.None)))} (names are case-sensitive)";
        diagnostics.Report($"tasks.{name}", TaskDiagnosticCodes.UnknownAction, $"{problem}.");
        return null;
    }

    private static TaskAssignment? Assignment(string action, TaskDocument? task, CalendarDiagnostics diagnostics)
    {
        var path = $"tasks.{action}";
        if (task is null)
        {
            diagnostics.Report(path, TaskDiagnosticCodes.MissingField, $"{action}: the task is null; give its department, dueTime and blocksConfirmation, or remove the action so that it opens no task.");
            return null;
        }

        UnknownPropertyReporter.Report(task.UnknownProperties, path, $"{action}'s task", TaskProperties, diagnostics, TaskDiagnosticCodes.UnknownProperty);
        var department = Department(action, task.Department, path, diagnostics);
        var dueTime = DueTime(action, task.DueTime, path, diagnostics);
        if (task.BlocksConfirmation is null)
        {
            diagnostics.Report(path, TaskDiagnosticCodes.MissingField, $"{action}: the task has no 'blocksConfirmation': say whether the order may be confirmed while the task is open (true or false).");
        }

        return department is { } known && dueTime is { } due && task.BlocksConfirmation is { } blocks ? new TaskAssignment(known, due, blocks) : null;
    }

    private static Department? Department(string action, string? name, string path, CalendarDiagnostics diagnostics)
    {
        if (name is null)
        {
            diagnostics.Report(path, TaskDiagnosticCodes.MissingField, $"{action}: the task has no 'department': give the department that does it ({TaskDepartments.Names}).");
            return null;
        }

        if (Enum.TryParse<Department>(name, ignoreCase: false, out var department) && Enum.GetName(department) == name && TaskDepartments.Contains(department))
        {
            return department;
        }

        var why = name == nameof(Findings.Department.OrderConfirmation) ? "Order Confirmation organises the review and takes no tasks" : $"'{name}' is not a department that takes tasks";
        diagnostics.Report($"{path}.department", TaskDiagnosticCodes.UnknownDepartment, $"{action}: {why}; the departments are {TaskDepartments.Names} (names are case-sensitive).");
        return null;
    }

    private static Period? DueTime(string action, string? text, string path, CalendarDiagnostics diagnostics)
    {
        if (text is null)
        {
            diagnostics.Report(path, TaskDiagnosticCodes.MissingField, $"{action}: the task has no 'dueTime': give the time the department has as an ISO-8601 duration of business time, e.g. \"P2D\" (2 business days) or \"PT4H\".");
            return null;
        }

        return StandardTimeReader.ReadPeriod(text, $"{path}.dueTime", $"{action}: dueTime", "a due time", TaskDiagnosticCodes.InvalidDueTime, diagnostics);
    }
}
