using OrderConfirmation.Lifecycle.State;

namespace OrderConfirmation.Lifecycle.Commands;

/// <summary>Finds the open task a task command names, or says why it cannot be acted on.</summary>
internal static class TaskLookup
{
    /// <summary>The index of the open task <paramref name="taskId"/> in the order's tasks, or the problem: unknown or closed.</summary>
    public static (int Index, string? Problem) Open(OrderState state, string taskId)
    {
        var index = state.Tasks.ToList().FindIndex(t => string.Equals(t.Id, taskId, StringComparison.Ordinal));
        if (index < 0)
        {
            var known = state.Tasks.Count == 0 ? "it has none" : $"its tasks are {string.Join(", ", state.Tasks.Select(t => t.Id))}";
            return (index, $"order {state.OrderId} has no task {taskId}; {known}");
        }

        var task = state.Tasks[index];
        return task.IsOpen
            ? (index, null)
            : (index, $"task {taskId} ({task.Action} for {task.Department}) is closed: {(task.Completion is { } done ? $"completed by {done.By}" : "superseded by a later review decision")}");
    }

    /// <summary>The order's tasks with the one at <paramref name="index"/> replaced.</summary>
    public static IReadOnlyList<DepartmentTask> With(OrderState state, int index, DepartmentTask task) =>
        [.. state.Tasks.Select((t, i) => i == index ? task : t)];
}
