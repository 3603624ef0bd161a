using OrderConfirmation.Findings;
using OrderConfirmation.Review;
using OrderConfirmation.Rules;

namespace OrderConfirmation.Tests.Differential;

/// <summary>Our compiled rules' verdicts, per rule and line.</summary>
internal static class CompiledRulesReview
{
    private static readonly ReviewStage[] ReviewStages =
        [ReviewStage.PreliminaryReview, ReviewStage.CreditAssessment, ReviewStage.TechnicalFeasibility, ReviewStage.SupplyCapability];

    /// <summary>
    /// Every compiled rule of the four review stages, without the preliminary stage's gate: order rules once,
    /// line rules once per line with the line's supply, the way <see cref="ReviewEvaluator"/> sets up its scope.
    /// A rule's verdict is what <c>CompiledRule.Evaluate</c> reports: no finding, a failure, or an evaluation error.
    /// </summary>
    public static IReadOnlyList<RuleVerdict> EvaluateEveryRule(RuleSet ruleSet, ReviewFacts facts)
    {
        var scope = new RuleScope
        {
            Order = facts.Order,
            Customer = facts.Order.Customer,
            Credit = facts.Credit,
            Today = facts.Today,
            Capabilities = facts.Capabilities,
        };
        var verdicts = new List<RuleVerdict>();
        foreach (var stage in ReviewStages)
        {
            if (ruleSet.RulesFor(stage) is not { } rules)
            {
                continue;
            }

            scope.Line = null;
            scope.Supply = null;
            verdicts.AddRange(rules.OrderRules.Select(rule => Evaluate(rule, scope)));
            foreach (var line in facts.Order.Lines)
            {
                scope.Line = line;
                scope.Supply = line.Sku is { } sku ? facts.Supply.GetValueOrDefault(sku) : null;
                verdicts.AddRange(rules.LineRules.Select(rule => Evaluate(rule, scope)));
            }
        }

        return verdicts;
    }

    private static RuleVerdict Evaluate(CompiledRule rule, RuleScope scope)
    {
        var findings = new List<ReviewFinding>(1);
        rule.Evaluate(scope, findings);
        return findings switch
        {
            [] => new RuleVerdict(rule.Info.Name, scope.LineNo, Verdict.Pass),
            [{ Kind: FindingKind.EvaluationError } error] => new RuleVerdict(rule.Info.Name, scope.LineNo, Verdict.Error, error.Message),
            [_] => new RuleVerdict(rule.Info.Name, scope.LineNo, Verdict.Fail),
            _ => new RuleVerdict(rule.Info.Name, scope.LineNo, Verdict.Error, $"{findings.Count} findings for one evaluation"),
        };
    }
}
