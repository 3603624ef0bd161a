using System.ComponentModel;
using OrderConfirmation.Findings;
using OrderConfirmation.Lifecycle.State;

namespace OrderConfirmation.SampleHost.Contracts.Schemas;

/// <summary>A department task of an order.</summary>
[Description("A department task (articles 3 and 4.2): work a department must do on the order by its due time, opened when a review decision asks for it (rules/tasks.json).")]
internal sealed class DepartmentTaskSchema
{
    [Description("The task's id within the order: T1, T2, … in opening order.")]
    public required string Id { get; init; }

    [Description("The department that does it.")]
    public required Department Department { get; init; }

    [Description("What the review's findings ask for.")]
    public required ReviewAction Action { get; init; }

    [Description("The rules whose findings asked for it.")]
    public required IReadOnlyList<string> Rules { get; init; }

    [Description("When it was opened.")]
    public required DateTimeOffset OpenedAt { get; init; }

    [Description("When it is due: the due time of rules/tasks.json in business time on the working calendar.")]
    public required DateTimeOffset Due { get; init; }

    [Description("Whether the order may not be confirmed while the task is open.")]
    public required bool BlocksConfirmation { get; init; }

    [Description("Whether it is still to be done: neither completed nor superseded.")]
    public required bool Open { get; init; }

    [Description("Whether it is open and past its due time now.")]
    public required bool Overdue { get; init; }

    [Description("Who completed it, when, with the resolution as the note; null while not completed.")]
    public required TaskRecordSchema? Completion { get; init; }

    [Description("How it was closed without being done (a later review decision no longer asks for it); null otherwise.")]
    public required TaskRecordSchema? Supersession { get; init; }

    [Description("Who escalated it to the head of Order Confirmation after its due time, and when; null unless escalated.")]
    public required TaskRecordSchema? Escalation { get; init; }
}

/// <summary>Who did something to a task.</summary>
[Description("Who did something to a task, in which role, when, and their note.")]
internal sealed class TaskRecordSchema
{
    [Description("The user id.")]
    public required string By { get; init; }

    [Description("The role they acted in.")]
    public required Role Role { get; init; }

    [Description("When.")]
    public required DateTimeOffset At { get; init; }

    [Description("The resolution, or why.")]
    public required string? Note { get; init; }
}
