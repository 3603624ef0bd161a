using System.Collections.Frozen;
using OrderConfirmation.Findings;

namespace OrderConfirmation.Tasks;

/// <summary>
/// Which review actions open a department task, with the task's <see cref="TaskAssignment"/>; an action the table does
/// not map opens no task. Loaded from <c>rules/tasks.json</c> by <see cref="TaskFile"/>; immutable.
/// </summary>
public sealed class TaskTable
{
    /// <summary>Creates a table.</summary>
    /// <param name="assignments">The assignment of each action that opens a task.</param>
    /// <exception cref="ArgumentNullException"><paramref name="assignments"/> or one of its assignments is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">An action is <see cref="ReviewAction.None"/> (nothing to do) or not a defined action.</exception>
    public TaskTable(IReadOnlyDictionary<ReviewAction, TaskAssignment> assignments)
    {
        ArgumentNullException.ThrowIfNull(assignments);
        foreach (var (action, assignment) in assignments)
        {
            if (action == ReviewAction.None || !Enum.IsDefined(action))
            {
                throw new ArgumentException($"The action {action} cannot open a task: {(action == ReviewAction.None ? "it asks nothing" : "it is not a review action")}.", nameof(assignments));
            }

            ArgumentNullException.ThrowIfNull(assignment, nameof(assignments));
        }

        Assignments = assignments.ToFrozenDictionary();
    }

    /// <summary>A table that opens no task.</summary>
    public static TaskTable None { get; } = new(new Dictionary<ReviewAction, TaskAssignment>());

    /// <summary>The assignment of each action that opens a task.</summary>
    public IReadOnlyDictionary<ReviewAction, TaskAssignment> Assignments { get; }

    /// <summary>The assignment of <paramref name="action"/>, or <see langword="null"/> when it opens no task.</summary>
    /// <param name="action">A finding's action.</param>
    /// <returns>The assignment, if any.</returns>
    public TaskAssignment? For(ReviewAction action) => Assignments.GetValueOrDefault(action);
}
