using System.Globalization;
using NodaTime;
using OrderConfirmation.Findings;
using OrderConfirmation.Orders;

namespace OrderConfirmation.Benchmarks.HandWritten;

/// <summary>
/// rules/supply.json by hand: the supply capability check by Product (article 4.2). Stock is compared with the order's
/// whole demand for the line's SKU (all its lines of that SKU added up), and each affected line gets its own finding.
/// </summary>
internal static class SupplyChecks
{
    /// <summary>Orders with more lines than this add up each SKU's demand once, in a dictionary, rather than line by line.</summary>
    private const int MaxPairwiseDemandLines = 16;

    public static void Run(Order order, IReadOnlyDictionary<string, SupplyPosition> supplies, LocalDate today, List<ReviewFinding> findings)
    {
        var lines = order.Lines;
        var demandBySku = lines.Count > MaxPairwiseDemandLines ? DemandBySku(lines) : null;
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            if (line.Sku is not { } sku || !supplies.TryGetValue(sku, out var supply))
            {
                findings.Add(Finding(
                    "ProductKnown", FindingSeverity.Error, ReviewOutcome.NeedsClarification, ReviewAction.IdentifyProduct,
                    string.Create(CultureInfo.InvariantCulture, $"Line {line.LineNo}: product {line.Sku} is not in the product catalogue; Product to identify it with Sales."),
                    new OrderedDictionary<string, object?>(2, StringComparer.Ordinal) { ["sku"] = line.Sku, ["lineNo"] = line.LineNo },
                    line.LineNo));
                continue;
            }

            var demand = demandBySku?[sku] ?? Demand(lines, i, sku);
            if (supply.Available >= demand)
            {
                continue;
            }

            // The preliminary review has made sure the order has a requested delivery date.
            var requested = order.RequestedDeliveryDate.GetValueOrDefault();
            var earliest = today.PlusDays(supply.LeadTimeDays);
            findings.Add(earliest > requested
                ? Finding(
                    "DeliverableByRequestedDate", FindingSeverity.Error, ReviewOutcome.NeedsClarification, ReviewAction.ProposeNewDeliveryDate,
                    string.Create(CultureInfo.InvariantCulture, $"Line {line.LineNo} ({sku}): {supply.Available} available of {demand} ordered on the order's lines of this product ({line.Quantity} on this line), and replenishment takes {supply.LeadTimeDays} days; the earliest feasible delivery date is {earliest:uuuu-MM-dd}, after the requested {requested:uuuu-MM-dd}. Product to propose the new date."),
                    ShortfallValues(line, demand, supply, earliest, requested),
                    line.LineNo)
                : Finding(
                    "StockCoversLine", FindingSeverity.Info, ReviewOutcome.ReadyToConfirm, ReviewAction.PlanReplenishment,
                    string.Create(CultureInfo.InvariantCulture, $"Line {line.LineNo} ({sku}): {demand - supply.Available} of the {demand} ordered on the order's lines of this product ({line.Quantity} on this line) must be replenished (lead time {supply.LeadTimeDays} days, ready by {earliest:uuuu-MM-dd}); the requested date {requested:uuuu-MM-dd} can still be met."),
                    ShortfallValues(line, demand, supply, earliest, requested),
                    line.LineNo));
        }
    }

    /// <summary>The quantities of all the order's lines of <paramref name="sku"/>, the line at <paramref name="index"/> included.</summary>
    private static decimal Demand(IReadOnlyList<OrderLine> lines, int index, string sku)
    {
        var demand = lines[index].Quantity.GetValueOrDefault();
        for (var j = 0; j < lines.Count; j++)
        {
            if (j != index && string.Equals(lines[j].Sku, sku, StringComparison.Ordinal))
            {
                demand = Add(demand, lines[j].Quantity.GetValueOrDefault());
            }
        }

        return demand;
    }

    private static Dictionary<string, decimal> DemandBySku(IReadOnlyList<OrderLine> lines)
    {
        var demand = new Dictionary<string, decimal>(StringComparer.Ordinal);
        for (var i = 0; i < lines.Count; i++)
        {
            if (lines[i].Sku is { } sku)
            {
                demand[sku] = Add(demand.GetValueOrDefault(sku), lines[i].Quantity.GetValueOrDefault());
            }
        }

        return demand;
    }

    /// <summary>A sum of quantities; the preliminary review has made them positive, so one beyond the largest decimal is the largest decimal (more than any stock).</summary>
    private static decimal Add(decimal sum, decimal quantity) => sum > decimal.MaxValue - quantity ? decimal.MaxValue : sum + quantity;

    private static OrderedDictionary<string, object?> ShortfallValues(OrderLine line, decimal demand, SupplyPosition supply, LocalDate earliest, LocalDate requested) =>
        new(9, StringComparer.Ordinal)
        {
            ["sku"] = line.Sku,
            ["available"] = supply.Available,
            ["quantity"] = line.Quantity,
            ["skuDemand"] = demand,
            ["shortfall"] = demand - supply.Available,
            ["leadTimeDays"] = supply.LeadTimeDays,
            ["earliestFeasibleDate"] = earliest,
            ["requested"] = requested,
            ["lineNo"] = line.LineNo,
        };

    private static ReviewFinding Finding(string rule, FindingSeverity severity, ReviewOutcome outcome, ReviewAction action, string message, IReadOnlyDictionary<string, object?> values, int lineNo) =>
        new(rule, ReviewStage.SupplyCapability, Department.Product, severity, outcome, action, message, values, lineNo);
}
