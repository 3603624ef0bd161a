using NodaTime;
using OrderConfirmation.Findings;
using OrderConfirmation.Lifecycle.State;

namespace OrderConfirmation.Lifecycle.Commands;

/// <summary>Who gives a command, when, and under which policy; builds the records and events the command produces.</summary>
internal sealed class CommandContext(Actor actor, Instant at, LifecyclePolicy policy)
{
    public Actor Actor { get; } = actor;

    public Instant At { get; } = at;

    public LifecyclePolicy Policy { get; } = policy;

    public LocalDate Today => At.InZone(Policy.Calendar.Zone).Date;

    public ActionRecord Record(string? note) => new(Actor.Id, Actor.Role, At, note);

    public CommandOutcome Done(OrderState before, OrderState after, LifecycleEventKind kind, string? note = null, ExecutionIssueKind? issue = null) =>
        CommandOutcome.Done(after, Event(before, after, kind, note, issue));

    public LifecycleEvent Event(OrderState before, OrderState after, LifecycleEventKind kind, string? note = null, ExecutionIssueKind? issue = null) =>
        new(kind, after.OrderId, At, Actor, before.Status, after.Status, note, issue);

    public LifecycleEvent Tell(OrderState before, OrderState after, Department department, string note) =>
        new(LifecycleEventKind.DepartmentNotificationRequired, after.OrderId, At, Actor, before.Status, after.Status, note, Department: department);

    public LifecycleEvent TaskEvent(OrderState before, OrderState after, LifecycleEventKind kind, DepartmentTask task, string note, Department? department = null) =>
        new(kind, after.OrderId, At, Actor, before.Status, after.Status, note, Department: department ?? task.Department, TaskId: task.Id);

    /// <summary>A moment as the company reads it: local date and time in the calendar's zone, with the zone's id.</summary>
    public string Local(Instant instant) => TaskTimes.Local(instant, Policy.Calendar.Zone);
}
