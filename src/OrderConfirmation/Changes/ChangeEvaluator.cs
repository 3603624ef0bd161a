using OrderConfirmation.Findings;
using OrderConfirmation.Orders;
using OrderConfirmation.Review;
using OrderConfirmation.Rules;

namespace OrderConfirmation.Changes;

/// <summary>
/// Assesses a change request by article 4.3's two steps: eligibility by the change-eligibility rules
/// (<c>rules/change-eligibility.json</c>), then, for an eligible change, the same review as a new order on a
/// copy of the order with the change applied, compared with the review of the order as it stands. Both reviews know
/// the delivery date agreed so far (<see cref="ReviewFacts.AgreedDeliveryDate"/>), so the shipped rules check the
/// requested date against today (<c>DeliveryDateNotPast</c>) only when the change moves it.
/// Thread-safe; nothing is modified.
/// </summary>
public static class ChangeEvaluator
{
    /// <summary>Evaluates a change request.</summary>
    /// <param name="ruleSet">The rule set in force; it must contain change-eligibility rules.</param>
    /// <param name="current">The order as it stands.</param>
    /// <param name="change">The change request.</param>
    /// <param name="facts">The facts of the review (credit, supply, capabilities, instant, time zone); the order in them is replaced by the order before and after the change.</param>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="InvalidOperationException">The rule set has no change-eligibility rules, so no change could be judged.</exception>
    public static ChangeEvaluation Evaluate(RuleSet ruleSet, OrderSnapshot current, ChangeRequest change, ReviewFacts facts)
    {
        ArgumentNullException.ThrowIfNull(ruleSet);
        ArgumentNullException.ThrowIfNull(current);
        // Stryker disable once Statement : new OrderChanges(current.Order, change) below throws the same ArgumentNullException naming change
        ArgumentNullException.ThrowIfNull(change);
        ArgumentNullException.ThrowIfNull(facts);
        var rules = ruleSet.For(ChangeEligibilityStage.Declaration)
            ?? throw new InvalidOperationException($"The rule set {ruleSet.Version} has no {nameof(ReviewStage.ChangeEligibility)} rules, so change requests cannot be judged; load rules/change-eligibility.json with the other rule files.");
        var changes = new OrderChanges(current.Order, change);
        var eligibility = Eligibility(rules, current, change, changes, facts);
        var approvals = eligibility.Where(f => f.Action == ReviewAction.RequireFinanceApproval).Select(f => f.Department).Distinct().Order().ToArray();
        if (eligibility.Exists(f => f.IsBlocking))
        {
            var declined = new ChangeImpact(changes.Fields, [], [], [Department.Sales]);
            return new ChangeEvaluation(current, change, eligibility, approvals, before: null, review: null, declined, revision: null);
        }

        var changedOrder = ChangedOrder.Apply(current.Order, change);
        // The date agreed so far stays agreed: the rules check a requested date against today only when it is a new one.
        var agreed = current.Order.RequestedDeliveryDate;
        var before = ReviewEvaluator.Evaluate(ruleSet, facts.ForOrder(current.Order) with { AgreedDeliveryDate = agreed }) with { OrderRevision = current.Revision };
        var after = ReviewEvaluator.Evaluate(ruleSet, facts.ForOrder(changedOrder) with { AgreedDeliveryDate = agreed }) with { OrderRevision = current.Revision + 1 };
        var feasible = after.Outcome == ReviewOutcome.ReadyToConfirm;
        var impact = ChangeImpactAnalysis.Analyse(changes, changedOrder, before, after, approvals, feasible);
        var revision = feasible ? new OrderRevision(current.Revision + 1, changedOrder, change, after, approvals) : null;
        return new ChangeEvaluation(current, change, eligibility, approvals, before, after, impact, revision);
    }

    private static List<ReviewFinding> Eligibility(CompiledStage<ChangeEligibilityScope> rules, OrderSnapshot current, ChangeRequest change, OrderChanges changes, ReviewFacts facts)
    {
        var scope = new ChangeEligibilityScope
        {
            Order = current.Order,
            Customer = current.Order.Customer,
            Today = facts.Today,
            Change = change,
            Changed = changes,
            Status = current.Status,
            Revision = current.Revision,
            PromisedDeliveryDate = current.PromisedDeliveryDate,
        };
        var findings = new List<ReviewFinding>();
        rules.RunOrderRules(scope, findings);

        var lines = OrderChanges.LinesByNumber(current.Order);
        foreach (var line in change.Lines)
        {
            scope.LineChange = line;
            scope.CurrentLine = lines.GetValueOrDefault(line.LineNo);
            scope.Shipped = current.ShippedOn(line.LineNo);
            rules.RunLineRules(scope, line.LineNo, findings);
        }

        return findings;
    }
}
