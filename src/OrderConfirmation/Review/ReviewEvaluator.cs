using OrderConfirmation.Rules;

namespace OrderConfirmation.Review;

/// <summary>
/// Evaluates a compiled <see cref="RuleSet"/> against the facts of a review (articles 4.1 and 4.2).
/// The preliminary review runs first and gates the detailed review: when it finds an error the order
/// goes back to the customer and the detailed stages do not run. The detailed stages all run, so every
/// problem is reported at once. Thread-safe; no parsing, reflection or serialisation happens here.
/// </summary>
public sealed class ReviewEvaluator
{
    private static readonly ReviewStage[] DetailedStages = [ReviewStage.CreditAssessment, ReviewStage.TechnicalFeasibility, ReviewStage.SupplyCapability];

    /// <summary>Evaluates the rule set against the facts.</summary>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public static ReviewDecision Evaluate(RuleSet ruleSet, ReviewFacts facts)
    {
        ArgumentNullException.ThrowIfNull(ruleSet);
        ArgumentNullException.ThrowIfNull(facts);
        var scope = new RuleScope
        {
            Order = facts.Order,
            Customer = facts.Order.Customer,
            Credit = facts.Credit,
            Today = facts.Today,
            Capabilities = facts.Capabilities,
        };
        var findings = new List<ReviewFinding>();
        var stagesRun = new List<ReviewStage>(4);
        Run(ruleSet, ReviewStage.PreliminaryReview, scope, facts, findings, stagesRun);
        if (!findings.Exists(f => f.IsBlocking))
        {
            foreach (var stage in DetailedStages)
            {
                Run(ruleSet, stage, scope, facts, findings, stagesRun);
            }
        }

        return new ReviewDecision(facts.Order.OrderId, stagesRun, findings, ruleSet.Version, facts.EvaluatedAt, ruleSet.Label, ruleSet.EffectiveDate);
    }

    private static void Run(RuleSet ruleSet, ReviewStage stage, RuleScope scope, ReviewFacts facts, List<ReviewFinding> findings, List<ReviewStage> stagesRun)
    {
        if (ruleSet.RulesFor(stage) is not { } rules)
        {
            return;
        }

        stagesRun.Add(stage);
        scope.Line = null;
        scope.Supply = null;
        foreach (var rule in rules.OrderRules)
        {
            rule.Evaluate(scope, findings);
        }

        if (rules.LineRules.Length > 0)
        {
            var lines = facts.Order.Lines;
            for (var i = 0; i < lines.Count; i++)
            {
                var line = lines[i];
                scope.Line = line;
                scope.Supply = line.Sku is { } sku ? facts.Supply.GetValueOrDefault(sku) : null;
                foreach (var rule in rules.LineRules)
                {
                    rule.Evaluate(scope, findings);
                }
            }
        }
    }
}
