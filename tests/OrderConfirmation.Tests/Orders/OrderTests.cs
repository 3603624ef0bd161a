using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using OrderConfirmation.Orders;
using OrderConfirmation.Tests.Builders;

namespace OrderConfirmation.Tests.Orders;

public sealed class OrderTests
{
    [Fact]
    public void Total_SumsQuantityTimesPriceExactly()
    {
        var order = new OrderBuilder().WithLines(
            new OrderLine(1, "A", null, 3m, 0.1m),
            new OrderLine(2, "B", null, 0.3m, 10m),
            new OrderLine(3, "C", null, null, 99m)).Build();

        Assert.Equal(3.3m, order.Total);
    }

    private static Gen<OrderLine[]> Lines =>
        from pairs in Gen.ListOf(Gen.Choose(0, 1_000_000).Two())
        select pairs.Select((p, i) => new OrderLine(i + 1, "SKU", null, p.Item1 / 100m, p.Item2 / 1000m)).ToArray();

    private static decimal Total(params OrderLine[] lines) => new OrderBuilder().WithLines(lines).Build().Total;

    [Property(MaxTest = 200)]
    public Property Total_OfTwoSetsOfLines_IsTheSumOfTheirTotals() =>
        Prop.ForAll(Lines.ToArbitrary(), Lines.ToArbitrary(), (first, second) => Total([.. first, .. second]) == Total(first) + Total(second));

    [Property(MaxTest = 200)]
    public Property Total_DoesNotDependOnTheOrderOfTheLines() =>
        Prop.ForAll(Lines.ToArbitrary(), lines => Total(lines) == Total([.. lines.Reverse()]));

    [Property(MaxTest = 200)]
    public Property Total_DoublingEveryQuantity_DoublesIt() =>
        Prop.ForAll(Lines.ToArbitrary(), lines => Total([.. lines.Select(l => l with { Quantity = l.Quantity * 2 })]) == 2 * Total(lines));

    [Property(MaxTest = 200)]
    public Property Total_LineWithoutQuantityOrPrice_AddsNothing() =>
        Prop.ForAll(Lines.ToArbitrary(), Gen.Elements(true, false).ToArbitrary(), (lines, withoutQuantity) =>
        {
            var incomplete = new OrderLine(999, "SKU", null, withoutQuantity ? null : 5m, withoutQuantity ? 7m : null);
            return Total([.. lines, incomplete]) == Total(lines);
        });

    [Fact]
    public void DeliveryAddress_DefaultsToTheCustomersAddress()
    {
        var order = new OrderBuilder().Build();

        Assert.Same(order.Customer.Address, order.DeliveryAddress);
    }

    [Fact]
    public void Constructor_NullCollectionsAndCustomer_AreEmptyNotNull()
    {
        var order = new Order(null, OrderBuilder.ReceivedAt, null, null, null, null, null, null);

        Assert.Empty(order.Lines);
        Assert.Same(Customer.Empty, order.Customer);
        Assert.Equal(0m, order.Total);
    }

    [Fact]
    public void CreditProfile_NegativeLimit_ThrowsNamingTheParameter() =>
        Assert.Equal("creditLimit", Assert.Throws<ArgumentOutOfRangeException>(() => new CreditProfile(-1m, 0m, 0m, 0m, 0, 0, blocked: false)).ParamName);

    [Fact]
    public void SupplyPosition_NegativeLeadTime_ThrowsNamingTheParameter() =>
        Assert.Equal("leadTimeDays", Assert.Throws<ArgumentOutOfRangeException>(() => new SupplyPosition(1m, -1)).ParamName);
}
