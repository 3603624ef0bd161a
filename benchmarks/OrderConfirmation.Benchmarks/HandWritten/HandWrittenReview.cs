using OrderConfirmation.Findings;
using OrderConfirmation.Review;

namespace OrderConfirmation.Benchmarks.HandWritten;

/// <summary>
/// The default rule files (rules/*.json) written as plain C#, the baseline of the review benchmarks: the same rules,
/// metadata, messages and values, and the same gating. When the preliminary review finds an error the detailed
/// stages do not run, so they may take for granted what it checks (SKUs, quantities, prices, currency, delivery date,
/// terms). Finance's price policy runs after the credit assessment, only when the facts have a price list.
/// </summary>
public static class HandWrittenReview
{
    /// <summary>The version the hand-written decisions carry, in place of a rule files' hash.</summary>
    public const string RuleSetVersion = "hand-written";

    private static readonly ReviewStage[] PreliminaryOnly = [ReviewStage.PreliminaryReview];
    private static readonly ReviewStage[] AllStages =
        [ReviewStage.PreliminaryReview, ReviewStage.CreditAssessment, ReviewStage.PricingPolicy, ReviewStage.TechnicalFeasibility, ReviewStage.SupplyCapability];
    private static readonly ReviewStage[] AllStagesButPricing =
        [ReviewStage.PreliminaryReview, ReviewStage.CreditAssessment, ReviewStage.TechnicalFeasibility, ReviewStage.SupplyCapability];

    /// <summary>Reviews an order as the default rule files do.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="facts"/> is <see langword="null"/>.</exception>
    public static ReviewDecision Evaluate(ReviewFacts facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        var order = facts.Order;
        var today = facts.Today;
        var findings = new List<ReviewFinding>();
        CompletenessChecks.Run(order, today, findings);
        if (findings.Exists(static f => f.IsBlocking))
        {
            return new ReviewDecision(order.OrderId, PreliminaryOnly, findings, RuleSetVersion, facts.EvaluatedAt);
        }

        CreditChecks.Run(order, facts.Credit, facts.ExchangeRates, findings);
        if (facts.Prices is { } prices)
        {
            PricingChecks.Run(order, prices, facts.ExchangeRates, findings);
        }

        TechnicalChecks.Run(order, facts.Capabilities, findings);
        SupplyChecks.Run(order, facts.Supply, today, findings);
        return new ReviewDecision(order.OrderId, facts.Prices is null ? AllStagesButPricing : AllStages, findings, RuleSetVersion, facts.EvaluatedAt);
    }
}
