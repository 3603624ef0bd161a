using OrderConfirmation.Orders;
using OrderConfirmation.Review;

namespace OrderConfirmation.Testing;

/// <summary>Exchange rates that never change, for tests, samples and tools.</summary>
/// <param name="rates">The rates every review gets.</param>
public sealed class FixedExchangeRates(ExchangeRates rates) : IExchangeRateProvider
{
    private readonly ExchangeRates _rates = rates ?? throw new ArgumentNullException(nameof(rates));

    /// <inheritdoc />
    public ValueTask<ExchangeRates> GetRatesAsync(CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return ValueTask.FromResult(_rates);
    }
}
