using System.Globalization;
using NodaTime;
using OrderConfirmation.Findings;
using OrderConfirmation.Orders;

namespace OrderConfirmation.Benchmarks.HandWritten;

/// <summary>rules/supply.json by hand: the supply capability check by Product (article 4.2).</summary>
internal static class SupplyChecks
{
    public static void Run(Order order, IReadOnlyDictionary<string, SupplyPosition> supplies, LocalDate today, List<ReviewFinding> findings)
    {
        var lines = order.Lines;
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

            if (supply.Available >= line.Quantity)
            {
                continue;
            }

            // The preliminary review has made sure the order has a requested delivery date.
            var requested = order.RequestedDeliveryDate.GetValueOrDefault();
            var earliest = today.PlusDays(supply.LeadTimeDays);
            findings.Add(earliest > requested
                ? Finding(
                    "DeliverableByRequestedDate", FindingSeverity.Error, ReviewOutcome.NeedsClarification, ReviewAction.ProposeNewDeliveryDate,
                    string.Create(CultureInfo.InvariantCulture, $"Line {line.LineNo} ({sku}): {supply.Available} available of {line.Quantity} ordered, and replenishment takes {supply.LeadTimeDays} days; the earliest feasible delivery date is {earliest:uuuu-MM-dd}, after the requested {requested:uuuu-MM-dd}. Product to propose the new date."),
                    ShortfallValues(line, supply, earliest, requested),
                    line.LineNo)
                : Finding(
                    "StockCoversLine", FindingSeverity.Info, ReviewOutcome.ReadyToConfirm, ReviewAction.PlanReplenishment,
                    string.Create(CultureInfo.InvariantCulture, $"Line {line.LineNo} ({sku}): {line.Quantity - supply.Available} of {line.Quantity} must be replenished (lead time {supply.LeadTimeDays} days, ready by {earliest:uuuu-MM-dd}); the requested date {requested:uuuu-MM-dd} can still be met."),
                    ShortfallValues(line, supply, earliest, requested),
                    line.LineNo));
        }
    }

    private static OrderedDictionary<string, object?> ShortfallValues(OrderLine line, SupplyPosition supply, LocalDate earliest, LocalDate requested) =>
        new(8, StringComparer.Ordinal)
        {
            ["sku"] = line.Sku,
            ["available"] = supply.Available,
            ["quantity"] = line.Quantity,
            ["shortfall"] = line.Quantity - supply.Available,
            ["leadTimeDays"] = supply.LeadTimeDays,
            ["earliestFeasibleDate"] = earliest,
            ["requested"] = requested,
            ["lineNo"] = line.LineNo,
        };

    private static ReviewFinding Finding(string rule, FindingSeverity severity, ReviewOutcome outcome, ReviewAction action, string message, IReadOnlyDictionary<string, object?> values, int lineNo) =>
        new(rule, ReviewStage.SupplyCapability, Department.Product, severity, outcome, action, message, values, lineNo);
}
