using OrderConfirmation.Orders;

namespace OrderConfirmation.Tests.Orders;

/// <summary>Issue 15: rates give units of the base per one unit of the keyed currency; two non-base currencies convert through the base; exact decimals.</summary>
public sealed class ExchangeRatesTests
{
    private static readonly ExchangeRates Rates = new("CNY", new Dictionary<string, decimal> { ["USD"] = 7.10m, ["EUR"] = 7.75m });

    [Theory]
    [InlineData(12_000, "USD", "CNY", 85_200)] // the order: 12,000 USD at 7.10
    [InlineData(71, "CNY", "USD", 10)]
    [InlineData(7.75, "CNY", "EUR", 1)]
    [InlineData(7.10, "EUR", "USD", 7.75)] // through the base: 7.10 EUR = 55.025 CNY = 7.75 USD
    [InlineData(123.45, "USD", "USD", 123.45)]
    [InlineData(5, "GBP", "GBP", 5)] // the same currency needs no rate
    public void Convert_KnownCurrencies_GivesTheExactAmount(decimal amount, string from, string to, decimal expected)
    {
        Assert.True(Rates.CanConvert(from, to));
        Assert.Equal(expected, Rates.Convert(amount, from, to));
    }

    [Theory]
    [InlineData("GBP", "CNY")]
    [InlineData("CNY", "GBP")]
    [InlineData(null, "CNY")]
    [InlineData("CNY", null)]
    public void Convert_UnknownCurrency_CannotAndSaysWhich(string? from, string? to)
    {
        Assert.False(Rates.CanConvert(from, to));
        Assert.StartsWith("There is no exchange rate from ", Assert.Throws<InvalidOperationException>(() => Rates.Convert(1m, from, to)).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void None_ConvertsOnlyAnAmountToItsOwnCurrency()
    {
        Assert.True(ExchangeRates.None.CanConvert("USD", "USD"));
        Assert.False(ExchangeRates.None.CanConvert("USD", "CNY"));
    }

    [Fact]
    public void Rates_IncludeTheBaseAtOne() =>
        Assert.Equal(1m, Rates.Rates["CNY"]);

    [Theory]
    [InlineData("USD", 0)]
    [InlineData("USD", -7.1)]
    [InlineData("CNY", 2)]
    public void Constructor_RateNotPositiveOrBaseNotOne_IsRefused(string currency, decimal rate)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new ExchangeRates("CNY", new Dictionary<string, decimal> { [currency] = rate }));
    }

    [Fact]
    public void Constructor_BlankBase_IsRefused() =>
        Assert.Throws<ArgumentException>(() => new ExchangeRates(" ", new Dictionary<string, decimal>()));

    [Fact]
    public void PriceListEntry_NegativeAmounts_AreRefused()
    {
        Assert.Equal("listPrice", Assert.Throws<ArgumentOutOfRangeException>(() => new PriceListEntry("CNY", -1m)).ParamName);
        Assert.Equal("unitCost", Assert.Throws<ArgumentOutOfRangeException>(() => new PriceListEntry("CNY", 1m, -1m)).ParamName);
        Assert.Null(new PriceListEntry("CNY", 1m).UnitCost);
    }

    [Fact]
    public void CreditProfile_BlankCurrency_IsRefusedAndNoneMeansTheOrders()
    {
        var profile = new CreditProfile(1m, 0m, 0m, 0m, 0, 0, blocked: false);

        Assert.Throws<ArgumentException>(() => profile with { Currency = " " });
        Assert.Equal("USD", profile.CurrencyFor("USD"));
        Assert.Equal("CNY", (profile with { Currency = "CNY" }).CurrencyFor("USD"));
    }
}
