using OrderConfirmation.Review;
using OrderConfirmation.Rules;

namespace OrderConfirmation.Tests.Differential;

/// <summary>Our compiled evaluator's verdicts, per rule and line, read two ways.</summary>
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

    /// <summary>
    /// The verdicts the public <see cref="ReviewEvaluator"/> implies for the stages it ran: a rule failed on the
    /// order (or line n) iff there is a finding with its name and no line number (or line number n); the finding's
    /// <see cref="FindingKind.EvaluationError"/> makes it an error; no finding is a pass.
    /// </summary>
    public static IReadOnlyList<RuleVerdict> FromDecision(RuleSet ruleSet, ReviewFacts facts, ReviewDecision decision)
    {
        var findings = decision.Findings.ToLookup(f => (f.Rule, f.LineNo));
        var verdicts = new List<RuleVerdict>();
        foreach (var rule in ruleSet.Rules.Where(r => decision.StagesRun.Contains(r.Metadata.Stage)))
        {
            var lines = rule.Metadata.Scope == RuleScopeKind.Line ? facts.Order.Lines.Select(l => (int?)l.LineNo) : [null];
            foreach (var lineNo in lines)
            {
                var found = findings[(rule.Name, lineNo)].ToList();
                verdicts.Add(found switch
                {
                    [] => new RuleVerdict(rule.Name, lineNo, Verdict.Pass),
                    [{ Kind: FindingKind.EvaluationError } error] => new RuleVerdict(rule.Name, lineNo, Verdict.Error, error.Message),
                    [_] => new RuleVerdict(rule.Name, lineNo, Verdict.Fail),
                    _ => new RuleVerdict(rule.Name, lineNo, Verdict.Error, $"{found.Count} findings for one evaluation"),
                });
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
