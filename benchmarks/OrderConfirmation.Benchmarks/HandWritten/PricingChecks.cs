using System.Globalization;
using OrderConfirmation.Findings;
using OrderConfirmation.Orders;

namespace OrderConfirmation.Benchmarks.HandWritten;

/// <summary>
/// rules/pricing.json by hand: Finance's review of each line's price against its price list (article 3), in the
/// order's currency, a list in another currency converted at the review's exchange rates.
/// </summary>
internal static class PricingChecks
{
    private const int MaxDiscountPercent = 10;
    private const int MinMarginPercent = 15;

    public static void Run(Order order, IReadOnlyDictionary<string, PriceListEntry> prices, ExchangeRates rates, List<ReviewFinding> findings)
    {
        var currency = order.Currency;
        var lines = order.Lines;
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            var price = line.Sku is { } sku ? prices.GetValueOrDefault(sku) : null;
            var convertible = price is not null && rates.CanConvert(price.Currency, currency);
            if (!convertible)
            {
                var reason = price is null ? "the price list has no entry for it" : "there is no exchange rate from the price list's currency to the order's";
                findings.Add(Finding(
                    "ListPriceKnown", FindingSeverity.Error, ReviewOutcome.OnHold, ReviewAction.VerifyPrice,
                    string.Create(CultureInfo.InvariantCulture, $"Line {line.LineNo} ({line.Sku}) cannot be checked against Finance's price list: {reason}. Finance to verify the price before the order proceeds."),
                    new OrderedDictionary<string, object?>(5, StringComparer.Ordinal)
                    {
                        ["sku"] = line.Sku, ["reason"] = reason, ["priceCurrency"] = price?.Currency, ["orderCurrency"] = currency, ["lineNo"] = line.LineNo,
                    },
                    line.LineNo));
            }
            else if (line.UnitPrice is { } unitPrice)
            {
                CheckDiscount(line, unitPrice, rates.Convert(price!.ListPrice, price.Currency, currency), currency, findings);
                if (price.UnitCost is { } cost)
                {
                    CheckMargin(line, unitPrice, rates.Convert(cost, price.Currency, currency), currency, findings);
                }
            }

            if (price is { UnitCost: null })
            {
                findings.Add(Finding(
                    "UnitCostKnown", FindingSeverity.Info, ReviewOutcome.ReadyToConfirm, ReviewAction.None,
                    string.Create(CultureInfo.InvariantCulture, $"Line {line.LineNo} ({line.Sku}): Finance's price list gives no unit cost, so its margin was not checked."),
                    new OrderedDictionary<string, object?>(2, StringComparer.Ordinal) { ["sku"] = line.Sku, ["lineNo"] = line.LineNo },
                    line.LineNo));
            }
        }
    }

    private static void CheckDiscount(OrderLine line, decimal unitPrice, decimal listPrice, string? currency, List<ReviewFinding> findings)
    {
        if ((listPrice - unitPrice) * 100 <= MaxDiscountPercent * listPrice)
        {
            return;
        }

        var discountPercent = listPrice == 0 ? 0m : (listPrice - unitPrice) / listPrice * 100;
        findings.Add(Finding(
            "DiscountWithinAuthority", FindingSeverity.Error, ReviewOutcome.OnHold, ReviewAction.RequireFinanceApproval,
            string.Create(CultureInfo.InvariantCulture, $"Line {line.LineNo} ({line.Sku}): unit price {unitPrice} {currency} is {discountPercent:0.##} % below the list price {listPrice:0.##} {currency}, more than the {MaxDiscountPercent} % Sales may give; Finance to approve the price."),
            new OrderedDictionary<string, object?>(7, StringComparer.Ordinal)
            {
                ["sku"] = line.Sku,
                ["listPrice"] = listPrice,
                ["unitPrice"] = unitPrice,
                ["currency"] = currency,
                ["discountPercent"] = discountPercent,
                ["maxDiscountPercent"] = MaxDiscountPercent,
                ["lineNo"] = line.LineNo,
            },
            line.LineNo));
    }

    private static void CheckMargin(OrderLine line, decimal unitPrice, decimal unitCost, string? currency, List<ReviewFinding> findings)
    {
        if ((unitPrice - unitCost) * 100 >= MinMarginPercent * unitPrice)
        {
            return;
        }

        var floorPrice = unitCost * 100 / (100 - MinMarginPercent);
        findings.Add(Finding(
            "MarginAboveFloor", FindingSeverity.Error, ReviewOutcome.OnHold, ReviewAction.RequireFinanceApproval,
            string.Create(CultureInfo.InvariantCulture, $"Line {line.LineNo} ({line.Sku}): unit price {unitPrice} {currency} against a unit cost of {unitCost:0.##} {currency} is below Finance's margin floor of {MinMarginPercent} % (the floor price is {floorPrice:0.##} {currency}); Finance to approve the price."),
            new OrderedDictionary<string, object?>(7, StringComparer.Ordinal)
            {
                ["sku"] = line.Sku,
                ["unitPrice"] = unitPrice,
                ["unitCost"] = unitCost,
                ["currency"] = currency,
                ["floorPrice"] = floorPrice,
                ["minMarginPercent"] = MinMarginPercent,
                ["lineNo"] = line.LineNo,
            },
            line.LineNo));
    }

    private static ReviewFinding Finding(string rule, FindingSeverity severity, ReviewOutcome outcome, ReviewAction action, string message, IReadOnlyDictionary<string, object?> values, int lineNo) =>
        new(rule, ReviewStage.PricingPolicy, Department.Finance, severity, outcome, action, message, values, lineNo);
}
