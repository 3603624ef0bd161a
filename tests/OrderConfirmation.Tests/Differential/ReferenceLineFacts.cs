using OrderConfirmation.Orders;
using OrderConfirmation.Review;

namespace OrderConfirmation.Tests.Differential;

/// <summary>
/// What the references give line rules besides the line, written from the issue rather than from the evaluator: the
/// price-list entry of the line's SKU, and <c>skuDemand</c>, the quantities of all the order's lines of that SKU added
/// up (a line without a SKU: its own quantity), where a sum beyond the largest decimal counts as the largest decimal.
/// </summary>
internal static class ReferenceLineFacts
{
    public static PriceListEntry? Price(ReviewFacts facts, OrderLine line) =>
        line.Sku is { } sku && facts.Prices is { } prices ? prices.GetValueOrDefault(sku) : null;

    public static decimal Demand(Order order, OrderLine line)
    {
        var sameSku = line.Sku is null ? [line] : order.Lines.Where(l => string.Equals(l.Sku, line.Sku, StringComparison.Ordinal));
        return sameSku.Select(l => (double)(l.Quantity ?? 0m)).Sum() switch
        {
            >= (double)decimal.MaxValue => decimal.MaxValue,
            <= (double)decimal.MinValue => decimal.MinValue,
            _ => sameSku.Aggregate(0m, (sum, l) => sum + (l.Quantity ?? 0m)),
        };
    }
}
