using OrderConfirmation.Findings;
using OrderConfirmation.Rules;

namespace OrderConfirmation.Review;

/// <summary>
/// The regulation's review stages (articles 3, 4.1 and 4.2) and what their rules read: every rule sees <c>order</c>,
/// <c>customer</c>, <c>today</c>, <c>credit</c>, <c>capabilities</c>, the exchange <c>rates</c> and the
/// <c>agreedDeliveryDate</c> (during a change's re-review, the date the order had before the change); line rules also see
/// <c>line</c>, its <c>supply</c>, its <c>price</c> (the price-list entry of its SKU) and <c>skuDemand</c> (the order's
/// whole quantity of its SKU).
/// </summary>
internal static class ReviewStages
{
    public static RuleStage<ReviewScope> Preliminary { get; } = Declare(ReviewStage.PreliminaryReview);

    public static RuleStage<ReviewScope> Credit { get; } = Declare(ReviewStage.CreditAssessment);

    /// <summary>Finance's price and payment policy (article 3); runs only when the review has a price list.</summary>
    public static RuleStage<ReviewScope> Pricing { get; } = Declare(ReviewStage.PricingPolicy);

    public static RuleStage<ReviewScope> Technical { get; } = Declare(ReviewStage.TechnicalFeasibility);

    public static RuleStage<ReviewScope> Supply { get; } = Declare(ReviewStage.SupplyCapability);

    /// <summary>The detailed review's stages, in the order they run (article 4.2). An array, so that running them allocates no enumerator.</summary>
    public static RuleStage<ReviewScope>[] Detailed { get; } = [Credit, Pricing, Technical, Supply];

    /// <summary>The preliminary review, then the detailed review's stages, in the order they run.</summary>
    public static RuleStage<ReviewScope>[] InOrder { get; } = [Preliminary, .. Detailed];

    private static RuleStage<ReviewScope> Declare(ReviewStage name) =>
        new RuleStage<ReviewScope>(name)
            .FieldInput("order", nameof(ReviewScope.Order), RuleScopeKind.Order)
            .FieldInput("customer", nameof(ReviewScope.Customer), RuleScopeKind.Order)
            .FieldInput("today", nameof(ReviewScope.Today), RuleScopeKind.Order)
            .FieldInput("credit", nameof(ReviewScope.Credit), RuleScopeKind.Order)
            .FieldInput("capabilities", nameof(ReviewScope.Capabilities), RuleScopeKind.Order)
            .FieldInput("rates", nameof(ReviewScope.Rates), RuleScopeKind.Order)
            .FieldInput("agreedDeliveryDate", nameof(ReviewScope.AgreedDeliveryDate), RuleScopeKind.Order)
            .FieldInput("line", nameof(ReviewScope.Line), RuleScopeKind.Line)
            .FieldInput("supply", nameof(ReviewScope.Supply), RuleScopeKind.Line)
            .FieldInput("price", nameof(ReviewScope.Price), RuleScopeKind.Line)
            .FieldInput("skuDemand", nameof(ReviewScope.SkuDemand), RuleScopeKind.Line);
}
