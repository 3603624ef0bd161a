using OrderConfirmation.Changes;
using OrderConfirmation.Findings;
using OrderConfirmation.Orders;
using OrderConfirmation.Rules;
using OrderConfirmation.Stages;
using OrderConfirmation.Tests.Builders;
using OrderConfirmation.Tests.Rules;

namespace OrderConfirmation.Tests.Changes;

/// <summary>
/// The shipped change-eligibility rules with a few test rules of one's own beside them (and no other review rules),
/// and a shortcut to assess a change of <see cref="ChangeScenario"/> with them on the scenario's day (2026-11-25).
/// </summary>
internal static class ChangeRuleSets
{
    public static RuleSet WithRules(params TestRule[] rules) =>
        RuleSetLoader.Load([.. RuleFile.FromDirectory(DefaultRules.RulesDirectory).Where(f => f.Path.EndsWith("change-eligibility.json", StringComparison.Ordinal)), TestRuleFile.Create([], rules)]);

    public static ChangeEvaluation Evaluate(RuleSet ruleSet, ChangeRequest change) =>
        ChangeEvaluator.Evaluate(ruleSet, new ChangeScenario().Snapshot, change, new FactsBuilder().WithAsOf(ChangeScenario.RequestedAt).Build());

    /// <summary>A Technical warning when the requested delivery date is more than <paramref name="days"/> days away: the installation team is booked only that far ahead.</summary>
    public static TestRule InstallationTeamBooked(int days) =>
        new($"order.RequestedDeliveryDate == null || order.RequestedDeliveryDate.Value <= today.PlusDays({days})", "The installation team is not booked that far ahead.")
        {
            Name = "InstallationTeamBooked",
            Stage = nameof(ReviewStage.TechnicalFeasibility),
            Department = nameof(Department.Technical),
            Severity = nameof(FindingSeverity.Warning),
            Outcome = null,
            Action = nameof(ReviewAction.ProposeTechnicalSolution),
        };

    /// <summary>A change-eligibility warning asking <paramref name="department"/>'s approval of any new delivery date.</summary>
    public static TestRule ApprovesNewDate(Department department) =>
        new("!changed.DeliveryDate", "A new delivery date needs approval.")
        {
            Name = $"{department}ApprovesNewDate",
            Stage = nameof(ReviewStage.ChangeEligibility),
            Department = department.ToString(),
            Severity = nameof(FindingSeverity.Warning),
            Outcome = null,
            Action = nameof(ReviewAction.RequireFinanceApproval),
        };
}
