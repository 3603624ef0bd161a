using System.Collections.Frozen;
using NodaTime;
using OrderConfirmation.Findings;
using OrderConfirmation.Orders;
using OrderConfirmation.Review;

namespace OrderConfirmation.Benchmarks;

/// <summary>
/// The review facts of each <see cref="Scenario"/>: a three-line cloud order in yuan reviewed on 2026-11-20 in Shanghai,
/// with Finance's price list (the firewall service listed in US dollars) and the day's exchange rates, changed just
/// enough to produce the scenario's findings.
/// </summary>
public static class BenchmarkOrders
{
    private static readonly Instant EvaluatedAt = Instant.FromUtc(2026, 11, 20, 2, 0);
    private static readonly DateTimeZone Shanghai = DateTimeZoneProviders.Tzdb["Asia/Shanghai"];
    private static readonly FrozenSet<string> Capabilities = new[] { "IPV6", "SLA-99.9" }.ToFrozenSet(StringComparer.Ordinal);
    private static readonly FrozenSet<PaymentTerms> AllowedTerms = new[] { PaymentTerms.Prepaid, PaymentTerms.Net30 }.ToFrozenSet();
    private static readonly ExchangeRates Rates = new("CNY", new Dictionary<string, decimal>(StringComparer.Ordinal) { ["USD"] = 7.10m, ["EUR"] = 7.75m });

    /// <summary>
    /// Within policy at the order's prices: discounts of 4 %, 6.25 % and 2.49 % (list 650 USD = 4,615 CNY), margins of
    /// 25 %, 30 % and 33.7 % (cost 420 USD = 2,982 CNY).
    /// </summary>
    private static readonly FrozenDictionary<string, PriceListEntry> PricesWithinPolicy = new Dictionary<string, PriceListEntry>(StringComparer.Ordinal)
    {
        ["CLOUD-HOST-8C"] = new PriceListEntry("CNY", 1_250.00m, 900.00m),
        ["BACKUP-1TB"] = new PriceListEntry("CNY", 320.00m, 210.00m),
        ["FIREWALL-SVC"] = new PriceListEntry("USD", 650.00m, 420.00m),
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>
    /// No entry for the cloud host; the backup listed at 350 CNY (300 is 14.29 % off) without a cost; the firewall's
    /// cost 600 USD = 4,260 CNY (a margin of 5.33 % at 4,500).
    /// </summary>
    private static readonly FrozenDictionary<string, PriceListEntry> PricesOutsidePolicy = new Dictionary<string, PriceListEntry>(StringComparer.Ordinal)
    {
        ["BACKUP-1TB"] = new PriceListEntry("CNY", 350.00m),
        ["FIREWALL-SVC"] = new PriceListEntry("USD", 650.00m, 600.00m),
    }.ToFrozenDictionary(StringComparer.Ordinal);

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
        Scenario.AllPass => Priced(Order(customerName: "Acme Network Ltd", firstLineRequirements: ["IPV6"]), CreditInYuan(100_000m), firewallsAvailable: 10m, PricesWithinPolicy),
        Scenario.ThreeFindings => Priced(Order(customerName: "Acme Network Ltd", firstLineRequirements: ["IPV6", "BGP-ANYCAST"]), CreditInYuan(50_000m), firewallsAvailable: 1m, PricesWithinPolicy),
        Scenario.PricingFindings => Priced(Order(customerName: "Acme Network Ltd", firstLineRequirements: ["IPV6"]), CreditInDollars(), firewallsAvailable: 10m, PricesOutsidePolicy),
        Scenario.CompletenessFails => Priced(Order(customerName: null, firstLineRequirements: ["IPV6"]), CreditInYuan(100_000m), firewallsAvailable: 10m, PricesWithinPolicy),
        _ => throw new ArgumentOutOfRangeException(nameof(scenario), scenario, "Unknown scenario."),
    };

    /// <summary>
    /// The facts of an order of <paramref name="lineCount"/> lines that passes every rule: the three products of the
    /// scenarios in turn, each in stock for all its lines together and with supported requirements, within a credit
    /// limit that grows with the order. No price list, so the pricing stage does not run (the default line rules are
    /// the seven of the preliminary, technical and supply stages).
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
        var linesPerProduct = (lineCount + ThreeLines.Length - 1) / ThreeLines.Length;
        return new ReviewFacts(order, CreditInYuan(30_000m + order.Total), Supply(firewallsAvailable: 10m, timesEach: linesPerProduct), Capabilities, EvaluatedAt, Shanghai);
    }

    /// <summary>The rules whose findings the scenario must produce, in order; the benchmark setup checks both reviews against it.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The scenario is not defined.</exception>
    public static IReadOnlyList<string> ExpectedRules(Scenario scenario) => scenario switch
    {
        Scenario.AllPass => [],
        Scenario.ThreeFindings => ["WithinCreditLimit", "RequirementsSupported", "DeliverableByRequestedDate"],
        Scenario.PricingFindings => ["ListPriceKnown", "DiscountWithinAuthority", "UnitCostKnown", "MarginAboveFloor"],
        Scenario.CompletenessFails => ["CustomerNamePresent"],
        _ => throw new ArgumentOutOfRangeException(nameof(scenario), scenario, "Unknown scenario."),
    };

    /// <summary>
    /// The stages a review of the scenario's <paramref name="facts"/> must run (issue 15): the preliminary review alone
    /// when it finds an error, else every detailed stage, with Finance's price policy after the credit assessment only
    /// when the facts have a price list.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="facts"/> is <see langword="null"/>.</exception>
    public static IReadOnlyList<ReviewStage> ExpectedStages(Scenario scenario, ReviewFacts facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        return scenario == Scenario.CompletenessFails ? [ReviewStage.PreliminaryReview]
            : facts.Prices is null ? [ReviewStage.PreliminaryReview, ReviewStage.CreditAssessment, ReviewStage.TechnicalFeasibility, ReviewStage.SupplyCapability]
            : [ReviewStage.PreliminaryReview, ReviewStage.CreditAssessment, ReviewStage.PricingPolicy, ReviewStage.TechnicalFeasibility, ReviewStage.SupplyCapability];
    }

    private static ReviewFacts Priced(Order order, CreditProfile credit, decimal firewallsAvailable, FrozenDictionary<string, PriceListEntry> prices) =>
        new(order, credit, Supply(firewallsAvailable, timesEach: 1), Capabilities, EvaluatedAt, Shanghai) { Prices = prices, ExchangeRates = Rates };

    /// <summary>Exposure: 20,000 balance + 10,000 open orders + 22,500 this order = 52,500 CNY.</summary>
    private static CreditProfile CreditInYuan(decimal creditLimit) =>
        new(creditLimit, outstandingBalance: 20_000m, openOrdersValue: 10_000m, overdueAmount: 0m, daysOverdue: 0, badDebtRecords: 0, blocked: false)
        {
            Currency = "CNY",
            AllowedPaymentTerms = AllowedTerms,
        };

    /// <summary>Exposure: 2,800 balance + 1,400 open orders + 22,500 CNY ÷ 7.10 = 3,169.01 this order = 7,369.01 USD, within 10,000.</summary>
    private static CreditProfile CreditInDollars() =>
        new(10_000m, outstandingBalance: 2_800m, openOrdersValue: 1_400m, overdueAmount: 0m, daysOverdue: 0, badDebtRecords: 0, blocked: false)
        {
            Currency = "USD",
            AllowedPaymentTerms = AllowedTerms,
        };

    private static Dictionary<string, SupplyPosition> Supply(decimal firewallsAvailable, int timesEach) => new(StringComparer.Ordinal)
    {
        ["CLOUD-HOST-8C"] = new SupplyPosition(50m * timesEach, 3),
        ["BACKUP-1TB"] = new SupplyPosition(100m * timesEach, 5),
        ["FIREWALL-SVC"] = new SupplyPosition(firewallsAvailable * timesEach, 40),
    };

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
