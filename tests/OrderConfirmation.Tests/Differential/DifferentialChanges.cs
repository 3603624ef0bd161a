using FsCheck;
using FsCheck.Fluent;
using NodaTime;
using OrderConfirmation.Changes;
using OrderConfirmation.Orders;
using OrderConfirmation.Review;

namespace OrderConfirmation.Tests.Differential;

/// <summary>A change request against an order as it stands, with the facts of its re-review.</summary>
internal sealed record ChangeCase(OrderSnapshot Current, ChangeRequest Change, ReviewFacts Facts);

/// <summary>
/// Change requests as varied as the change-eligibility rules can tell apart, on the orders of
/// <see cref="DifferentialFacts"/> (complete or broken) and on orders ready to confirm (so that many changes are
/// feasible): every status; no promised date, or one from five days past to
/// a month ahead, so that the frozen days before it are met on both sides; nothing, part or all of a line shipped; new
/// delivery dates inside and outside the frozen days; the same or another address, payment terms, requirements and
/// currency (also the same currency in lower case); line changes that lower a quantity below, to or above what has
/// shipped, change or keep a price, remove a shipped, an unshipped or an unknown line, or add a line.
/// </summary>
internal static class DifferentialChanges
{
    private static readonly Instant RequestedAt = Instant.FromUtc(2026, 11, 25, 3, 0);
    private static readonly PostalAddress NewAddress = new("88 Century Ave", "Shanghai", "200120", "CN");

    public static Gen<ChangeCase> Any =>
        from facts in Gen.Frequency((1, DifferentialFacts.Any), (1, Builders.ReviewArbitraries.ReadyFacts))
        from status in Gen.Elements(Enum.GetValues<OrderStatus>())
        from revision in Gen.Choose(1, 3)
        from promised in Gen.Frequency((1, Gen.Constant<LocalDate?>(null)), (4, Gen.Choose(-5, 30).Select(d => (LocalDate?)facts.Today.PlusDays(d))))
        from shipped in Gen.CollectToList(facts.Order.Lines, ShippedOf)
        from change in AChange(facts.Order, facts.Today, promised)
        select new ChangeCase(
            new OrderSnapshot(facts.Order, status, revision, promised, facts.Order.Lines.Zip(shipped).Where(s => s.Second > 0).DistinctBy(s => s.First.LineNo).ToDictionary(s => s.First.LineNo, s => s.Second)),
            change,
            facts);

    private static Gen<decimal> ShippedOf(OrderLine line)
    {
        var ordered = line.Quantity is > 0m and < 1_000_000m ? line.Quantity.Value : 0m;
        return Gen.Frequency((3, Gen.Constant(0m)), (1, Gen.Constant(Math.Floor(ordered / 2))), (1, Gen.Constant(ordered)));
    }

    private static Gen<ChangeRequest> AChange(Order order, LocalDate today, LocalDate? promised) =>
        from date in Gen.Frequency(
            (4, Gen.Constant<LocalDate?>(null)),
            (3, Gen.Choose(-3, 40).Select(d => (LocalDate?)today.PlusDays(d))),
            (1, Gen.Constant(promised)),
            (1, Gen.Constant(order.RequestedDeliveryDate)))
        from address in Gen.Frequency((4, Gen.Constant<PostalAddress?>(null)), (1, Gen.Constant<PostalAddress?>(order.DeliveryAddress)), (2, Gen.Constant<PostalAddress?>(NewAddress)))
        from terms in Gen.Frequency((4, Gen.Constant<PaymentTerms?>(null)), (1, Gen.Constant(order.PaymentTerms)), (1, Gen.Elements<PaymentTerms?>(PaymentTerms.Prepaid, PaymentTerms.Net60)))
        from requirements in Gen.Frequency((5, Gen.Constant<string?>(null)), (1, Gen.Constant(order.SpecialRequirements)), (1, Gen.Constant<string?>("Weekend installation only")))
        from currency in Gen.Frequency((5, Gen.Constant<string?>(null)), (1, Gen.Constant(order.Currency)), (1, Gen.Constant(order.Currency?.ToLowerInvariant())), (1, Gen.Elements<string?>("USD", "EUR")))
        from lines in ALineChanges(order)
        select new ChangeRequest("CR-7", RequestedAt, "sales.li", "customer asked", lines)
        {
            RequestedDeliveryDate = date,
            DeliveryAddress = address,
            PaymentTerms = terms,
            SpecialRequirements = requirements,
            Currency = currency,
        };

    private static Gen<List<LineChange>> ALineChanges(Order order)
    {
        var numbers = order.Lines.Select(l => l.LineNo).Distinct().ToList();
        var added = numbers.DefaultIfEmpty(0).Max() + 1;
        var candidates = numbers.Select(n => (LineNo: n, Line: order.Lines.First(l => l.LineNo == n))).ToArray();
        return from existing in Gen.SubListOf(candidates)
               from changes in Gen.CollectToList(existing, c => ALineChange(c.LineNo, c.Line))
               from add in Gen.Frequency((3, Gen.Constant<LineChange?>(null)), (1, Gen.Constant<LineChange?>(new LineChange(added, sku: "SWITCH-48P", quantity: 5m, unitPrice: 480m))))
               from removeUnknown in Gen.Frequency((6, Gen.Constant(false)), (1, Gen.Constant(true)))
               select changes.Concat(add is null ? [] : [add]).Concat(removeUnknown ? [LineChange.Removal(added + 10)] : []).ToList();
    }

    private static Gen<LineChange> ALineChange(int lineNo, OrderLine line)
    {
        var ordered = line.Quantity is > 0m and < 1_000_000m ? line.Quantity.Value : 4m;
        return Gen.Frequency(
            (1, Gen.Constant(LineChange.Removal(lineNo))),
            (2, Gen.Elements(0m, 1m, Math.Floor(ordered / 2), ordered, ordered + 3m).Select(q => LineChange.Modify(lineNo, quantity: q))),
            (1, Gen.Elements(line.UnitPrice ?? 1m, (line.UnitPrice ?? 1m) + 10m).Select(p => LineChange.Modify(lineNo, unitPrice: p))),
            (1, Gen.Constant(new LineChange(lineNo, requirements: ["IPV6", "BGP"]))));
    }
}
