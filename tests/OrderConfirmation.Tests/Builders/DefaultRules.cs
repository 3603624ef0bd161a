using OrderConfirmation.Review;
using OrderConfirmation.Rules;
using OrderConfirmation.Stages;

namespace OrderConfirmation.Tests.Builders;

/// <summary>The shipped rule set, loaded once for the test run, and a shortcut to review with it.</summary>
public static class DefaultRules
{
    public static RuleSet RuleSet { get; } = RuleSetLoader.LoadDefaults();

    public static ReviewDecision Review(ReviewFacts facts) => ReviewEvaluator.Evaluate(RuleSet, facts);

    public static ReviewDecision Review(FactsBuilder facts) => Review(facts.Build());

    public static string RulesDirectory => Path.Combine(AppContext.BaseDirectory, "rules");
}
