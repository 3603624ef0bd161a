using System.Collections.ObjectModel;

namespace OrderConfirmation.Orders;

/// <summary>
/// Finance's exchange rates on the day of a review: how many units of <see cref="BaseCurrency"/> one unit of each
/// other currency is worth (<c>USD: 7.10</c> with base <c>CNY</c> means 1 USD = 7.10 CNY). Between two currencies that
/// are not the base, an amount goes through the base. Arithmetic is exact <see cref="decimal"/>: an amount is first
/// multiplied by its currency's rate, then divided once by the target's, so a conversion whose result a decimal can
/// hold is exact, and a value exactly at a limit stays exactly at it.
/// </summary>
public sealed class ExchangeRates
{
    private readonly Dictionary<string, decimal> _rates;

    /// <summary>Creates the rates.</summary>
    /// <param name="baseCurrency">The ISO 4217 code the rates are given in, such as <c>CNY</c>.</param>
    /// <param name="rates">Units of <paramref name="baseCurrency"/> per one unit of each keyed currency.</param>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">The base currency or a key is blank.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A rate is not positive, or the base currency's own rate is not 1.</exception>
    public ExchangeRates(string baseCurrency, IReadOnlyDictionary<string, decimal> rates)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(baseCurrency);
        ArgumentNullException.ThrowIfNull(rates);
        _rates = new Dictionary<string, decimal>(StringComparer.Ordinal);
        foreach (var (currency, rate) in rates)
        {
            ArgumentException.ThrowIfNullOrWhiteSpace(currency, nameof(rates));
            if (rate <= 0m || (currency == baseCurrency && rate != 1m))
            {
                throw new ArgumentOutOfRangeException(nameof(rates), rate, $"The rate of {currency} must be positive (and 1 for the base currency {baseCurrency}).");
            }

            _rates[currency] = rate;
        }

        BaseCurrency = baseCurrency;
        _rates[baseCurrency] = 1m;
        Rates = new ReadOnlyDictionary<string, decimal>(_rates);
    }

    /// <summary>No rates at all: only an amount already in the wanted currency converts.</summary>
    public static ExchangeRates None { get; } = new("XXX", new Dictionary<string, decimal>());

    /// <summary>The currency the rates are given in.</summary>
    public string BaseCurrency { get; }

    /// <summary>Units of <see cref="BaseCurrency"/> per one unit of each currency (the base itself at 1).</summary>
    public IReadOnlyDictionary<string, decimal> Rates { get; }

    /// <summary>Whether an amount in <paramref name="from"/> can be expressed in <paramref name="to"/>: the same currency, or both have a rate.</summary>
    public bool CanConvert(string? from, string? to) =>
        from is not null && to is not null && (string.Equals(from, to, StringComparison.Ordinal) || (_rates.ContainsKey(from) && _rates.ContainsKey(to)));

    /// <summary>
    /// <paramref name="amount"/> in <paramref name="from"/>, expressed in <paramref name="to"/>: unchanged for the same
    /// currency, else <c>amount × rate(from) ÷ rate(to)</c>.
    /// </summary>
    /// <exception cref="InvalidOperationException">There is no rate for one of the currencies (see <see cref="CanConvert"/>).</exception>
    /// <exception cref="OverflowException">The result is too large for a decimal.</exception>
    public decimal Convert(decimal amount, string? from, string? to)
    {
        if (from is not null && string.Equals(from, to, StringComparison.Ordinal))
        {
            return amount;
        }

        if (from is null || to is null || !_rates.TryGetValue(from, out var fromRate) || !_rates.TryGetValue(to, out var toRate))
        {
            throw new InvalidOperationException($"There is no exchange rate from {from ?? "(no currency)"} to {to ?? "(no currency)"}.");
        }

        return amount * fromRate / toRate;
    }
}
