using System.Collections.Frozen;
using NodaTime;
using OrderConfirmation.Orders;
using OrderConfirmation.Review;

namespace OrderConfirmation.Benchmarks;

/// <summary>
/// The review facts of each <see cref="Scenario"/>: a three-line cloud order reviewed on 2026-11-20 in Shanghai,
/// changed just enough to produce the scenario's findings.
/// </summary>
public static class BenchmarkOrders
{
    private static readonly Instant EvaluatedAt = Instant.FromUtc(2026, 11, 20, 2, 0);
    private static readonly DateTimeZone Shanghai = DateTimeZoneProviders.Tzdb["Asia/Shanghai"];
    private static readonly FrozenSet<string> Capabilities = new[] { "IPV6", "SLA-99.9" }.ToFrozenSet(StringComparer.Ordinal);
    private static readonly OrderLine[] ThreeLines =
    [
        new(1, "CLOUD-HOST-8C", "Cloud host, 8 vCPU", 10m, 1_200.00m, ["IPV6"]),
        new(2, "BACKUP-1TB", "Backup storage, 1 TB", 5m, 300.00m, ["SLA-99.9"]),
        new(3, "FIREWALL-SVC", "Managed firewall", 2m, 4_500.00m, ["IPV6", "SLA-99.9"]),
    ];

    /// <summary>Builds the facts of a scenario.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The scenario is not defined.</exception>
    public static ReviewFacts For(Scenario scenario) => scenario switch
    {
        Scenario.AllPass => Facts(Order(customerName: "Acme Network Ltd", firstLineRequirements: ["IPV6"]), creditLimit: 100_000m, firewallsAvailable: 10m),
        Scenario.ThreeFindings => Facts(Order(customerName: "Acme Network Ltd", firstLineRequirements: ["IPV6", "BGP-ANYCAST"]), creditLimit: 50_000m, firewallsAvailable: 1m),
        Scenario.CompletenessFails => Facts(Order(customerName: null, firstLineRequirements: ["IPV6"]), creditLimit: 100_000m, firewallsAvailable: 10m),
        _ => throw new ArgumentOutOfRangeException(nameof(scenario), scenario, "Unknown scenario."),
    };

    /// <summary>
    /// The facts of an order of <paramref name="lineCount"/> lines that passes every rule: the three products of the
    /// scenarios in turn, each in stock and with supported requirements, within a credit limit that grows with the order.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="lineCount"/> is less than 1.</exception>
    public static ReviewFacts AllPassWithLines(int lineCount)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(lineCount, 1);
        var lines = new OrderLine[lineCount];
        for (var i = 0; i < lineCount; i++)
        {
            var template = ThreeLines[i % ThreeLines.Length];
            lines[i] = template with { LineNo = i + 1 };
        }

        var order = Order("Acme Network Ltd", lines);
        return Facts(order, creditLimit: 30_000m + order.Total, firewallsAvailable: 10m);
    }

    /// <summary>The rules whose findings the scenario must produce, in order; the benchmark setup checks both reviews against it.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The scenario is not defined.</exception>
    public static IReadOnlyList<string> ExpectedRules(Scenario scenario) => scenario switch
    {
        Scenario.AllPass => [],
        Scenario.ThreeFindings => ["WithinCreditLimit", "RequirementsSupported", "DeliverableByRequestedDate"],
        Scenario.CompletenessFails => ["CustomerNamePresent"],
        _ => throw new ArgumentOutOfRangeException(nameof(scenario), scenario, "Unknown scenario."),
    };

    private static ReviewFacts Facts(Order order, decimal creditLimit, decimal firewallsAvailable)
    {
        // Exposure: 20,000 balance + 10,000 open orders + 22,500 this order = 52,500.
        var credit = new CreditProfile(creditLimit, outstandingBalance: 20_000m, openOrdersValue: 10_000m, overdueAmount: 0m, daysOverdue: 0, badDebtRecords: 0, blocked: false);
        var supply = new Dictionary<string, SupplyPosition>(StringComparer.Ordinal)
        {
            ["CLOUD-HOST-8C"] = new SupplyPosition(50m, 3),
            ["BACKUP-1TB"] = new SupplyPosition(100m, 5),
            ["FIREWALL-SVC"] = new SupplyPosition(firewallsAvailable, 40),
        };
        return new ReviewFacts(order, credit, supply, Capabilities, EvaluatedAt, Shanghai);
    }

    private static Order Order(string? customerName, string[] firstLineRequirements) => Order(
        customerName,
        [
            new OrderLine(1, "CLOUD-HOST-8C", "Cloud host, 8 vCPU", 10m, 1_200.00m, firstLineRequirements),
            new OrderLine(2, "BACKUP-1TB", "Backup storage, 1 TB", 5m, 300.00m, ["SLA-99.9"]),
            new OrderLine(3, "FIREWALL-SVC", "Managed firewall", 2m, 4_500.00m, ["IPV6", "SLA-99.9"]),
        ]);

    private static Order Order(string? customerName, OrderLine[] lines) => new(
        "SO-1001",
        EvaluatedAt.Minus(Duration.FromMinutes(45)),
        "sales.li",
        new Customer(
            "C-001",
            customerName,
            new ContactDetails("Wang Fang", "+86 10 5555 0101", "wf@acme.example"),
            new PostalAddress("1 Zhongguancun St", "Beijing", "100080", "CN")),
        "CNY",
        lines,
        new LocalDate(2026, 12, 15),
        PaymentTerms.Net30,
        deliveryAddress: null,
        specialRequirements: "Install before 09:00");
}
