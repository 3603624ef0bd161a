using System.Text.Json.Nodes;
using OrderConfirmation.Formats;
using OrderConfirmation.Orders;
using OrderConfirmation.Review;

namespace OrderConfirmation.Tests.Formats;

/// <summary>Issue 15's contract for review requests: <c>facts.credit.currency</c> and <c>allowedPaymentTerms</c>, <c>facts.prices</c> and <c>facts.exchangeRates</c>, all optional.</summary>
public sealed class ReviewRequestPricingFactsTests
{
    private const string Source = "pricing-request.json";

    private static ReviewFacts Read(Action<JsonObject> change) => ReviewRequestReader.Read(RequestJson.Bytes(RequestJson.Example(change)), Source);

    private static RequestFormatException ReadFails(Action<JsonObject> change) => Assert.Throws<RequestFormatException>(() => Read(change));

    private static JsonObject Credit(JsonObject request) => request.Facts()["credit"]!.AsObject();

    [Fact]
    public void Read_WithoutTheNewParts_HasNoPriceListNoRatesAndCreditInTheOrdersCurrency()
    {
        var facts = Read(_ => { });

        Assert.Null(facts.Prices);
        Assert.Same(ExchangeRates.None, facts.ExchangeRates);
        Assert.Null(facts.Credit!.Currency);
        Assert.Null(facts.Credit.AllowedPaymentTerms);
    }

    [Fact]
    public void Read_IssueContract_ReadsCreditCurrencyTermsPricesAndRates()
    {
        var facts = Read(r =>
        {
            Credit(r)["currency"] = "CNY";
            Credit(r)["allowedPaymentTerms"] = new JsonArray("Prepaid", "Net30");
            r.Facts()["prices"] = JsonNode.Parse("""{ "NET-SWITCH-48": { "currency": "CNY", "listPrice": 1250.00, "unitCost": 900.00 }, "WIFI-AP": { "currency": "USD", "listPrice": 20 } }""");
            r.Facts()["exchangeRates"] = JsonNode.Parse("""{ "base": "CNY", "rates": { "USD": 7.10, "EUR": 7.75 } }""");
        });

        Assert.Equal("CNY", facts.Credit!.Currency);
        Assert.Equal([PaymentTerms.Prepaid, PaymentTerms.Net30], facts.Credit.AllowedPaymentTerms!.Order());
        Assert.Equal(new PriceListEntry("CNY", 1250m, 900m), facts.Prices!["NET-SWITCH-48"]);
        Assert.Equal(new PriceListEntry("USD", 20m), facts.Prices["WIFI-AP"]);
        Assert.Equal("CNY", facts.ExchangeRates.BaseCurrency);
        Assert.Equal(71m, facts.ExchangeRates.Convert(10m, "USD", "CNY"));
        Assert.Equal(7.75m, facts.ExchangeRates.Convert(1m, "EUR", "CNY"));
    }

    [Fact]
    public void Read_EmptyPriceList_IsAPriceListWithNoEntries()
    {
        Assert.Empty(Read(r => r.Facts()["prices"] = new JsonObject()).Prices!);
    }

    [Theory]
    [InlineData("""{ "X": null }""", "facts.prices.X")]
    [InlineData("""{ "X": { "listPrice": 1 } }""", "facts.prices.X.currency")]
    [InlineData("""{ "X": { "currency": "RMB", "listPrice": 1 } }""", "facts.prices.X.currency")]
    [InlineData("""{ "X": { "currency": "CNY" } }""", "facts.prices.X.listPrice")]
    [InlineData("""{ "X": { "currency": "CNY", "listPrice": -1 } }""", "facts.prices.X.listPrice")]
    [InlineData("""{ "X": { "currency": "CNY", "listPrice": 1, "unitCost": -0.01 } }""", "facts.prices.X.unitCost")]
    public void Read_BadPriceEntry_FailsNamingTheField(string prices, string field)
    {
        Assert.Equal(field, ReadFails(r => r.Facts()["prices"] = JsonNode.Parse(prices)).Field);
    }

    [Theory]
    [InlineData("""{ "rates": { "USD": 7.1 } }""", "facts.exchangeRates.base")]
    [InlineData("""{ "base": "YUAN", "rates": {} }""", "facts.exchangeRates.base")]
    [InlineData("""{ "base": "CNY", "rates": { "USD": 0 } }""", "facts.exchangeRates.rates.USD")]
    [InlineData("""{ "base": "CNY", "rates": { "USD": -7.1 } }""", "facts.exchangeRates.rates.USD")]
    [InlineData("""{ "base": "CNY", "rates": { "USD": null } }""", "facts.exchangeRates.rates.USD")]
    [InlineData("""{ "base": "CNY", "rates": { "CNY": 2 } }""", "facts.exchangeRates.rates.CNY")]
    [InlineData("""{ "base": "CNY", "rates": { "DOLLAR": 7 } }""", "facts.exchangeRates.rates.DOLLAR")]
    public void Read_BadExchangeRates_FailNamingTheField(string rates, string field)
    {
        Assert.Equal(field, ReadFails(r => r.Facts()["exchangeRates"] = JsonNode.Parse(rates)).Field);
    }

    [Fact]
    public void Read_UnknownPaymentTermAllowed_FailsNamingItsPosition()
    {
        var error = ReadFails(r => Credit(r)["allowedPaymentTerms"] = new JsonArray("Net30", "Net90"));

        Assert.Equal("facts.credit.allowedPaymentTerms[1]", error.Field);
        Assert.Contains("Prepaid, CashOnDelivery, Net30, Net60", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_CreditCurrencyNotIso_FailsNamingTheField()
    {
        Assert.Equal("facts.credit.currency", ReadFails(r => Credit(r)["currency"] = "RMB").Field);
    }

    [Theory]
    [InlineData("facts", "prise")]
    [InlineData("facts", "exchangeRate")]
    [InlineData("credit", "curency")]
    public void Read_MisspeltFactsProperty_FailsInsteadOfReviewingWithoutIt(string where, string property)
    {
        var error = ReadFails(r => (where == "facts" ? r.Facts() : Credit(r))[property] = JsonValue.Create(1));

        Assert.Contains(property, error.Field + error.Message, StringComparison.Ordinal);
    }
}
