using OrderConfirmation.Findings;
using OrderConfirmation.Rules;

namespace OrderConfirmation.Review;

/// <summary>
/// A review stage of the host's own (for example export control), run with the regulation's detailed stages: after a
/// preliminary review without errors, in catalog order after the supply check. Its rules are written in rule files
/// like any other (<c>"Stage": "ExportControl"</c>) and read <c>order</c>, <c>customer</c>, <c>today</c>, the stage's
/// facts under the name given here and, in line rules, <c>line</c>; declare more inputs with
/// <see cref="RuleStage{TScope}.OrderInput{T}"/> and <see cref="RuleStage{TScope}.LineInput{T}"/>. Load rules with a
/// catalog that holds the stage (<c>StandardStages.Catalog.With(stage)</c>, or the DI option <c>Stages</c>), and give
/// its facts with <see cref="ReviewFacts.WithStageFacts{TFacts}"/> or, in a host, an
/// <see cref="IReviewFactsProvider{TFacts}"/>. A review whose facts for the stage are missing holds the order with a
/// system finding of the stage's <see cref="Owner"/>.
/// </summary>
/// <typeparam name="TFacts">The type of the stage's facts; rules may read its public properties and fields.</typeparam>
public sealed class CustomReviewStage<TFacts> : RuleStage<StageScope<TFacts>>, IHostReviewStage
    where TFacts : class
{
    /// <summary>Declares a stage.</summary>
    /// <param name="name">The stage's name, as rule files write it in <c>Stage</c>: ASCII letters and digits, beginning with a letter.</param>
    /// <param name="owner">The department responsible for the stage, named by its system findings.</param>
    /// <param name="factsInput">The name rules use for the stage's facts (for example <c>export</c>).</param>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> or <paramref name="factsInput"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="name"/> or <paramref name="factsInput"/> is not a name, or <paramref name="factsInput"/> is one of the stage's other inputs.</exception>
    public CustomReviewStage(string name, Department owner, string factsInput)
        : base(new ReviewStage(name))
    {
        Owner = owner;
        OrderInput("order", s => s.Order);
        OrderInput("customer", s => s.Customer);
        OrderInput("today", s => s.Today);
        OrderInput(factsInput, s => s.Facts);
        LineInput("line", s => s.Line);
    }

    /// <summary>The department responsible for the stage.</summary>
    public Department Owner { get; }

    string IHostReviewStage.ProviderName => $"IReviewFactsProvider<{typeof(TFacts).Name}>";

    Type IHostReviewStage.ProviderType => typeof(IReviewFactsProvider<TFacts>);

    HostStageFacts? IHostReviewStage.FactsFrom(IServiceProvider services) =>
        services.GetService(typeof(IReviewFactsProvider<TFacts>)) is IReviewFactsProvider<TFacts> provider
            ? new HostStageFacts(this, async (order, cancellationToken) => await provider.GetFactsAsync(order, cancellationToken).ConfigureAwait(false), (facts, stageFacts) => facts.WithStageFacts(this, (TFacts)stageFacts))
            : null;

    void IHostReviewStage.Run(RuleSet ruleSet, ReviewFacts facts, List<ReviewFinding> findings, List<ReviewStage> stagesRun)
    {
        if (ruleSet.For(this) is not { } rules)
        {
            return;
        }

        stagesRun.Add(Name);
        if (facts.StageFacts(this) is not TFacts stageFacts)
        {
            var values = new OrderedDictionary<string, object?>(StringComparer.Ordinal) { ["stage"] = Name.Name };
            findings.Add(ReviewFinding.SystemError(
                $"{Name}FactsMissing",
                Name,
                Owner,
                $"The facts of the {Name} stage were not given; the stage was not done and the order is held until it can be.",
                values));
            return;
        }

        var scope = new StageScope<TFacts>(facts.Order, facts.Today, stageFacts);
        rules.RunOrderRules(scope, findings);
        if (!rules.HasLineRules)
        {
            return;
        }

        var lines = facts.Order.Lines;
        for (var i = 0; i < lines.Count; i++)
        {
            scope.Line = lines[i];
            rules.RunLineRules(scope, lines[i].LineNo, findings);
        }
    }
}
