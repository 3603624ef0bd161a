using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using OrderConfirmation.Findings;
using OrderConfirmation.Lifecycle.Commands;
using OrderConfirmation.Lifecycle.State;
using OrderConfirmation.Tests.Builders;
using static OrderConfirmation.Tests.Lifecycle.DepartmentTaskScenario;

namespace OrderConfirmation.Tests.Lifecycle;

/// <summary>Whatever sequence of decisions and completions an order goes through, its tasks stay consistent.</summary>
public sealed class DepartmentTaskProperties
{
    /// <summary>A step: a new decision asking for some actions (any, mapped or not), or completing the first open task.</summary>
    private static readonly Gen<ReviewAction[]?> Steps =
        Gen.Frequency(
            (4, Gen.SubListOf(Enum.GetValues<ReviewAction>()).Select(actions => (ReviewAction[]?)[.. actions])),
            (1, Gen.Constant((ReviewAction[]?)null)));

    private static OrderState Run(IEnumerable<ReviewAction[]?> steps, Action<OrderState, ReviewAction[]?> check)
    {
        var scenario = new LifecycleScenario();
        var state = scenario.Submitted();
        var first = true;
        foreach (var step in steps)
        {
            scenario.At += Duration.FromMinutes(30);
            if (step is null)
            {
                if (state.Tasks.FirstOrDefault(t => t.IsOpen) is { } open)
                {
                    state = scenario.Accept(state, new CompleteTask(open.Id, "Done."), LifecycleScenario.Head);
                }
            }
            else
            {
                var decision = Asking(scenario.At, step);
                state = scenario.Accept(state, first ? new StartReview(decision) : new ReviewAgain(decision), LifecycleScenario.Officer);
                first = false;
            }

            check(state, step);
        }

        return state;
    }

    [Property(MaxTest = 200)]
    public Property AnySequenceOfDecisions_HasAtMostOneOpenTaskPerDepartmentAndAction() =>
        Prop.ForAll(Steps.ArrayOf().ToArbitrary(), steps =>
            Run(steps, (state, _) => Assert.All(
                state.Tasks.Where(t => t.IsOpen).GroupBy(t => (t.Department, t.Action)),
                group => Assert.Single(group))));

    [Property(MaxTest = 200)]
    public Property AfterADecision_TheOpenTasksAreExactlyItsMappedActions() =>
        Prop.ForAll(Steps.ArrayOf().ToArbitrary(), steps =>
            Run(steps, (state, step) =>
            {
                if (step is not null)
                {
                    var table = new LifecycleScenario().Policy.Tasks;
                    Assert.Equal(step.Where(a => table.For(a) is not null).Distinct().Order(), state.Tasks.Where(t => t.IsOpen).Select(t => t.Action).Order());
                }
            }));

    [Property(MaxTest = 100)]
    public Property AnySequence_TaskIdsAreT1ToTnInOpeningOrder() =>
        Prop.ForAll(Steps.ArrayOf().ToArbitrary(), steps =>
        {
            var state = Run(steps, (_, _) => { });
            Assert.Equal(Enumerable.Range(1, state.Tasks.Count).Select(n => $"T{n}"), state.Tasks.Select(t => t.Id));
        });
}
