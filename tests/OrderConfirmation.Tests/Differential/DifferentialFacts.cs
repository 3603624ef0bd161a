using FsCheck;
using FsCheck.Fluent;
using NodaTime;
using OrderConfirmation.Orders;
using OrderConfirmation.Review;
using OrderConfirmation.Tests.Builders;

namespace OrderConfirmation.Tests.Differential;

/// <summary>
/// Review facts as varied as the rules can tell apart. A third of the orders are complete (so the detailed stages
/// run after the preliminary gate); the rest have each field broken with a probability of 10–40 %: missing, blank
/// or malformed texts, no lines or up to six, missing or non-positive quantities and prices, unknown and missing SKUs,
/// past or missing dates, missing or undefined payment terms. Credit is null, blocked, overdue around the 30-day grace
/// period, with bad debts, exactly at / just over / within the limit. Supply is missing, short, exact or ample, with
/// lead times just before, on and after the requested date. Rare extremes (a line amount or an exposure beyond
/// <see cref="decimal.MaxValue"/>, a lead time beyond the calendar) make both engines meet exceptions. Reviews happen
/// at any time of 2026 and 2027. Two thirds of the reviews have a price list (issue 15), with rates or without, and
/// the credit is kept in another currency or limited to some payment terms now and then.
/// </summary>
internal static class DifferentialFacts
{
    private const string UnsupportedCapability = "QUANTUM-LINK";
    private const string UnknownSku = "MYSTERY-9";
    private const decimal HugeQuantity = 79_000_000_000_000_000_000_000_000_000m;
    private const int BeyondTheCalendar = 5_000_000;

    private static readonly DateTimeZone Zone = FactsBuilder.Shanghai;
    private static readonly Instant YearStart = new LocalDateTime(2026, 1, 1, 0, 0).InZoneStrictly(Zone).ToInstant();
    private static readonly string[] Capabilities = ["IPV6", "SLA-99.9", "BGP", "DUAL-POWER"];
    private static readonly string[] KnownSkus = ["CLOUD-HOST-8C", "FIREWALL-X2", "LEASED-LINE-100M", "SWITCH-48P"];
    private static readonly PostalAddress GoodAddress = new("1 Zhongguancun St", "Beijing", "100080", "CN");

    private static Gen<string?> Blank => Gen.Elements<string?>(null, "", " ", "\t");

    /// <summary>Any facts, complete or broken anywhere.</summary>
    public static Gen<ReviewFacts> Any =>
        from defects in Gen.Frequency((1, Gen.Constant(0)), (2, Gen.Choose(1, 4)))
        from evaluatedAt in AnInstant
        from order in AnOrder(defects, evaluatedAt.InZone(Zone).Date, evaluatedAt)
        from credit in ACredit(order)
        from supply in ASupply(order, evaluatedAt.InZone(Zone).Date)
        from capabilities in Gen.Frequency((1, Gen.Constant(Capabilities.ToList())), (2, Gen.SubListOf(Capabilities)))
        from prices in APriceList(order)
        from rates in ARates
        from creditCurrency in Gen.Frequency((4, Gen.Constant<string?>(null)), (1, Gen.Elements<string?>("CNY", "USD", "EUR", "GBP")))
        from allowedTerms in Gen.Frequency((3, Gen.Constant<PaymentTerms[]?>(null)), (1, Gen.SubListOf(Enum.GetValues<PaymentTerms>()).Select(t => (PaymentTerms[]?)[.. t])))
        let profile = credit is null ? null : credit with { Currency = creditCurrency, AllowedPaymentTerms = allowedTerms?.ToHashSet() }
        select new ReviewFacts(order, profile, supply, capabilities.ToHashSet(StringComparer.Ordinal), evaluatedAt, Zone) { Prices = prices, ExchangeRates = rates };

    /// <summary>Finance's rates: none, the usual ones (base CNY, USD and EUR), or without EUR.</summary>
    private static Gen<ExchangeRates> ARates =>
        Gen.Frequency(
            (1, Gen.Constant(ExchangeRates.None)),
            (3, Gen.Constant(new ExchangeRates("CNY", new Dictionary<string, decimal> { ["USD"] = 7.10m, ["EUR"] = 7.75m }))),
            (1, Gen.Constant(new ExchangeRates("CNY", new Dictionary<string, decimal> { ["USD"] = 7.10m }))));

    /// <summary>
    /// No price list one time in three (the pricing stage does not run); else an entry for most of the order's SKUs, in the
    /// order's currency or another, at a list price from the line's price to half as much again (discounts either side of
    /// 10 %), with a unit cost either side of the 15 % margin, or none.
    /// </summary>
    private static Gen<IReadOnlyDictionary<string, PriceListEntry>?> APriceList(Order order)
    {
        var priced = order.Lines.Where(l => l.Sku is not null).GroupBy(l => l.Sku!, StringComparer.Ordinal).Select(g => g.First()).ToList();
        var entries = Gen.CollectToList(priced, line =>
            from missing in Gen.Frequency((5, Gen.Constant(false)), (1, Gen.Constant(true)))
            from currency in Gen.Frequency((4, Gen.Constant(string.IsNullOrWhiteSpace(order.Currency) ? "CNY" : order.Currency)), (1, Gen.Elements("CNY", "USD", "EUR", "GBP")))
            from listFactor in Gen.Elements(0.8m, 1m, 1.1m, 1.111111m, 1.2m, 1.5m)
            from costFactor in Gen.Elements<decimal?>(null, 0.5m, 0.85m, 0.86m, 1.2m)
            let price = Math.Max(0m, line.UnitPrice ?? 100m)
            select missing ? ((string, PriceListEntry)?)null : (line.Sku!, new PriceListEntry(currency, Sum(() => price * listFactor), costFactor is { } c ? Sum(() => price * c) : null)));
        return Gen.Frequency(
            (1, Gen.Constant<IReadOnlyDictionary<string, PriceListEntry>?>(null)),
            (2, entries.Select(e => (IReadOnlyDictionary<string, PriceListEntry>?)e.OfType<(string Sku, PriceListEntry Entry)>().ToDictionary(x => x.Sku, x => x.Entry, StringComparer.Ordinal))));
    }

    /// <summary>
    /// The instant of a review: a quarter of an hour anywhere in 2026 or 2027 (weekends, holidays, the turn of the
    /// year), a minute either side of midnight in Shanghai (where "today" changes), or the fixed instants of the
    /// examples.
    /// </summary>
    public static Gen<Instant> AnInstant =>
        Gen.Frequency(
            (6, Gen.Choose(0, 730 * 96).Select(quarter => YearStart + Duration.FromMinutes(15L * quarter))),
            (2, from day in Gen.Choose(0, 729) from minute in Gen.Elements(-1, 0, 1) select YearStart + Duration.FromDays(day) + Duration.FromMinutes(minute)),
            (2, Gen.Elements(FactsBuilder.AsOf, FactsBuilder.AsOf + Duration.FromHours(15), FactsBuilder.AsOf - Duration.FromHours(3))));

    /// <summary>A good value, or with a probability of <paramref name="defects"/> in ten a bad one.</summary>
    private static Gen<T> Field<T>(int defects, Gen<T> good, Gen<T> bad) =>
        defects == 0 ? good : Gen.Frequency((10 - defects, good), (defects, bad));

    private static Gen<Order> AnOrder(int defects, LocalDate today, Instant evaluatedAt) =>
        from id in Field(defects, Gen.Elements<string?>("SO-1001", "SO-77"), Blank)
        from receivedAt in Field(defects, Gen.Elements<Instant?>(evaluatedAt - Duration.FromHours(1), evaluatedAt - Duration.FromDays(3)), Gen.Constant<Instant?>(null))
        from customer in ACustomer(defects)
        from currency in Field(defects, Gen.Elements<string?>("CNY", "USD", "EUR"), Gen.Elements<string?>(null, "", "cny", "XXX", "US", "EURO", "C N Y"))
        from lineCount in Field(defects, Gen.Choose(1, 5), Gen.Elements(0, 0, 1, 2, 6))
        from lines in Gen.ListOf(ALine(defects), lineCount)
        from requested in Field(
            defects,
            Gen.Choose(0, 400).Select(d => (LocalDate?)today.PlusDays(d)),
            Gen.Frequency((1, Gen.Constant<LocalDate?>(null)), (1, Gen.Choose(1, 60).Select(d => (LocalDate?)today.PlusDays(-d)))))
        from terms in Field(
            defects,
            Gen.Frequency((12, Gen.Elements<PaymentTerms?>(PaymentTerms.Prepaid, PaymentTerms.CashOnDelivery, PaymentTerms.Net30, PaymentTerms.Net60)), (1, Gen.Constant<PaymentTerms?>((PaymentTerms)99))),
            Gen.Constant<PaymentTerms?>(null))
        from deliveryAddress in Field(
            defects,
            Gen.Frequency((3, Gen.Constant<PostalAddress?>(null)), (1, Gen.Constant<PostalAddress?>(GoodAddress with { Street = "9 Harbour Rd", City = "Shanghai" }))),
            IncompleteAddress.Select(a => (PostalAddress?)a))
        select new Order(id, receivedAt, "sales.li", customer, currency, [.. lines.Select((l, i) => l with { LineNo = i + 1 })], requested, terms, deliveryAddress);

    private static Gen<Customer> ACustomer(int defects) =>
        from empty in Field(defects, Gen.Constant(false), Gen.Elements(false, false, false, true))
        from name in Field(defects, Gen.Elements<string?>("Acme Network Ltd", "Beijing Cloud Co"), Blank)
        from person in Field(defects, Gen.Elements<string?>("Wang Fang", "Li Lei"), Blank)
        from phone in Field(
            defects,
            Gen.Elements<string?>("+86 10 5555 0101", "(021) 6666-0202", "13800138000", "021.6666.0202", null),
            Gen.Elements<string?>("12345", "call me", "1+23456789", "+86 +10 5555", "1234567890123456", "", " "))
        from email in Field(
            defects,
            Gen.Elements<string?>("wf@acme.example", "orders@cloud.example", null),
            Gen.Elements<string?>("not-an-email", "a@b", "a@@b.cn", "a b@c.cn", "@b.cn", "a@b..cn", "a@.cn", "a@b.", "", " "))
        from address in Field(defects, Gen.Constant<PostalAddress?>(GoodAddress), Gen.Frequency((1, Gen.Constant<PostalAddress?>(null)), (3, IncompleteAddress.Select(a => (PostalAddress?)a))))
        select empty
            ? Customer.Empty
            : new Customer("C-001", name, new ContactDetails(person, phone, defects == 0 && phone is null && email is null ? "it@customer.example" : email), address);

    private static Gen<PostalAddress> IncompleteAddress =>
        from which in Gen.Choose(0, 2)
        from blank in Blank
        select which switch
        {
            0 => GoodAddress with { Street = blank },
            1 => GoodAddress with { City = blank },
            _ => GoodAddress with { Country = blank },
        };

    private static Gen<OrderLine> ALine(int defects) =>
        from sku in Field(defects, Gen.Frequency((6, Gen.Elements<string?>(KnownSkus)), (1, Gen.Constant<string?>(UnknownSku))), Blank)
        from quantity in Field(
            defects,
            Gen.Frequency(
                (80, Gen.Choose(1, 1_000).Select(q => (decimal?)q)),
                (20, Gen.Choose(1, 400).Select(q => (decimal?)(q / 4m))),
                (1, Gen.Constant<decimal?>(HugeQuantity))),
            Gen.Elements<decimal?>(null, 0m, -3m, -0.25m))
        from price in Field(defects, Gen.Choose(0, 1_000_000).Select(c => (decimal?)(c / 100m)), Gen.Elements<decimal?>(null, -0.01m, -100m))
        from requirements in Field(defects, Gen.SubListOf(Capabilities), Gen.SubListOf(Capabilities.Append(UnsupportedCapability).ToArray()))
        select new OrderLine(0, sku, null, quantity, price, [.. requirements]);

    private static Gen<CreditProfile?> ACredit(Order order)
    {
        var total = Sum(() => order.Total);
        var profile =
            from limitKind in Gen.Choose(0, 3)
            from outstanding in Gen.Choose(0, 1_000_000)
            from open in Gen.Choose(0, 1_000_000)
            from slack in Gen.Choose(1, 1_000_000)
            from overdue in Gen.Frequency((3, Gen.Constant(0m)), (2, Gen.Choose(1, 50_000).Select(a => (decimal)a)))
            from days in Gen.Elements(0, 1, 29, 30, 31, 45, 120)
            from badDebts in Gen.Frequency((6, Gen.Constant(0)), (1, Gen.Choose(1, 3)))
            from blocked in Gen.Frequency((9, Gen.Constant(false)), (1, Gen.Constant(true)))
            let exposure = Sum(() => outstanding + open + total)
            let limit = limitKind switch
            {
                0 => Sum(() => exposure + slack),
                1 => exposure,
                2 => Math.Max(0m, exposure - 0.01m),
                _ => slack * 2m,
            }
            select (CreditProfile?)new CreditProfile(Math.Max(0m, limit), outstanding, open, overdue, days, badDebts, blocked);
        var overflowing = Gen.Constant<CreditProfile?>(new CreditProfile(decimal.MaxValue, (decimal.MaxValue / 2) + 1, (decimal.MaxValue / 2) + 1, 0m, 0, 0, blocked: false));
        return Gen.Frequency((3, Gen.Constant<CreditProfile?>(null)), (12, profile), (1, overflowing));
    }

    private static Gen<IReadOnlyDictionary<string, SupplyPosition>> ASupply(Order order, LocalDate today)
    {
        var daysToRequested = order.RequestedDeliveryDate is { } requested ? Math.Max(0, Period.DaysBetween(today, requested)) : 10;
        var skus = order.Lines.Select(l => l.Sku).OfType<string>().Concat(KnownSkus.Take(1)).Distinct(StringComparer.Ordinal).ToList();
        return Gen.CollectToList(skus, sku => APosition(order.Lines.FirstOrDefault(l => l.Sku == sku)?.Quantity ?? 0m, daysToRequested).Select(p => (sku, p)))
            .Select(entries => (IReadOnlyDictionary<string, SupplyPosition>)entries
                .Where(e => e.p is not null)
                .ToDictionary(e => e.sku, e => e.p!, StringComparer.Ordinal));
    }

    private static Gen<SupplyPosition?> APosition(decimal quantity, int daysToRequested) =>
        Gen.Frequency(
            (1, Gen.Constant<SupplyPosition?>(null)),
            (6,
                from availableKind in Gen.Choose(0, 3)
                from random in Gen.Choose(0, 1_200)
                from lead in Gen.Frequency(
                    (40, Gen.Elements(0, Math.Max(0, daysToRequested - 1), daysToRequested, daysToRequested + 1)),
                    (20, Gen.Choose(0, 400)),
                    (1, Gen.Constant(BeyondTheCalendar)))
                let available = availableKind switch
                {
                    0 => 0m,
                    1 => Math.Max(0m, quantity - 1m),
                    2 => Math.Max(0m, quantity),
                    _ => random,
                }
                select (SupplyPosition?)new SupplyPosition(available, lead)));

    /// <summary>A sum for setting up the facts; where it overflows, the largest decimal stands in for it.</summary>
    private static decimal Sum(Func<decimal> sum)
    {
        try
        {
            return sum();
        }
        catch (OverflowException)
        {
            return decimal.MaxValue;
        }
    }
}
