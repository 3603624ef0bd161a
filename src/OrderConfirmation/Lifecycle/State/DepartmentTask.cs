using NodaTime;
using OrderConfirmation.Findings;

namespace OrderConfirmation.Lifecycle.State;

/// <summary>
/// Work a department must do on an order before a deadline (articles 3 and 4.2), opened by the lifecycle when a review
/// decision holds findings whose action the policy's task table assigns to the department (one task per department
/// and action). A task is open until its department completes it (<see cref="Completion"/>) or a later decision no
/// longer holds its action (<see cref="Supersession"/>); an overdue task may be escalated once to the head of Order
/// Confirmation (<see cref="Escalation"/>).
/// </summary>
public sealed record DepartmentTask
{
    /// <summary>The task's id within its order: <c>T1</c>, <c>T2</c>, … in the order the tasks were opened.</summary>
    public required string Id { get; init; }

    /// <summary>The department that does the task.</summary>
    public required Department Department { get; init; }

    /// <summary>What the department must do: the findings' action.</summary>
    public required ReviewAction Action { get; init; }

    /// <summary>The names of the rules whose findings asked for it, in the decision's order, each once.</summary>
    public required IReadOnlyList<string> Rules { get; init; }

    /// <summary>When the task was opened: the instant of the command that attached the decision.</summary>
    public required Instant OpenedAt { get; init; }

    /// <summary>When the task is due: the table's due time in business time after <see cref="OpenedAt"/> on the working calendar.</summary>
    public required Instant Due { get; init; }

    /// <summary>Whether the order may not be confirmed while the task is open.</summary>
    public required bool BlocksConfirmation { get; init; }

    /// <summary>Who completed the task, in which role, when, with the resolution as the note; <see langword="null"/> while not completed.</summary>
    public ActionRecord? Completion { get; init; }

    /// <summary>
    /// How the task was closed without being done: who attached the review decision that no longer holds its action, in
    /// which role, when, and the note saying which decision; <see langword="null"/> unless superseded.
    /// </summary>
    public ActionRecord? Supersession { get; init; }

    /// <summary>Who escalated the overdue task to the head of Order Confirmation, when, and why; <see langword="null"/> unless escalated.</summary>
    public ActionRecord? Escalation { get; init; }

    /// <summary>Whether the task is still to be done: neither completed nor superseded.</summary>
    public bool IsOpen => Completion is null && Supersession is null;

    /// <summary>When the task was escalated, if it was.</summary>
    public Instant? EscalatedAt => Escalation?.At;

    /// <summary>Whether the task is open and past its due time at <paramref name="asOf"/>.</summary>
    /// <param name="asOf">The instant to judge at.</param>
    /// <returns><see langword="true"/> when open and <paramref name="asOf"/> is after <see cref="Due"/>.</returns>
    public bool IsOverdue(Instant asOf) => IsOpen && asOf > Due;
}
