using NodaTime;
using OrderConfirmation.Orders;
using OrderConfirmation.Rules;

namespace OrderConfirmation.Review;

/// <summary>
/// The library's <see cref="IOrderReviewer"/>: gathers the facts from the host's providers and evaluates
/// the rule set in force. Thread-safe.
/// </summary>
public sealed class OrderReviewer : IOrderReviewer
{
    private readonly IRuleSetProvider _rules;
    private readonly ReviewFactsSource _facts;

    /// <summary>Creates a reviewer.</summary>
    /// <param name="rules">The rule set in force.</param>
    /// <param name="credit">Credit profiles (Finance).</param>
    /// <param name="supply">Supply positions (Product).</param>
    /// <param name="capabilities">Supported capabilities (Technical).</param>
    /// <param name="clock">The clock giving the review's instant.</param>
    /// <param name="timeZone">The company's time zone.</param>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public OrderReviewer(IRuleSetProvider rules, ICreditProfileProvider credit, ISupplyProvider supply, ICapabilityCatalog capabilities, IClock clock, DateTimeZone timeZone)
    {
        _rules = rules ?? throw new ArgumentNullException(nameof(rules));
        _facts = new ReviewFactsSource(credit, supply, capabilities, clock, timeZone);
    }

    /// <inheritdoc />
    public async ValueTask<ReviewDecision> ReviewAsync(Order order, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(order);
        var ruleSet = _rules.Current;
        var facts = await _facts.GatherAsync(order, order.Lines.Select(l => l.Sku), cancellationToken).ConfigureAwait(false);
        return ReviewEvaluator.Evaluate(ruleSet, facts);
    }
}
