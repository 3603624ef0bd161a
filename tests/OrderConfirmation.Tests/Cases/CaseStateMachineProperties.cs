using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using OrderConfirmation.Cases;
using OrderConfirmation.Findings;
using OrderConfirmation.Kpis;
using OrderConfirmation.Lifecycle.State;
using OrderConfirmation.Tests.Builders;

namespace OrderConfirmation.Tests.Cases;

/// <summary>Random runs of commands by random people on a case of each kind never reach an illegal state.</summary>
public sealed class CaseStateMachineProperties
{
    private static readonly Actor[] People =
    [
        LifecycleScenario.Sales, LifecycleScenario.Officer, LifecycleScenario.Finance, LifecycleScenario.Head, LifecycleScenario.Executor, LifecycleScenario.Auditor,
    ];

    private static Gen<CaseCommand> Commands =>
        Gen.OneOf(
            Gen.Elements(Enum.GetValues<Department>()).Select(d => (CaseCommand)new AssignCase(d, "conf.wang")),
            Gen.Elements("Checked.", " ").Select(t => (CaseCommand)new AddInvestigationNote(t)),
            Gen.Choose(-1, 5).Select(days => (CaseCommand)new AddRectification("conf.wang", LifecycleScenario.Friday10 + Duration.FromDays(days), "Fix it")),
            Gen.Choose(0, 3).Select(n => (CaseCommand)new CompleteRectification(n, "Done.")),
            Gen.Elements<bool?>(null, true, false).Select(s => (CaseCommand)new AnswerCase("Answer.", s)),
            Gen.Constant((CaseCommand)new CloseCase()));

    private static Gen<(CaseKind Kind, List<(CaseCommand Command, Actor Actor, int Minutes)> Steps)> Runs =>
        from kind in Gen.Elements(Enum.GetValues<CaseKind>())
        from steps in Gen.ListOf(
            from command in Commands
            from actor in Gen.Elements(People)
            from minutes in Gen.Choose(-30, 600)
            select (Command: command, Actor: actor, Minutes: minutes))
        select (kind, steps.ToList());

    [Property(MaxTest = 300)]
    public Property Apply_AnyRun_KeepsEveryInvariant() =>
        Prop.ForAll(Runs.ToArbitrary(), run =>
        {
            var cases = new CaseScenario();
            var state = cases.Received(run.Kind);
            var problems = new List<string>();
            foreach (var (command, actor, minutes) in run.Steps)
            {
                cases.At += Duration.FromMinutes(minutes);
                var result = cases.Apply(state, command, actor);
                if (!result.IsAccepted && !ReferenceEquals(result.State, state))
                {
                    problems.Add($"{command.Kind} refused but changed the state");
                }

                if (result.IsAccepted && !cases.Policy.Permits(run.Kind, actor.Role, command.Kind))
                {
                    problems.Add($"{actor.Role} was let {command.Kind} a {run.Kind}");
                }

                if (result.IsAccepted && state.Status == CaseStatus.Closed)
                {
                    problems.Add($"{command.Kind} accepted on a closed case");
                }

                state = result.State!;
                problems.AddRange(Broken(state));
            }

            return (problems.Count == 0).Label(string.Join("\n", problems));
        });

    private static IEnumerable<string> Broken(CaseState state)
    {
        if (state.Status != CaseStatus.Open && state.Answer is null)
        {
            yield return $"{state.Status} without an answer";
        }

        if (state.Status == CaseStatus.Open && state.Answer is not null)
        {
            yield return "answered but still open";
        }

        if (state.Status == CaseStatus.Closed && (state.HasOpenRectification || state.Closure is null))
        {
            yield return "closed with a rectification open or without its closure";
        }

        if (state.Kind == CaseKind.Complaint && state.Answer is { Substantiated: null })
        {
            yield return "a complaint answered without saying whether it was substantiated";
        }

        if (!state.Notes.Select(n => n.Number).SequenceEqual(Enumerable.Range(1, state.Notes.Count))
            || !state.Rectifications.Select(r => r.Number).SequenceEqual(Enumerable.Range(1, state.Rectifications.Count)))
        {
            yield return "notes or rectifications not numbered 1, 2, …";
        }

        if (state.Kind == CaseKind.Report && state.ReceivedBy != CaseState.AnonymousChannel)
        {
            yield return "a report names its receiver";
        }
    }
}
