using FsCheck;
using FsCheck.Fluent;
using NodaTime;
using OrderConfirmation.Orders;
using OrderConfirmation.Review;

namespace OrderConfirmation.Tests.Builders;

/// <summary>
/// Generators of review facts: valid orders that pass every check, orders missing one or several of the details the
/// preliminary review requires (article 4.1), and any mix of credit, technical and supply problems on either.
/// </summary>
public static class ReviewArbitraries
{
    /// <summary>Each way of leaving out or spoiling one detail the preliminary review requires, named for a failing property's label.</summary>
    public static readonly (string Field, Func<Order, Order> Remove)[] RequiredFieldRemovals =
    [
        ("order id", o => o with { OrderId = null }),
        ("time of receipt", o => o with { ReceivedAt = null }),
        ("customer name", o => o with { Customer = o.Customer with { Name = null } }),
        ("contact person", o => o with { Customer = o.Customer with { Contact = o.Customer.Contact with { Person = " " } } }),
        ("phone and e-mail", o => o with { Customer = o.Customer with { Contact = o.Customer.Contact with { Phone = null, Email = null } } }),
        ("e-mail", o => o with { Customer = o.Customer with { Contact = o.Customer.Contact with { Email = "not-an-email" } } }),
        ("street", o => o with { Customer = o.Customer with { Address = o.Customer.Address with { Street = null } } }),
        ("city", o => o with { Customer = o.Customer with { Address = o.Customer.Address with { City = "" } } }),
        ("country", o => o with { Customer = o.Customer with { Address = o.Customer.Address with { Country = " " } } }),
        ("lines", o => o with { Lines = [] }),
        ("sku", o => WithLastLine(o, l => l with { Sku = null })),
        ("quantity", o => WithLastLine(o, l => l with { Quantity = null })),
        ("positive quantity", o => WithLastLine(o, l => l with { Quantity = 0m })),
        ("unit price", o => WithLastLine(o, l => l with { UnitPrice = null })),
        ("currency", o => o with { Currency = null }),
        ("ISO currency", o => o with { Currency = "RMB" }),
        ("requested delivery date", o => o with { RequestedDeliveryDate = null }),
        ("delivery date not past", o => o with { RequestedDeliveryDate = Today.PlusDays(-1) }),
        ("payment terms", o => o with { PaymentTerms = null }),
    ];

    private static readonly Instant AsOf = FactsBuilder.AsOf;
    private static readonly LocalDate Today = AsOf.InZone(FactsBuilder.Shanghai).Date;
    private static readonly string[] Capabilities = ["IPV6", "SLA-99.9", "BGP", "DUAL-POWER"];
    private static readonly string[] Skus = ["CLOUD-HOST-8C", "FIREWALL-X2", "LEASED-LINE-100M", "SWITCH-48P", "INSTALL-SVC"];

    /// <summary>Facts under which the order passes every default Error rule: complete, within credit, feasible.</summary>
    public static Gen<ReviewFacts> ReadyFacts =>
        from order in CompleteOrder
        from credit in CreditWithin(order.Total)
        from supply in SufficientSupply(order)
        select new ReviewFacts(order, credit, supply, Capabilities.ToHashSet(StringComparer.Ordinal), AsOf, FactsBuilder.Shanghai);

    /// <summary>Facts with any mix of credit, technical and supply problems, on a complete order or, one time in three, an incomplete one.</summary>
    public static Gen<ReviewFacts> AnyFacts =>
        from order in Gen.Frequency((2, CompleteOrder), (1, IncompleteOrder.Select(o => o.Order)))
        from credit in AnyCredit.OrNull()
        from supply in AnySupply
        from capabilities in Gen.SubListOf(Capabilities)
        select new ReviewFacts(order, credit, supply, capabilities.ToHashSet(StringComparer.Ordinal), AsOf, FactsBuilder.Shanghai);

    /// <summary>Facts ready to confirm but for one to three required details left out of the order, and which.</summary>
    public static Gen<(ReviewFacts Facts, IReadOnlyList<string> Removed)> IncompleteFacts =>
        from facts in ReadyFacts
        from incomplete in WithoutSomeRequiredDetails(facts.Order)
        select (facts.ForOrder(incomplete.Order), incomplete.Removed);

    /// <summary>A complete order with one to three required details left out, and which.</summary>
    public static Gen<(Order Order, IReadOnlyList<string> Removed)> IncompleteOrder => CompleteOrder.SelectMany(WithoutSomeRequiredDetails);

    private static Gen<(Order Order, IReadOnlyList<string> Removed)> WithoutSomeRequiredDetails(Order order) =>
        from count in Gen.Choose(1, 3)
        from picks in Gen.ArrayOf(Gen.Choose(0, RequiredFieldRemovals.Length - 1), count)
        let removals = picks.Distinct().Select(i => RequiredFieldRemovals[i]).ToList()
        select (removals.Aggregate(order, (o, r) => r.Remove(o)), (IReadOnlyList<string>)[.. removals.Select(r => r.Field)]);

    private static Order WithLastLine(Order order, Func<OrderLine, OrderLine> change) =>
        order.Lines.Count == 0 ? order : order with { Lines = [.. order.Lines.SkipLast(1), change(order.Lines[^1])] };

    /// <summary>A complete order whose lines need only supported capabilities.</summary>
    public static Gen<Order> CompleteOrder =>
        from id in Gen.Choose(1, 99_999)
        from name in Gen.Elements("Acme Network Ltd", "Beijing Cloud Co", "Shenzhen Data Ltd", "Hangzhou Link")
        from person in Gen.Elements("Wang Fang", "Li Lei", "Zhang Wei")
        from phone in Gen.Elements("+86 10 5555 0101", "(021) 6666-0202", "13800138000").OrNull()
        from email in Gen.Elements("wf@acme.example", "orders@cloud.example").OrNull()
        from fallbackEmail in Gen.Constant("it@customer.example")
        from lineCount in Gen.Choose(1, 5)
        from lines in Gen.ListOf(Line, lineCount)
        from days in Gen.Choose(0, 365)
        from terms in Gen.Elements(Enum.GetValues<PaymentTerms>())
        from currency in Gen.Elements("CNY", "USD", "EUR")
        select new Order(
            $"SO-{id}",
            AsOf - Duration.FromHours(1),
            "sales.li",
            new Customer("C-" + id, name, new ContactDetails(person, phone, phone is null && email is null ? fallbackEmail : email), new PostalAddress("1 Main St", "Beijing", "100080", "CN")),
            currency,
            [.. lines.Select((l, i) => l with { LineNo = i + 1 })],
            Today.PlusDays(days),
            terms);

    private static Gen<OrderLine> Line =>
        from sku in Gen.Elements(Skus)
        from quantity in Gen.Choose(1, 1_000)
        from cents in Gen.Choose(0, 1_000_000)
        from requirements in Gen.SubListOf(Capabilities)
        select new OrderLine(0, sku, null, quantity, cents / 100m, [.. requirements]);

    private static Gen<CreditProfile> CreditWithin(decimal total) =>
        from outstanding in Gen.Choose(0, 1_000_000)
        from open in Gen.Choose(0, 1_000_000)
        from slack in Gen.Choose(0, 1_000_000)
        select new CreditProfile(outstanding + open + total + slack, outstanding, open, 0m, 0, 0, blocked: false);

    private static Gen<CreditProfile> AnyCredit =>
        from limit in Gen.Choose(0, 2_000_000)
        from outstanding in Gen.Choose(0, 1_000_000)
        from open in Gen.Choose(0, 1_000_000)
        from overdue in Gen.Choose(0, 50_000)
        from days in Gen.Choose(0, 120)
        from badDebts in Gen.Frequency((4, Gen.Constant(0)), (1, Gen.Choose(1, 3)))
        from blocked in Gen.Frequency((9, Gen.Constant(false)), (1, Gen.Constant(true)))
        select new CreditProfile(limit, outstanding, open, overdue, days, badDebts, blocked);

    private static Gen<IReadOnlyDictionary<string, SupplyPosition>> SufficientSupply(Order order) =>
        from extra in Gen.Choose(0, 100)
        from lead in Gen.Choose(0, 90)
        select (IReadOnlyDictionary<string, SupplyPosition>)order.Lines
            .GroupBy(l => l.Sku!)
            .ToDictionary(g => g.Key, g => new SupplyPosition(g.Sum(l => l.Quantity!.Value) + extra, lead), StringComparer.Ordinal);

    private static Gen<IReadOnlyDictionary<string, SupplyPosition>> AnySupply =>
        from known in Gen.SubListOf(Skus)
        from available in Gen.Choose(0, 1_200)
        from lead in Gen.Choose(0, 400)
        select (IReadOnlyDictionary<string, SupplyPosition>)known.ToDictionary(s => s, _ => new SupplyPosition(available, lead), StringComparer.Ordinal);
}
