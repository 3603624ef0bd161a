using NodaTime;
using OrderConfirmation.Orders;
using OrderConfirmation.Review;
using OrderConfirmation.Rules;

namespace OrderConfirmation.Changes;

/// <summary>
/// The library's <see cref="IChangeReviewer"/>: gathers the facts for the order before and after the change
/// (credit, supply of every product involved, capabilities) and evaluates with <see cref="ChangeEvaluator"/>. Thread-safe.
/// </summary>
public sealed class ChangeReviewer : IChangeReviewer
{
    private readonly IRuleSetProvider _rules;
    private readonly ReviewFactsSource _facts;

    /// <summary>Creates a change reviewer.</summary>
    /// <param name="rules">The rule set in force; it must contain change-eligibility rules.</param>
    /// <param name="credit">Credit profiles (Finance).</param>
    /// <param name="supply">Supply positions (Product).</param>
    /// <param name="capabilities">Supported capabilities (Technical).</param>
    /// <param name="clock">The clock giving the review's instant.</param>
    /// <param name="timeZone">The company's time zone.</param>
    /// <param name="providerTimeout">How long each provider may take (default 10 s); missing facts make the change infeasible with a system finding.</param>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="providerTimeout"/> is not positive.</exception>
    public ChangeReviewer(IRuleSetProvider rules, ICreditProfileProvider credit, ISupplyProvider supply, ICapabilityCatalog capabilities, IClock clock, DateTimeZone timeZone, TimeSpan? providerTimeout = null)
    {
        _rules = rules ?? throw new ArgumentNullException(nameof(rules));
        _facts = new ReviewFactsSource(credit, supply, capabilities, clock, timeZone, providerTimeout);
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
