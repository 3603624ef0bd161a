using OrderConfirmation.Orders;
using OrderConfirmation.Review;
using OrderConfirmation.Rules;

namespace OrderConfirmation.Changes;

/// <summary>
/// The library's <see cref="IChangeReviewer"/>: gathers the facts for the order before and after the change
/// (credit, supply of every product involved, capabilities) and evaluates with <see cref="ChangeEvaluator"/>. Thread-safe.
/// </summary>
internal sealed class ChangeReviewer : IChangeReviewer
{
    private readonly IRuleSetProvider _rules;
    private readonly ReviewFactsSource _facts;

    /// <summary>Creates a reviewer over the rule set in force and the host's providers.</summary>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public ChangeReviewer(IRuleSetProvider rules, ReviewFactsSource facts)
    {
        _rules = rules ?? throw new ArgumentNullException(nameof(rules));
        _facts = facts ?? throw new ArgumentNullException(nameof(facts));
    }

    /// <inheritdoc />
    public async ValueTask<ChangeEvaluation> ReviewChangeAsync(OrderSnapshot current, ChangeRequest change, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(current);
        ArgumentNullException.ThrowIfNull(change);
        var ruleSet = _rules.Current;
        var skus = current.Order.Lines.Select(l => l.Sku).Concat(change.Lines.Select(l => l.Sku));
        var (facts, unavailable) = await _facts.GatherAsync(current.Order, skus, cancellationToken).ConfigureAwait(false);
        var evaluation = ChangeEvaluator.Evaluate(ruleSet, current, change, facts);
        return unavailable.Count == 0 ? evaluation : evaluation.WithUnavailableFacts(unavailable);
    }
}
