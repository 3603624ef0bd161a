using OrderConfirmation.Findings;
using OrderConfirmation.Review;
using OrderConfirmation.Rules;

namespace OrderConfirmation.Tests.Differential;

/// <summary>Our compiled rules' verdicts, per rule and line.</summary>
internal static class CompiledRulesReview
{

    /// <summary>
    /// Every compiled rule of the four review stages, without the preliminary stage's gate: order rules once,
    /// line rules once per line with the line's supply, price and SKU demand, the way <see cref="ReviewEvaluator"/> sets up its scope.
    /// A rule's verdict is what <c>CompiledRule.Evaluate</c> reports: no finding, a failure, or an evaluation error.
    /// </summary>
    public static IReadOnlyList<RuleVerdict> EvaluateEveryRule(RuleSet ruleSet, ReviewFacts facts)
    {
        var scope = new ReviewScope
        {
            Order = facts.Order,
            Customer = facts.Order.Customer,
            Credit = facts.Credit,
            Today = facts.Today,
            Capabilities = facts.Capabilities,
            Rates = facts.ExchangeRates,
            AgreedDeliveryDate = facts.AgreedDeliveryDate,
        };
        var verdicts = new List<RuleVerdict>();
        foreach (var stage in (RuleStage<ReviewScope>[])[ReviewStages.Preliminary, .. ReviewStages.Detailed])
        {
            if (ruleSet.For(stage) is not { } rules)
            {
                continue;
            }

            scope.Line = null;
            scope.Supply = null;
            verdicts.AddRange(rules.OrderRules.Select(rule => Evaluate(rule, scope, lineNo: null)));
            foreach (var line in facts.Order.Lines)
            {
                scope.Line = line;
                scope.Supply = line.Sku is { } sku ? facts.Supply.GetValueOrDefault(sku) : null;
                scope.Price = ReferenceLineFacts.Price(facts, line);
                scope.SkuDemand = ReferenceLineFacts.Demand(facts.Order, line);
                verdicts.AddRange(rules.LineRules.Select(rule => Evaluate(rule, scope, line.LineNo)));
            }
        }

        return verdicts;
    }

    private static RuleVerdict Evaluate(CompiledRule<ReviewScope> rule, ReviewScope scope, int? lineNo)
    {
        var findings = new List<ReviewFinding>(1);
        rule.Evaluate(scope, lineNo, findings);
        return findings switch
        {
            [] => new RuleVerdict(rule.Info.Name, lineNo, Verdict.Pass),
            [{ Kind: FindingKind.EvaluationError } error] => new RuleVerdict(rule.Info.Name, lineNo, Verdict.Error, error.Message),
            [_] => new RuleVerdict(rule.Info.Name, lineNo, Verdict.Fail),
            _ => new RuleVerdict(rule.Info.Name, lineNo, Verdict.Error, $"{findings.Count} findings for one evaluation"),
        };
    }
}
