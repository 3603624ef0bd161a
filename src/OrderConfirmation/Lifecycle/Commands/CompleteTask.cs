using System.Text.Json;
using OrderConfirmation.Lifecycle.State;
using OrderConfirmation.Orders;

namespace OrderConfirmation.Lifecycle.Commands;

/// <summary>
/// A department completes its open task on an order with a resolution (article 4.2: Technical's proposed solution,
/// Product's feasible date, Finance's decision, Sales' answer from the customer). Only the department's role in
/// <see cref="LifecyclePolicy.TaskRoles"/> or the head of Order Confirmation may complete it; refused for an unknown or
/// closed task. The order's status does not change.
/// </summary>
public sealed record CompleteTask : LifecycleCommand
{
    /// <summary>Creates the command.</summary>
    /// <param name="taskId">The task's id within the order, such as <c>T1</c>.</param>
    /// <param name="resolution">What the department did or decided, in words.</param>
    /// <exception cref="ArgumentException"><paramref name="taskId"/> or <paramref name="resolution"/> is blank.</exception>
    public CompleteTask(string taskId, string resolution)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(taskId);
        ArgumentException.ThrowIfNullOrWhiteSpace(resolution);
        TaskId = taskId;
        Resolution = resolution;
    }

    /// <summary>The task's id within the order.</summary>
    public string TaskId { get; }

    /// <summary>What the department did or decided.</summary>
    public string Resolution { get; }

    /// <inheritdoc />
    public override LifecycleCommandKind Kind => LifecycleCommandKind.CompleteTask;

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
        if (!context.Policy.MayComplete(context.Actor.Role, task.Department))
        {
            var role = context.Policy.TaskRoles.TryGetValue(task.Department, out var taskRole) ? $"{taskRole} or " : string.Empty;
            return CommandOutcome.Fail(RefusalReason.RoleNotPermitted, $"task {TaskId} is {task.Department}'s ({task.Action}); only {role}{Role.HeadOfOrderConfirmation} may complete it, not {context.Actor.Role}");
        }

        var done = task with { Completion = context.Record(Resolution) };
        var after = state with { Tasks = TaskLookup.With(state, index, done) };
        return CommandOutcome.Done(after, context.TaskEvent(state, after, LifecycleEventKind.TaskCompleted, done, $"{TaskId} {task.Action} completed by {task.Department}: {Resolution}"));
    }

    internal override void WriteDetails(Utf8JsonWriter writer)
    {
        writer.WriteString("taskId", TaskId);
        writer.WriteString("resolution", Resolution);
    }
}
