using System.Collections.Concurrent;
using System.Collections.Frozen;
using OrderConfirmation.Orders;
using OrderConfirmation.Review;

namespace OrderConfirmation.SampleHost.Store;

/// <summary>
/// This host's facts providers. A real host asks its ERP and CRM; this one has none, so it keeps the facts that review
/// requests bring (the customer's credit profile, supply per SKU, the supported capabilities, the order's price list and
/// the exchange rates), and later reviews through <see cref="IOrderReviewer"/> and <see cref="Changes.IChangeReviewer"/>
/// see them. The latest request's facts win; an order whose request brought no <c>facts.prices</c> has no price list, so
/// Finance's pricing stage does not run for it. Thread-safe.
/// </summary>
internal sealed class RecordedFacts : ICreditProfileProvider, ISupplyProvider, ICapabilityCatalog, IPriceListProvider, IExchangeRateProvider
{
    private readonly ConcurrentDictionary<string, IReadOnlyDictionary<string, PriceListEntry>> _prices = new(StringComparer.Ordinal);
    private volatile ExchangeRates _rates = ExchangeRates.None;

    private readonly ConcurrentDictionary<string, CreditProfile> _credit = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, SupplyPosition> _supply = new(StringComparer.Ordinal);
    private volatile FrozenSet<string> _capabilities = FrozenSet<string>.Empty;

    /// <summary>Records the facts of a review request: a request without a credit profile makes the customer unknown again.</summary>
    public void Record(ReviewFacts facts)
    {
        if (facts.Order.Customer.CustomerId is { } customerId)
        {
            if (facts.Credit is { } profile)
            {
                _credit[customerId] = profile;
            }
            else
            {
                _credit.TryRemove(customerId, out _);
            }
        }

        foreach (var (sku, position) in facts.Supply)
        {
            _supply[sku] = position;
        }

        _capabilities = facts.Capabilities.ToFrozenSet(StringComparer.Ordinal);
        _rates = facts.ExchangeRates;
        if (facts.Order.OrderId is { } orderId)
        {
            if (facts.Prices is { } prices)
            {
                _prices[orderId] = prices;
            }
            else
            {
                _prices.TryRemove(orderId, out _);
            }
        }
    }

    /// <inheritdoc />
    public ValueTask<IReadOnlyDictionary<string, PriceListEntry>?> GetPricesAsync(PriceListLookup lookup, CancellationToken cancellationToken) =>
        ValueTask.FromResult(lookup.OrderId is { } orderId ? _prices.GetValueOrDefault(orderId) : null);

    /// <inheritdoc />
    public ValueTask<ExchangeRates> GetRatesAsync(CancellationToken cancellationToken) => ValueTask.FromResult(_rates);

    /// <inheritdoc />
    public ValueTask<CreditProfile?> GetCreditProfileAsync(string customerId, CancellationToken cancellationToken) =>
        ValueTask.FromResult(_credit.GetValueOrDefault(customerId));

    /// <inheritdoc />
    public ValueTask<IReadOnlyDictionary<string, SupplyPosition>> GetSupplyAsync(IReadOnlyCollection<string> skus, CancellationToken cancellationToken)
    {
        var found = new Dictionary<string, SupplyPosition>(StringComparer.Ordinal);
        foreach (var sku in skus)
        {
            if (_supply.TryGetValue(sku, out var position))
            {
                found[sku] = position;
            }
        }

        return ValueTask.FromResult<IReadOnlyDictionary<string, SupplyPosition>>(found);
    }

    /// <inheritdoc />
    public ValueTask<IReadOnlySet<string>> GetSupportedCapabilitiesAsync(CancellationToken cancellationToken) =>
        ValueTask.FromResult<IReadOnlySet<string>>(_capabilities);
}
