using System.Text;
using OrderConfirmation.Findings;
using OrderConfirmation.Orders;
using OrderConfirmation.Review;
using OrderConfirmation.Rules;
using OrderConfirmation.Stages;
using OrderConfirmation.Tests.Builders;

namespace OrderConfirmation.Tests.Review;

/// <summary>
/// Issue 15: <c>skuDemand</c>, what line rules read as the order's whole quantity of the line's SKU — all its lines of
/// that SKU added up, a line without a SKU standing alone — for small and large orders, review after review; a sum
/// beyond the largest decimal counts as the largest (or smallest) decimal, never an overflow that stops the review.
/// </summary>
public sealed class SkuDemandTests
{
    private const decimal Huge = 79_000_000_000_000_000_000_000_000_000m;

    /// <summary>A rule set of one line rule that always reports the demand it reads (and no preliminary stage to gate it).</summary>
    private static readonly RuleSet DemandShown = RuleSetLoader.Load(
    [
        new RuleFile("demand.json", Encoding.UTF8.GetBytes("""
            {
              "WorkflowName": "Demand",
              "Rules": [
                {
                  "RuleName": "DemandShown",
                  "Expression": "line.LineNo < 0",
                  "ErrorMessage": "Line {lineNo}: {demand}.",
                  "Properties": { "Stage": "SupplyCapability", "Department": "Product", "Severity": "Info", "Action": "None", "Scope": "Line", "Values": { "demand": "skuDemand" } }
                }
              ]
            }
            """)),
    ]);

    private static decimal[] Demands(params (string? Sku, decimal? Quantity)[] lines)
    {
        var order = new OrderBuilder().WithLines([.. lines.Select((l, i) => new OrderLine(i + 1, l.Sku, null, l.Quantity, 1m))]).Build();
        var decision = ReviewEvaluator.Evaluate(DemandShown, new FactsBuilder().WithOrder(order).Build());
        return [.. decision.Findings.Select(f => (decimal)f.Values["demand"]!)];
    }

    private static (string?, decimal?)[] Many(int count, Func<int, (string?, decimal?)> line) => [.. Enumerable.Range(0, count).Select(line)];

    [Fact]
    public void SkuDemand_SmallOrder_AddsUpTheLinesOfEachSkuAndLeavesALineWithoutOneAlone()
    {
        Assert.Equal([30m, 10m, 30m, 7m, 5m], Demands(("A", 20m), ("B", 10m), ("A", 10m), (null, 7m), (null, 5m)));
    }

    [Fact]
    public void SkuDemand_LargeOrder_AddsUpTheSameWay()
    {
        // 20 lines: A on even lines (10 × 2), B on odd ones (9 × 3), the last without a SKU (4).
        var lines = Many(20, i => i == 19 ? (null, 4m) : i % 2 == 0 ? ("A", 2m) : ("B", 3m));

        var demands = Demands(lines);

        Assert.Equal(lines.Select(l => l.Item1 switch { "A" => 20m, "B" => 27m, _ => 4m }), demands);
    }

    [Fact]
    public void SkuDemand_LargeOrdersOneAfterAnother_DoNotCarryDemandOver()
    {
        Demands(Many(20, _ => ("A", 5m)));

        Assert.All(Demands(Many(20, _ => ("A", 1m))), d => Assert.Equal(20m, d));
    }

    [Fact]
    public void SkuDemand_MissingQuantity_CountsAsNothing()
    {
        Assert.Equal([3m, 3m], Demands(("A", 3m), ("A", null)));
        Assert.Equal(Enumerable.Repeat(19m, 20), Demands(Many(20, i => ("A", i == 0 ? null : 1m))));
    }

    [Theory]
    [InlineData(2)]
    [InlineData(20)]
    public void SkuDemand_BeyondTheLargestDecimal_IsTheLargestDecimal(int count)
    {
        Assert.All(Demands(Many(count, _ => ("A", Huge))), d => Assert.Equal(decimal.MaxValue, d));
    }

    [Theory]
    [InlineData(2)]
    [InlineData(20)]
    public void SkuDemand_BelowTheSmallestDecimal_IsTheSmallestDecimal(int count)
    {
        Assert.All(Demands(Many(count, _ => ("A", -Huge))), d => Assert.Equal(decimal.MinValue, d));
    }

    [Fact]
    public void Review_HugeQuantitiesOfOneSkuWithTheDefaultRules_GivesADecisionNotAnOverflow()
    {
        var facts = new FactsBuilder().WithOrder(o => o.WithLines(new OrderLine(1, "CLOUD-HOST-8C", null, Huge, 0m, ["IPV6"]), new OrderLine(2, "CLOUD-HOST-8C", null, Huge, 0m, ["IPV6"])));

        var decision = DefaultRules.Review(facts);

        Assert.Equal([1, 2], decision.Findings.Where(f => f.Rule == "StockCoversLine" && (decimal)f.Values["skuDemand"]! == decimal.MaxValue).Select(f => f.LineNo!.Value));
    }
}
