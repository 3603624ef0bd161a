using OrderConfirmation.Findings;
using OrderConfirmation.Rules;

namespace OrderConfirmation.Review;

/// <summary>A host's own review stage, whatever the type of its facts: what the review needs to run it.</summary>
internal interface IHostReviewStage
{
    ReviewStage Name { get; }

    Department Owner { get; }

    /// <summary>The name of the service that gives the stage's facts, for messages.</summary>
    string ProviderName { get; }

    /// <summary>The service that gives the stage's facts: <see cref="IReviewFactsProvider{TFacts}"/> of its facts' type.</summary>
    Type ProviderType { get; }

    /// <summary>The host's provider of the stage's facts, as a lookup, or <see langword="null"/> when the host registered none.</summary>
    HostStageFacts? FactsFrom(IServiceProvider services);

    /// <summary>Runs the stage's rules of the rule set, if it has any, on the facts given for it.</summary>
    void Run(RuleSet ruleSet, ReviewFacts facts, List<ReviewFinding> findings, List<ReviewStage> stagesRun);
}
