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
    /// <param name="providerTimeout">How long each provider may take (default 10 s); a provider that takes longer, or fails, gives a system finding that holds the order instead of failing the review.</param>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="providerTimeout"/> is not positive.</exception>
    public OrderReviewer(IRuleSetProvider rules, ICreditProfileProvider credit, ISupplyProvider supply, ICapabilityCatalog capabilities, IClock clock, DateTimeZone timeZone, TimeSpan? providerTimeout = null)
    {
        _rules = rules ?? throw new ArgumentNullException(nameof(rules));
        _facts = new ReviewFactsSource(credit, supply, capabilities, clock, timeZone, providerTimeout);
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
