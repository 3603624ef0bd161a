using OrderConfirmation.Changes;
using OrderConfirmation.Review;
using OrderConfirmation.Rules;

namespace OrderConfirmation.Stages;

/// <summary>The regulation's stages, which the shipped rule files are written for.</summary>
public static class StandardStages
{
    /// <summary>
    /// The preliminary review (article 4.1), the detailed review's credit stage (article 4.2), Finance's price policy
    /// (article 3; it runs only when the review has a price list), the technical and supply stages (article 4.2) and
    /// change eligibility (article 4.3), in that order. Add a host's own stage with <see cref="RuleStageCatalog.With"/>.
    /// </summary>
    public static RuleStageCatalog Catalog { get; } = new(
    [
        ReviewStages.Preliminary,
        ReviewStages.Credit,
        ReviewStages.Pricing,
        ReviewStages.Technical,
        ReviewStages.Supply,
        ChangeEligibilityStage.Declaration,
    ]);
}
