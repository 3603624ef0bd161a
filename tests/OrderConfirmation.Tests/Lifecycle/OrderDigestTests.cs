using NodaTime;
using OrderConfirmation.Orders;
using OrderConfirmation.Review;
using OrderConfirmation.Tests.Builders;

namespace OrderConfirmation.Tests.Lifecycle;

/// <summary>A decision's digest is of the order's content, not of the object: same content, same digest; any change a review could read, another.</summary>
public sealed class OrderDigestTests
{
    private static readonly Order Order = new OrderBuilder().Build();

    public static TheoryData<string, Func<Order, Order>> Changes => new()
    {
        { "special requirements", o => o with { SpecialRequirements = "Weekend delivery" } },
        { "requested date", o => o with { RequestedDeliveryDate = o.RequestedDeliveryDate!.Value.PlusDays(1) } },
        { "payment terms", o => o with { PaymentTerms = PaymentTerms.Net60 } },
        { "currency", o => o with { Currency = "USD" } },
        { "customer e-mail", o => o with { Customer = o.Customer with { Contact = o.Customer.Contact with { Email = "other@example.com" } } } },
        { "delivery address", o => o with { RequestedDeliveryAddress = new PostalAddress("1 Road", "Shanghai", "200000", "CN") } },
        { "a line's quantity", o => o with { Lines = [o.Lines[0] with { Quantity = o.Lines[0].Quantity + 1 }, .. o.Lines.Skip(1)] } },
        { "a line's requirement", o => o with { Lines = [o.Lines[0] with { Requirements = [.. o.Lines[0].Requirements, "IPV6"] }, .. o.Lines.Skip(1)] } },
        { "a missing receipt time", o => o with { ReceivedAt = null } },
        { "an empty instead of a missing text", o => o with { SpecialRequirements = o.SpecialRequirements is null ? string.Empty : null } },
    };

    [Fact]
    public void OrderDigest_ReviewedOrder_IsSha256InHex() =>
        Assert.Matches("^sha256:[0-9a-f]{64}$", Digest(Order));

    [Fact]
    public void OrderDigest_SameContentInOtherObjects_IsTheSame()
    {
        var copy = new OrderBuilder().Build() with { Lines = [.. Order.Lines.Select(l => l with { UnitPrice = l.UnitPrice * 1.000m, Requirements = [.. l.Requirements] })] };

        Assert.NotSame(Order.Lines, copy.Lines);
        Assert.Equal(Digest(Order), Digest(copy));
    }

    [Theory]
    [MemberData(nameof(Changes))]
    public void OrderDigest_ContentChanged_Differs(string what, Func<Order, Order> change) =>
        Assert.True(Digest(Order) != Digest(change(Order)), what);

    [Fact]
    public void OrderDigest_DecisionMadeWithoutItsOrder_IsNull() =>
        Assert.Null(HandMadeDecisions.ReadyFor("SO-1001").OrderDigest);

    private static string? Digest(Order order) => DefaultRules.Review(new FactsBuilder().WithOrder(order)).OrderDigest;
}
