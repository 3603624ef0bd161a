using NodaTime;
using OrderConfirmation.Orders;

namespace OrderConfirmation.Tests.Builders;

/// <summary>Builds a complete, valid order by default; each With… changes one thing.</summary>
public sealed class OrderBuilder
{
    public static readonly Instant ReceivedAt = Instant.FromUtc(2026, 11, 20, 1, 15);

    private Order _order = new(
        "SO-1001",
        ReceivedAt,
        "sales.li",
        new Customer("C-001", "Acme Network Ltd", new ContactDetails("Wang Fang", "+86 10 5555 0101", "wf@acme.example"), new PostalAddress("1 Zhongguancun St", "Beijing", "100080", "CN")),
        "CNY",
        [new OrderLine(1, "CLOUD-HOST-8C", "Cloud host, 8 vCPU", 10m, 1200m, ["IPV6"])],
        new LocalDate(2026, 12, 15),
        PaymentTerms.Net30,
        null,
        "Install before 09:00");

    public OrderBuilder With(Func<Order, Order> change)
    {
        _order = change(_order);
        return this;
    }

    public OrderBuilder WithCustomer(Func<Customer, Customer> change) => With(o => o with { Customer = change(o.Customer) });

    public OrderBuilder WithContact(Func<ContactDetails, ContactDetails> change) => WithCustomer(c => c with { Contact = change(c.Contact) });

    public OrderBuilder WithAddress(Func<PostalAddress, PostalAddress> change) => WithCustomer(c => c with { Address = change(c.Address) });

    public OrderBuilder WithLines(params OrderLine[] lines) => With(o => o with { Lines = lines });

    public OrderBuilder WithLine(Func<OrderLine, OrderLine> change) => With(o => o with { Lines = [change(o.Lines[0]), .. o.Lines.Skip(1)] });

    public Order Build() => _order;
}
