using System.Globalization;
using OrderConfirmation.Lifecycle.State;
using OrderConfirmation.Review;

namespace OrderConfirmation.Lifecycle.Commands;

/// <summary>
/// Makes an order's department tasks follow a new review decision: one task per (department, action) among the
/// decision's findings whose action the policy's task table maps; a task already open for the same pair is kept, and
/// open tasks whose pair the decision no longer holds are closed as superseded. A command that attaches no new decision
/// leaves the tasks as they are.
/// </summary>
internal static class DepartmentTaskOpening
{
    /// <summary>The command's outcome with the tasks following the decision it attached, if it attached one.</summary>
    public static CommandOutcome Follow(OrderState before, CommandOutcome outcome, CommandContext context)
    {
        var after = outcome.State!;
        if (after.LatestReview is not { } decision || ReferenceEquals(decision, before.LatestReview))
        {
            return outcome;
        }

        var wanted = Wanted(decision, context);
        var tasks = after.Tasks.ToList();
        var events = new List<LifecycleEvent>(outcome.Events);
        for (var i = 0; i < tasks.Count; i++)
        {
            if (tasks[i].IsOpen && !wanted.Any(w => w.Department == tasks[i].Department && w.Action == tasks[i].Action))
            {
                tasks[i] = tasks[i] with { Supersession = context.Record($"superseded: the review decision evaluated at {context.Local(decision.EvaluatedAt)} (revision {decision.OrderRevision?.ToString(CultureInfo.InvariantCulture) ?? "unknown"}) holds no {tasks[i].Action} finding") };
                events.Add(context.TaskEvent(before, after, LifecycleEventKind.TaskSuperseded, tasks[i], $"{tasks[i].Id} {tasks[i].Action} for {tasks[i].Department} superseded: the new review decision no longer asks for it"));
            }
        }

        foreach (var task in wanted)
        {
            if (tasks.Exists(t => t.IsOpen && t.Department == task.Department && t.Action == task.Action))
            {
                continue;
            }

            var opened = task with { Id = $"T{tasks.Count + 1}" };
            tasks.Add(opened);
            events.Add(context.TaskEvent(before, after, LifecycleEventKind.TaskOpened, opened, $"{opened.Id} {opened.Action} for {opened.Department}, due {context.Local(opened.Due)}{(opened.BlocksConfirmation ? ", blocks confirmation" : string.Empty)} (rules: {string.Join(", ", opened.Rules)})"));
        }

        return events.Count == outcome.Events.Count ? outcome : CommandOutcome.Done(after with { Tasks = tasks }, [.. events]);
    }

    /// <summary>The tasks the decision asks for, not yet numbered, in the order their first finding appears.</summary>
    private static List<DepartmentTask> Wanted(ReviewDecision decision, CommandContext context) =>
        [.. decision.Findings
            .Select(finding => (Finding: finding, Assignment: context.Policy.Tasks.For(finding.Action)))
            .Where(x => x.Assignment is not null)
            .GroupBy(x => (x.Assignment!.Department, x.Finding.Action))
            .Select(group => new DepartmentTask
            {
                Id = string.Empty,
                Department = group.Key.Department,
                Action = group.Key.Action,
                Rules = [.. group.Select(x => x.Finding.Rule).Distinct(StringComparer.Ordinal)],
                OpenedAt = context.At,
                Due = group.First().Assignment!.DueAt(context.At, context.Policy.Calendar),
                BlocksConfirmation = group.First().Assignment!.BlocksConfirmation,
            })];
}
