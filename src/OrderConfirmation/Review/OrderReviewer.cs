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
    private readonly ICreditProfileProvider _credit;
    private readonly ISupplyProvider _supply;
    private readonly ICapabilityCatalog _capabilities;
    private readonly IClock _clock;
    private readonly DateTimeZone _timeZone;

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
        _credit = credit ?? throw new ArgumentNullException(nameof(credit));
        _supply = supply ?? throw new ArgumentNullException(nameof(supply));
        _capabilities = capabilities ?? throw new ArgumentNullException(nameof(capabilities));
        _clock = clock ?? throw new ArgumentNullException(nameof(clock));
        _timeZone = timeZone ?? throw new ArgumentNullException(nameof(timeZone));
    }

    /// <inheritdoc />
    public async ValueTask<ReviewDecision> ReviewAsync(Order order, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(order);
        var ruleSet = _rules.Current;
        var customerId = order.Customer.CustomerId;
        var skus = order.Lines.Select(l => l.Sku).OfType<string>().Distinct(StringComparer.Ordinal).ToArray();
        var credit = string.IsNullOrWhiteSpace(customerId)
            ? ValueTask.FromResult<CreditProfile?>(null)
            : _credit.GetCreditProfileAsync(customerId, cancellationToken);
        var supply = _supply.GetSupplyAsync(skus, cancellationToken);
        var capabilities = _capabilities.GetSupportedCapabilitiesAsync(cancellationToken);
        var facts = new ReviewFacts(
            order,
            await credit.ConfigureAwait(false),
            await supply.ConfigureAwait(false),
            await capabilities.ConfigureAwait(false),
            _clock.GetCurrentInstant(),
            _timeZone);
        return ReviewEvaluator.Evaluate(ruleSet, facts);
    }
}
