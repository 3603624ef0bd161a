using NodaTime;
using OrderConfirmation.Findings;
using OrderConfirmation.Lifecycle.Commands;
using OrderConfirmation.Lifecycle.State;
using OrderConfirmation.Review;
using OrderConfirmation.Tests.Builders;

namespace OrderConfirmation.Tests.Lifecycle;

/// <summary>Decisions with findings of chosen actions for order SO-1001, and the people who complete tasks.</summary>
public static class DepartmentTaskScenario
{
    public static readonly Actor Engineer = new("tech.ma", Role.TechnicalEngineer);
    public static readonly Actor Planner = new("prod.he", Role.ProductPlanner);

    /// <summary>A warning finding (the order stays ready to confirm) asking for <paramref name="action"/>.</summary>
    public static ReviewFinding Asking(ReviewAction action, string? rule = null, Department department = Department.Technical) =>
        new(rule ?? $"{action}Rule", ReviewStage.TechnicalFeasibility, department, FindingSeverity.Warning, ReviewOutcome.ReadyToConfirm, action, $"{action} needed.", new Dictionary<string, object?>());

    /// <summary>A decision evaluated at <paramref name="at"/> holding a warning for each action.</summary>
    public static ReviewDecision Asking(Instant at, params ReviewAction[] actions) =>
        new("SO-1001", HandMadeDecisions.AllStages, [.. actions.Select(a => Asking(a))], HandMadeDecisions.RuleSetVersion, at);

    /// <summary>The order under review on a decision asking for <paramref name="actions"/>, taken at the scenario's instant.</summary>
    public static OrderState UnderReviewAsking(this LifecycleScenario scenario, params ReviewAction[] actions)
    {
        var submitted = scenario.Submitted();
        return scenario.Accept(submitted, new StartReview(Asking(scenario.At, actions)), LifecycleScenario.Officer);
    }

    public static DepartmentTask Task(this OrderState state, string id) => Assert.Single(state.Tasks, t => t.Id == id);
}
