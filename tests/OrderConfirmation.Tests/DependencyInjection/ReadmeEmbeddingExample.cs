// The code between the markers is quoted verbatim in README.md ("Embedding in a host");
// ReadmeEmbeddingExampleTests fails when the two drift apart, so the README's example always compiles and runs.
#pragma warning disable CA1050 // The README example is a top-level class, as a host would write it.
// readme-example-begin
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using OrderConfirmation.Orders;
using OrderConfirmation.Review;
using OrderConfirmation.Testing;

public static class ReadmeEmbeddingExample
{
    public static async Task<ReviewDecision> ReviewOneOrderAsync()
    {
        var services = new ServiceCollection();

        // Facts come from your ERP/CRM: register your own providers; the library installs none, and a host that
        // misses one fails at start-up naming it. This example uses the in-memory ones of OrderConfirmation.Testing.
        services.AddSingleton<ICreditProfileProvider>(new InMemoryCreditProfiles()
            .Set("C-001", new CreditProfile(creditLimit: 100_000m, outstandingBalance: 20_000m, openOrdersValue: 0m,
                overdueAmount: 0m, daysOverdue: 0, badDebtRecords: 0, blocked: false)));
        services.AddSingleton<ISupplyProvider>(new InMemorySupply().Set("CLOUD-HOST-8C", new SupplyPosition(available: 50m, leadTimeDays: 3)));
        services.AddSingleton<ICapabilityCatalog>(new InMemoryCapabilityCatalog(["IPV6", "SLA-99.9"]));
        services.AddSingleton<IClock>(new NodaTime.Testing.FakeClock(Instant.FromUtc(2026, 11, 20, 2, 0)));

        services.AddOrderConfirmation(options =>
        {
            options.TimeZoneId = "Asia/Shanghai";   // optional: the working calendar's zone (calendar.json)
            // options.RulesDirectory = "rules";    // analysts' rule files; omit to use the rules shipped in the package
        });

        await using var provider = services.BuildServiceProvider();
        var reviewer = provider.GetRequiredService<IOrderReviewer>();

        var order = new Order(
            orderId: "SO-1001",
            receivedAt: Instant.FromUtc(2026, 11, 20, 1, 15),
            enteredBy: "sales.li",
            customer: new Customer("C-001", "Acme Network Ltd",
                new ContactDetails("Wang Fang", "+86 10 5555 0101", "wf@acme.example"),
                new PostalAddress("1 Zhongguancun St", "Beijing", "100080", "CN")),
            currency: "CNY",
            lines: [new OrderLine(1, "CLOUD-HOST-8C", "Cloud host, 8 vCPU", quantity: 10m, unitPrice: 1200m, requirements: ["IPV6"])],
            requestedDeliveryDate: new LocalDate(2026, 12, 15),
            paymentTerms: PaymentTerms.Net30);

        var decision = await reviewer.ReviewAsync(order);
        // decision.Outcome == ReviewOutcome.ReadyToConfirm; decision.Findings explains anything else.
        return decision;
    }
}
// readme-example-end
