using OrderConfirmation.Findings;
using OrderConfirmation.Rules;

namespace OrderConfirmation.Review;

/// <summary>
/// The regulation's review stages (articles 4.1 and 4.2) and what their rules read: every rule sees <c>order</c>,
/// <c>customer</c>, <c>today</c>, <c>credit</c> and <c>capabilities</c>; line rules also see <c>line</c> and its
/// <c>supply</c>.
/// </summary>
internal static class ReviewStages
{
    public static RuleStage<ReviewScope> Preliminary { get; } = Declare(ReviewStage.PreliminaryReview);

    public static RuleStage<ReviewScope> Credit { get; } = Declare(ReviewStage.CreditAssessment);

    public static RuleStage<ReviewScope> Technical { get; } = Declare(ReviewStage.TechnicalFeasibility);

    public static RuleStage<ReviewScope> Supply { get; } = Declare(ReviewStage.SupplyCapability);

    /// <summary>The detailed review's stages, in the order they run (article 4.2). An array, so that running them allocates no enumerator.</summary>
    public static RuleStage<ReviewScope>[] Detailed { get; } = [Credit, Technical, Supply];

    private static RuleStage<ReviewScope> Declare(ReviewStage name) =>
        new RuleStage<ReviewScope>(name)
            .FieldInput("order", nameof(ReviewScope.Order), RuleScopeKind.Order)
            .FieldInput("customer", nameof(ReviewScope.Customer), RuleScopeKind.Order)
            .FieldInput("today", nameof(ReviewScope.Today), RuleScopeKind.Order)
            .FieldInput("credit", nameof(ReviewScope.Credit), RuleScopeKind.Order)
            .FieldInput("capabilities", nameof(ReviewScope.Capabilities), RuleScopeKind.Order)
            .FieldInput("line", nameof(ReviewScope.Line), RuleScopeKind.Line)
            .FieldInput("supply", nameof(ReviewScope.Supply), RuleScopeKind.Line);
}
