using NodaTime;
using OrderConfirmation.Orders;
using OrderConfirmation.Tests.Builders;

namespace OrderConfirmation.Tests.Changes;

/// <summary>
/// What really changes (article 4.3 re-reviews only a real change): each field a request gives is compared with the
/// order as it stands, and a value equal to the current one is no change.
/// </summary>
public sealed class OrderChangesTests
{
    private static readonly Order Current = new ChangeScenario().Order;

    private static OrderChanges Changes(ChangeRequest change) => new(Current, change);

    private static ChangeRequest Request(params LineChange[] lines) => ChangeScenario.Change(lines);

    [Fact]
    public void OrderChanges_NothingGiven_ChangesNothing()
    {
        var changes = Changes(Request());

        Assert.False(changes.Any);
        Assert.Empty(changes.Fields);
        Assert.False(changes.DeliveryDate || changes.DeliveryAddress || changes.PaymentTerms || changes.SpecialRequirements || changes.Currency
            || changes.Products || changes.LineRequirements || changes.Quantities || changes.UnitPrices || changes.LinesAdded || changes.LinesRemoved);
    }

    [Fact]
    public void OrderChanges_EveryOrderFieldGivenWithItsCurrentValue_ChangesNothing()
    {
        var changes = Changes(Request() with
        {
            RequestedDeliveryDate = Current.RequestedDeliveryDate,
            DeliveryAddress = Current.DeliveryAddress with { },
            PaymentTerms = Current.PaymentTerms,
            SpecialRequirements = Current.SpecialRequirements,
            Currency = "cny",
        });

        Assert.False(changes.Any);
    }

    [Fact]
    public void OrderChanges_EveryOrderFieldGivenANewValue_TracksEachInTheRequestsOrder()
    {
        var changes = Changes(Request() with
        {
            RequestedDeliveryDate = new LocalDate(2026, 12, 20),
            DeliveryAddress = new PostalAddress("88 Century Ave", "Shanghai", "200120", "CN"),
            PaymentTerms = PaymentTerms.Prepaid,
            SpecialRequirements = "install before 09:00",
            Currency = "USD",
        });

        Assert.Equal(["requestedDeliveryDate", "deliveryAddress", "paymentTerms", "specialRequirements", "currency"], changes.Fields);
        Assert.True(changes.Any);
        Assert.True(changes.DeliveryDate && changes.DeliveryAddress && changes.PaymentTerms && changes.SpecialRequirements && changes.Currency);
        Assert.False(changes.Products || changes.LineRequirements || changes.Quantities || changes.UnitPrices || changes.LinesAdded || changes.LinesRemoved);
    }

    [Fact]
    public void OrderChanges_LineFieldsGivenWithTheirCurrentValues_ChangeNothing()
    {
        var line = Current.Lines[0];

        var changes = Changes(Request(new LineChange(1, sku: line.Sku, description: line.Description, quantity: line.Quantity, unitPrice: line.UnitPrice, requirements: [.. line.Requirements])));

        Assert.False(changes.Any);
    }

    [Fact]
    public void OrderChanges_EveryLineFieldChanged_TracksEachAndSetsItsFlag()
    {
        var changes = Changes(Request(new LineChange(1, sku: "CLOUD-HOST-16C", description: "Cloud host, 16 vCPU", quantity: 12m, unitPrice: 1100m, requirements: ["IPV6", "BGP"])));

        Assert.Equal(["lines[1].sku", "lines[1].description", "lines[1].quantity", "lines[1].unitPrice", "lines[1].requirements"], changes.Fields);
        Assert.True(changes.Products && changes.Quantities && changes.UnitPrices && changes.LineRequirements);
        Assert.False(changes.LinesAdded || changes.LinesRemoved || changes.DeliveryDate);
    }

    [Fact]
    public void OrderChanges_OnlyTheDescriptionChanged_IsAChangeWithoutAFlag()
    {
        var changes = Changes(Request(new LineChange(2, description: "Backup storage, 1 TB, encrypted")));

        Assert.Equal(["lines[2].description"], changes.Fields);
        Assert.True(changes.Any);
        Assert.False(changes.Products || changes.Quantities || changes.UnitPrices || changes.LineRequirements);
    }

    [Fact]
    public void OrderChanges_RequirementsReordered_IsAChange()
    {
        var current = Current with { Lines = [Current.Lines[0] with { Requirements = ["IPV6", "BGP"] }] };

        var changes = new OrderChanges(current, Request(new LineChange(1, requirements: ["BGP", "IPV6"])));

        Assert.Equal(["lines[1].requirements"], changes.Fields);
    }

    [Fact]
    public void OrderChanges_NewLineNumber_IsAnAddedLine()
    {
        var changes = Changes(Request(new LineChange(3, sku: "SRV-INSTALL", quantity: 1m, unitPrice: 800m)));

        Assert.Equal(["lines[3].added"], changes.Fields);
        Assert.True(changes.LinesAdded);
        Assert.False(changes.LinesRemoved || changes.Quantities || changes.Products);
    }

    [Fact]
    public void OrderChanges_RemovingAnExistingLine_IsARemovedLine()
    {
        var changes = Changes(Request(LineChange.Removal(2)));

        Assert.Equal(["lines[2].removed"], changes.Fields);
        Assert.True(changes.LinesRemoved);
        Assert.False(changes.LinesAdded);
    }

    [Fact]
    public void OrderChanges_RemovingAnUnknownLine_ChangesNothing()
    {
        var changes = Changes(Request(LineChange.Removal(9)));

        Assert.False(changes.Any);
        Assert.False(changes.LinesRemoved || changes.LinesAdded);
    }

    [Fact]
    public void OrderChanges_TwoLinesChanged_KeepsBothFlagsSet()
    {
        var changes = Changes(Request(LineChange.Modify(1, quantity: 11m), LineChange.Modify(2, unitPrice: 280m), LineChange.Removal(9)));

        Assert.Equal(["lines[1].quantity", "lines[2].unitPrice"], changes.Fields);
        Assert.True(changes.Quantities && changes.UnitPrices);
    }

    [Fact]
    public void OrderChanges_AddedLineAfterAChangedOne_KeepsTheEarlierFlags()
    {
        var changes = Changes(Request(LineChange.Modify(1, quantity: 11m), LineChange.Removal(2), new LineChange(3, sku: "SRV-INSTALL", quantity: 1m, unitPrice: 800m), new LineChange(4, sku: "SRV-INSTALL", quantity: 1m)));

        Assert.True(changes.Quantities && changes.LinesRemoved && changes.LinesAdded);
        Assert.Equal(["lines[1].quantity", "lines[2].removed", "lines[3].added", "lines[4].added"], changes.Fields);
    }

    public static TheoryData<string, ChangeRequest, Func<OrderChanges, bool>> SameKindOfChangeOnBothLines => new()
    {
        { "removed", Request(LineChange.Removal(1), LineChange.Removal(2)), c => c.LinesRemoved },
        { "quantity", Request(LineChange.Modify(1, quantity: 11m), LineChange.Modify(2, quantity: 6m)), c => c.Quantities },
        { "unit price", Request(LineChange.Modify(1, unitPrice: 1100m), LineChange.Modify(2, unitPrice: 280m)), c => c.UnitPrices },
        { "product", Request(new LineChange(1, sku: "CLOUD-HOST-16C"), new LineChange(2, sku: "BACKUP-2TB")), c => c.Products },
        { "requirements", Request(new LineChange(1, requirements: ["BGP"]), new LineChange(2, requirements: ["BGP"])), c => c.LineRequirements },
    };

    [Theory]
    [MemberData(nameof(SameKindOfChangeOnBothLines))]
    public void OrderChanges_SameKindOfChangeOnTwoLines_KeepsItsFlagSet(string what, ChangeRequest change, Func<OrderChanges, bool> flag)
    {
        var changes = Changes(change);

        Assert.Equal(2, changes.Fields.Count);
        Assert.True(flag(changes), what);
    }
}
