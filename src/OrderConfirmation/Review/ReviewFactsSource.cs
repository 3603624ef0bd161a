using NodaTime;
using OrderConfirmation.Orders;

namespace OrderConfirmation.Review;

/// <summary>Gathers the facts of a review from the host's providers, concurrently, at the clock's instant.</summary>
internal sealed class ReviewFactsSource
{
    private readonly ICreditProfileProvider _credit;
    private readonly ISupplyProvider _supply;
    private readonly ICapabilityCatalog _capabilities;
    private readonly IClock _clock;
    private readonly DateTimeZone _timeZone;

    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public ReviewFactsSource(ICreditProfileProvider credit, ISupplyProvider supply, ICapabilityCatalog capabilities, IClock clock, DateTimeZone timeZone)
    {
        _credit = credit ?? throw new ArgumentNullException(nameof(credit));
        _supply = supply ?? throw new ArgumentNullException(nameof(supply));
        _capabilities = capabilities ?? throw new ArgumentNullException(nameof(capabilities));
        _clock = clock ?? throw new ArgumentNullException(nameof(clock));
        _timeZone = timeZone ?? throw new ArgumentNullException(nameof(timeZone));
    }

    public async ValueTask<ReviewFacts> GatherAsync(Order order, IEnumerable<string?> skus, CancellationToken cancellationToken)
    {
        var customerId = order.Customer.CustomerId;
        var wanted = skus.OfType<string>().Distinct(StringComparer.Ordinal).ToArray();
        var profile = string.IsNullOrWhiteSpace(customerId)
            ? ValueTask.FromResult<CreditProfile?>(null)
            : _credit.GetCreditProfileAsync(customerId, cancellationToken);
        var positions = _supply.GetSupplyAsync(wanted, cancellationToken);
        var supported = _capabilities.GetSupportedCapabilitiesAsync(cancellationToken);
        return new ReviewFacts(
            order,
            await profile.ConfigureAwait(false),
            await positions.ConfigureAwait(false),
            await supported.ConfigureAwait(false),
            _clock.GetCurrentInstant(),
            _timeZone);
    }
}
