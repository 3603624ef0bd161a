using NodaTime;
using OrderConfirmation.Changes;
using OrderConfirmation.Orders;
using OrderConfirmation.Tests.Builders;

namespace OrderConfirmation.Tests.Changes;

/// <summary>The order with a change applied (the copy that is re-reviewed): what the request gives replaces, the rest stays.</summary>
public sealed class ChangedOrderTests
{
    private static readonly Order Current = new ChangeScenario().Order;

    [Fact]
    public void Apply_NothingGiven_KeepsEveryField()
    {
        var changed = ChangedOrder.Apply(Current, ChangeScenario.Change());

        Assert.Equal(Current.Lines, changed.Lines);
        Assert.Equal((Current.RequestedDeliveryDate, Current.RequestedDeliveryAddress, Current.PaymentTerms, Current.SpecialRequirements, Current.Currency),
            (changed.RequestedDeliveryDate, changed.RequestedDeliveryAddress, changed.PaymentTerms, changed.SpecialRequirements, changed.Currency));
    }

    [Fact]
    public void Apply_OrderFieldsGiven_ReplaceTheirs()
    {
        var address = new PostalAddress("88 Century Ave", "Shanghai", "200120", "CN");

        var changed = ChangedOrder.Apply(Current, ChangeScenario.Change() with
        {
            RequestedDeliveryDate = new LocalDate(2026, 12, 20),
            DeliveryAddress = address,
            PaymentTerms = PaymentTerms.Prepaid,
            SpecialRequirements = "Weekend installation",
            Currency = "USD",
        });

        Assert.Equal((new LocalDate(2026, 12, 20), address, PaymentTerms.Prepaid, "Weekend installation", "USD"),
            (changed.RequestedDeliveryDate, changed.RequestedDeliveryAddress, changed.PaymentTerms, changed.SpecialRequirements, changed.Currency));
    }

    [Fact]
    public void Apply_SameCurrencyInOtherCase_KeepsTheOrdersSpelling() =>
        Assert.Equal("CNY", ChangedOrder.Apply(Current, ChangeScenario.Change() with { Currency = "cny" }).Currency);

    [Fact]
    public void Apply_LineEdit_ReplacesOnlyTheFieldsGiven()
    {
        var changed = ChangedOrder.Apply(Current, ChangeScenario.Change(LineChange.Modify(1, quantity: 12m)));

        Assert.Equal(Current.Lines[0] with { Quantity = 12m }, changed.Lines[0]);
        Assert.Equal(Current.Lines[1], changed.Lines[1]);
    }

    [Fact]
    public void Apply_LineEditOfEveryField_ReplacesThemAll()
    {
        var changed = ChangedOrder.Apply(Current, ChangeScenario.Change(new LineChange(2, sku: "BACKUP-2TB", description: "Backup storage, 2 TB", quantity: 3m, unitPrice: 550m, requirements: ["DUAL-POWER"])));

        var line = changed.Lines[1];
        Assert.Equal((2, "BACKUP-2TB", "Backup storage, 2 TB", 3m, 550m), (line.LineNo, line.Sku, line.Description, line.Quantity, line.UnitPrice));
        Assert.Equal(["DUAL-POWER"], line.Requirements);
    }

    [Fact]
    public void Apply_RemovalAndAddition_DropTheLineAndAppendTheNewOne()
    {
        var changed = ChangedOrder.Apply(Current, ChangeScenario.Change(LineChange.Removal(1), new LineChange(3, sku: "SRV-INSTALL", description: "Installation", quantity: 1m, unitPrice: 800m, requirements: ["IPV6"])));

        Assert.Equal([2, 3], changed.Lines.Select(l => l.LineNo));
        var added = changed.Lines[1];
        Assert.Equal(("SRV-INSTALL", "Installation", 1m, 800m), (added.Sku, added.Description, added.Quantity, added.UnitPrice));
        Assert.Equal(["IPV6"], added.Requirements);
    }

    [Fact]
    public void Apply_RemovalOfAnUnknownLine_AddsNothing() =>
        Assert.Equal([1, 2], ChangedOrder.Apply(Current, ChangeScenario.Change(LineChange.Removal(7))).Lines.Select(l => l.LineNo));

    [Fact]
    public void Apply_LeavesTheCurrentOrderAsItWas()
    {
        var before = Current.Lines.ToList();

        ChangedOrder.Apply(Current, ChangeScenario.Change(LineChange.Removal(1), LineChange.Modify(2, quantity: 1m)));

        Assert.Equal(before, Current.Lines);
    }

    [Fact]
    public void Apply_NewDeliveryAddressOnAnOrderThatHasOne_ReplacesIt()
    {
        var current = Current with { RequestedDeliveryAddress = new PostalAddress("1 Zhongguancun St", "Beijing", "100080", "CN") };
        var address = new PostalAddress("88 Century Ave", "Shanghai", "200120", "CN");

        Assert.Equal(address, ChangedOrder.Apply(current, ChangeScenario.Change() with { DeliveryAddress = address }).RequestedDeliveryAddress);
    }

    [Fact]
    public void Apply_ChangeWithoutAnAddress_KeepsTheOrdersOwnDeliveryAddress()
    {
        var own = new PostalAddress("1 Zhongguancun St", "Beijing", "100080", "CN");
        var current = Current with { RequestedDeliveryAddress = own };

        Assert.Equal(own, ChangedOrder.Apply(current, ChangeScenario.Change(LineChange.Modify(1, quantity: 11m))).RequestedDeliveryAddress);
    }
}
