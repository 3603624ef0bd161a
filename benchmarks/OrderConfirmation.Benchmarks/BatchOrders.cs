using System.Collections.Frozen;
using NodaTime;
using OrderConfirmation.Orders;
using OrderConfirmation.Review;

namespace OrderConfirmation.Benchmarks;

/// <summary>
/// A day's worth of orders for the batch benchmark: three-line cloud orders like <see cref="BenchmarkOrders"/>, varied
/// from a fixed seed in customer, quantities, requirements and credit, so that most are ready to confirm and the rest
/// have findings of every stage (about 2% incomplete, some over the credit limit, some unsupported or late lines).
/// Customers, lines and credit profiles are shared between orders, as a real day's orders share them.
/// </summary>
public static class BatchOrders
{
    private static readonly Instant EvaluatedAt = Instant.FromUtc(2026, 11, 20, 2, 0);
    private static readonly DateTimeZone Shanghai = DateTimeZoneProviders.Tzdb["Asia/Shanghai"];
    private static readonly FrozenSet<string> Capabilities = new[] { "IPV6", "SLA-99.9" }.ToFrozenSet(StringComparer.Ordinal);
    private static readonly FrozenDictionary<string, SupplyPosition> Supply = new Dictionary<string, SupplyPosition>(StringComparer.Ordinal)
    {
        ["CLOUD-HOST-8C"] = new SupplyPosition(50m, 3),
        ["BACKUP-1TB"] = new SupplyPosition(100m, 5),
        ["FIREWALL-SVC"] = new SupplyPosition(10m, 40),
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>Creates <paramref name="count"/> review facts from a fixed seed.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="count"/> is less than 1.</exception>
    public static ReviewFacts[] Create(int count)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(count, 1);
        var random = new Random(2026);
        var customers = Enumerable.Range(0, 100).Select(Customer).ToArray();
        var credit = Enumerable.Range(0, 20).Select(i => new CreditProfile(40_000m + (i * 10_000m), 20_000m, 10_000m, 0m, 0, 0, blocked: false)).ToArray();
        var hosts = Enumerable.Range(1, 12).Select(q => new OrderLine(1, "CLOUD-HOST-8C", "Cloud host, 8 vCPU", q, 1_200.00m, q == 7 ? ["IPV6", "BGP-ANYCAST"] : ["IPV6"])).ToArray();
        var backups = Enumerable.Range(1, 8).Select(q => new OrderLine(2, "BACKUP-1TB", "Backup storage, 1 TB", q, 300.00m, ["SLA-99.9"])).ToArray();
        var firewalls = Enumerable.Range(1, 12).Select(q => new OrderLine(3, "FIREWALL-SVC", "Managed firewall", q, 4_500.00m, ["IPV6", "SLA-99.9"])).ToArray();
        var facts = new ReviewFacts[count];
        for (var i = 0; i < count; i++)
        {
            var order = new Order(
                $"SO-{i + 1:D6}",
                EvaluatedAt.Minus(Duration.FromMinutes(random.Next(5, 600))),
                "sales.li",
                customers[random.Next(customers.Length)],
                "CNY",
                [hosts[random.Next(hosts.Length)], backups[random.Next(backups.Length)], firewalls[random.Next(firewalls.Length)]],
                new LocalDate(2026, 12, 15),
                PaymentTerms.Net30);
            facts[i] = new ReviewFacts(order, credit[random.Next(credit.Length)], Supply, Capabilities, EvaluatedAt, Shanghai);
        }

        return facts;
    }

    private static Customer Customer(int i) => new(
        $"C-{i:D3}",
        i % 50 == 49 ? null : $"Customer {i} Ltd",
        new ContactDetails("Wang Fang", "+86 10 5555 0101", "wf@acme.example"),
        new PostalAddress($"{i + 1} Zhongguancun St", "Beijing", "100080", "CN"));
}
