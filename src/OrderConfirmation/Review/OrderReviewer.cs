using OrderConfirmation.Orders;
using OrderConfirmation.Rules;

namespace OrderConfirmation.Review;

/// <summary>
/// The library's <see cref="IOrderReviewer"/>: gathers the facts from the host's providers and evaluates
/// the rule set in force. Thread-safe.
/// </summary>
internal sealed class OrderReviewer : IOrderReviewer
{
    private readonly IRuleSetProvider _rules;
    private readonly ReviewFactsSource _facts;

    /// <summary>Creates a reviewer over the rule set in force and the host's providers.</summary>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public OrderReviewer(IRuleSetProvider rules, ReviewFactsSource facts)
    {
        _rules = rules ?? throw new ArgumentNullException(nameof(rules));
        _facts = facts ?? throw new ArgumentNullException(nameof(facts));
    }

    /// <inheritdoc />
    public async ValueTask<ReviewDecision> ReviewAsync(Order order, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(order);
        var ruleSet = _rules.Current;
        var (facts, unavailable) = await _facts.GatherAsync(order, order.Lines.Select(l => l.Sku), cancellationToken).ConfigureAwait(false);
        return UnavailableFacts.Apply(ReviewEvaluator.Evaluate(ruleSet, facts), unavailable);
    }
}
