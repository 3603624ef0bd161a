using NodaTime;
using OrderConfirmation.Findings;
using OrderConfirmation.Orders;

namespace OrderConfirmation.Review;

/// <summary>
/// Gathers the facts of a review from the host's providers, concurrently, at the clock's instant. A provider that
/// does not answer within the time-out, or fails, does not fail the review: its facts are reported as unavailable.
/// The caller's cancellation is honoured (it propagates as <see cref="OperationCanceledException"/>).
/// </summary>
internal sealed class ReviewFactsSource
{
    private static readonly IReadOnlyDictionary<string, SupplyPosition> NoSupply = System.Collections.ObjectModel.ReadOnlyDictionary<string, SupplyPosition>.Empty;
    private static readonly IReadOnlySet<string> NoCapabilities = new HashSet<string>();
    private static readonly IReadOnlyDictionary<string, PriceListEntry> NoPrices = System.Collections.ObjectModel.ReadOnlyDictionary<string, PriceListEntry>.Empty;

    private readonly ICreditProfileProvider _credit;
    private readonly ISupplyProvider _supply;
    private readonly ICapabilityCatalog _capabilities;
    private readonly IClock _clock;
    private readonly DateTimeZone _timeZone;
    private readonly TimeSpan _timeout;
    private readonly IReadOnlyList<HostStageFacts> _hostStages;
    private readonly IPriceListProvider? _prices;
    private readonly IExchangeRateProvider? _rates;

    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="providerTimeout"/> is not positive.</exception>
    public ReviewFactsSource(ICreditProfileProvider credit, ISupplyProvider supply, ICapabilityCatalog capabilities, IClock clock, DateTimeZone timeZone, TimeSpan? providerTimeout = null, IReadOnlyList<HostStageFacts>? hostStages = null, IPriceListProvider? prices = null, IExchangeRateProvider? rates = null)
    {
        _hostStages = hostStages ?? [];
        _prices = prices;
        _rates = rates;
        _credit = credit ?? throw new ArgumentNullException(nameof(credit));
        _supply = supply ?? throw new ArgumentNullException(nameof(supply));
        _capabilities = capabilities ?? throw new ArgumentNullException(nameof(capabilities));
        _clock = clock ?? throw new ArgumentNullException(nameof(clock));
        _timeZone = timeZone ?? throw new ArgumentNullException(nameof(timeZone));
        _timeout = providerTimeout ?? DefaultTimeout;
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(_timeout, TimeSpan.Zero, nameof(providerTimeout));
    }

    /// <summary>How long a provider may take by default: 10 seconds.</summary>
    public static TimeSpan DefaultTimeout { get; } = TimeSpan.FromSeconds(10);

    public async ValueTask<(ReviewFacts Facts, IReadOnlyList<UnavailableFacts> Unavailable)> GatherAsync(Order order, IEnumerable<string?> skus, CancellationToken cancellationToken)
    {
        var customerId = order.Customer.CustomerId;
        var wanted = skus.OfType<string>().Distinct(StringComparer.Ordinal).ToArray();
        var profile = string.IsNullOrWhiteSpace(customerId)
            ? Task.FromResult<CreditProfile?>(null)
            : Start(() => _credit.GetCreditProfileAsync(new CreditLookup(customerId, order.OrderId, order.Currency), cancellationToken));
        var positions = Start(() => _supply.GetSupplyAsync(wanted, cancellationToken));
        var supported = Start(() => _capabilities.GetSupportedCapabilitiesAsync(cancellationToken));
        // A price-list provider may answer that no price list applies (null); a rate source that answers null has failed
        // as surely as one that throws, and the review must not pass that silently.
        var priceList = _prices is null ? null : Start(() => _prices.GetPricesAsync(new PriceListLookup(order.OrderId, order.Currency, wanted), cancellationToken));
        // Stryker disable once String : the system finding names the exception's type, never its message
        var exchange = _rates is null ? null : Start(async () => await _rates.GetRatesAsync(cancellationToken).ConfigureAwait(false) ?? throw new InvalidOperationException("The exchange-rate provider gave no rates."));
        var hostLookUps = _hostStages.Select(h => Start(() => h.Get(order, cancellationToken))).ToArray();
        var unavailable = new List<UnavailableFacts>();
        var credit = await Within(profile, null, ReviewStage.CreditAssessment, Department.Finance, "CreditProfile", unavailable, cancellationToken).ConfigureAwait(false);
        var supply = await Within(positions, NoSupply, ReviewStage.SupplyCapability, Department.Product, "Supply", unavailable, cancellationToken).ConfigureAwait(false);
        var capabilities = await Within(supported, NoCapabilities, ReviewStage.TechnicalFeasibility, Department.Technical, "Capabilities", unavailable, cancellationToken).ConfigureAwait(false);
        var rates = exchange is null ? ExchangeRates.None
            : await Within(exchange, ExchangeRates.None, ReviewStage.CreditAssessment, Department.Finance, "ExchangeRates", unavailable, cancellationToken).ConfigureAwait(false);
        var prices = priceList is null ? null
            // A price list that could not be had still runs the stage (on no entries), so that its system finding replaces it.
            : await Within(priceList, NoPrices, ReviewStage.PricingPolicy, Department.Finance, "PriceList", unavailable, cancellationToken).ConfigureAwait(false);
        var facts = new ReviewFacts(order, credit, supply!, capabilities!, _clock.GetCurrentInstant(), _timeZone) { Prices = prices, ExchangeRates = rates ?? ExchangeRates.None };
        foreach (var (host, lookUp) in _hostStages.Zip(hostLookUps))
        {
            if (await Within(lookUp, null, host.Stage.Name, host.Stage.Owner, $"{host.Stage.Name}Facts", unavailable, cancellationToken).ConfigureAwait(false) is { } stageFacts)
            {
                facts = host.Join(facts, stageFacts);
            }
        }

        return (facts, unavailable);
    }

    private static Task<T> Start<T>(Func<ValueTask<T>> call)
    {
        try
        {
            return call().AsTask();
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            return Task.FromException<T>(e);
        }
    }

    private async Task<T?> Within<T>(Task<T> call, T? fallback, ReviewStage stage, Department department, string provider, List<UnavailableFacts> unavailable, CancellationToken cancellationToken)
    {
        try
        {
            return await call.WaitAsync(_timeout, cancellationToken).ConfigureAwait(false);
        }
        catch (TimeoutException)
        {
            unavailable.Add(new UnavailableFacts(stage, department, provider, $"no answer within {_timeout.TotalSeconds:0.###} s"));
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            unavailable.Add(new UnavailableFacts(stage, department, provider, $"the provider failed: {e.GetType().Name}"));
        }

        return fallback;
    }
}
