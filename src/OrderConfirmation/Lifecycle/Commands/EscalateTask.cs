using System.Text.Json;
using OrderConfirmation.Findings;
using OrderConfirmation.Lifecycle.State;
using OrderConfirmation.Orders;

namespace OrderConfirmation.Lifecycle.Commands;

/// <summary>
/// Order Confirmation escalates an overdue department task to the head of Order Confirmation (articles 3 and 4.2), as
/// <see cref="FollowUpMonitor.OverdueTasks"/> lists them; the task records when and by whom, and the host tells the head
/// (<see cref="LifecycleEventKind.TaskEscalated"/>). Refused for an unknown or closed task, a task not yet past its due
/// time, and a task already escalated (once is enough). The order's status does not change.
/// </summary>
public sealed record EscalateTask : LifecycleCommand
{
    /// <summary>Creates the command.</summary>
    /// <param name="taskId">The task's id within the order, such as <c>T1</c>.</param>
    /// <exception cref="ArgumentException"><paramref name="taskId"/> is blank.</exception>
    public EscalateTask(string taskId)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(taskId);
        TaskId = taskId;
    }

    /// <summary>The task's id within the order.</summary>
    public string TaskId { get; }

    /// <inheritdoc />
    public override LifecycleCommandKind Kind => LifecycleCommandKind.EscalateTask;

    /// <inheritdoc />
    public override IReadOnlyList<OrderStatus> AllowedFrom => TaskStatuses.Open;

    internal override CommandOutcome Execute(OrderState state, CommandContext context)
    {
        var (index, problem) = TaskLookup.Open(state, TaskId);
        if (problem is not null)
        {
            return CommandOutcome.Fail(problem);
        }

        var task = state.Tasks[index];
        if (task.Escalation is { } earlier)
        {
            return CommandOutcome.Fail($"task {TaskId} was already escalated at {context.Local(earlier.At)} by {earlier.By}");
        }

        if (!task.IsOverdue(context.At))
        {
            return CommandOutcome.Fail($"task {TaskId} ({task.Action} for {task.Department}) is not overdue: it is due {context.Local(task.Due)}");
        }

        var note = $"{TaskId} {task.Action} for {task.Department} overdue since {context.Local(task.Due)}: escalated to the head of Order Confirmation";
        var escalated = task with { Escalation = context.Record(note) };
        var after = state with { Tasks = TaskLookup.With(state, index, escalated) };
        return CommandOutcome.Done(after, context.TaskEvent(state, after, LifecycleEventKind.TaskEscalated, escalated, note, Department.OrderConfirmation));
    }

    internal override void WriteDetails(Utf8JsonWriter writer) => writer.WriteString("taskId", TaskId);
}
