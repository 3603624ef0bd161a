using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using NodaTime.Testing;
using OrderConfirmation.Orders;
using OrderConfirmation.Review;
using OrderConfirmation.Rules;
using OrderConfirmation.Testing;
using OrderConfirmation.Tests.Builders;

namespace OrderConfirmation.Tests.DependencyInjection;

public sealed class AddOrderConfirmationTests
{
    [Fact]
    public void AddOrderConfirmation_HostFactsProviders_RegistersReviewerWithDefaults()
    {
        using var provider = new ServiceCollection().AddInMemoryFacts().AddOrderConfirmation().BuildServiceProvider();

        Assert.IsType<OrderReviewer>(provider.GetRequiredService<IOrderReviewer>());
        Assert.Equal("Asia/Shanghai", provider.GetRequiredService<DateTimeZone>().Id);
        Assert.Equal(DefaultRules.RuleSet.Version, provider.GetRequiredService<IRuleSetProvider>().Current.Version);
    }

    [Fact]
    public void AddOrderConfirmation_HostProviders_AreKept()
    {
        var credit = new InMemoryCreditProfiles();
        var services = new ServiceCollection().AddSingleton<ICreditProfileProvider>(credit);

        using var provider = services.AddOrderConfirmation().BuildServiceProvider();

        Assert.Same(credit, provider.GetRequiredService<ICreditProfileProvider>());
    }

    [Fact]
    public void AddOrderConfirmation_ReturnsTheSameCollection()
    {
        var services = new ServiceCollection();

        Assert.Same(services, services.AddOrderConfirmation());
    }

    [Fact]
    public void AddOrderConfirmation_NullServices_ThrowsNamingTheParameter() =>
        Assert.Equal("services", Assert.Throws<ArgumentNullException>(() => ((IServiceCollection)null!).AddOrderConfirmation()).ParamName);

    [Fact]
    public void AddOrderConfirmation_TimeZoneOtherThanTheCalendars_FailsAtRegistrationNamingBoth()
    {
        var error = Assert.Throws<ArgumentException>(() => new ServiceCollection().AddOrderConfirmation(o => o.TimeZoneId = "Mars/Olympus"));

        Assert.StartsWith("The time zone 'Mars/Olympus' is not the working calendar's ('Asia/Shanghai'); the company has one zone: set it as 'timeZone' in calendar.json, or leave TimeZoneId out.", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AddOrderConfirmation_MissingRulesDirectory_FailsAtRegistration()
    {
        var error = Assert.Throws<ArgumentException>(() => new ServiceCollection().AddOrderConfirmation(o => o.RulesDirectory = "/no/such/rules"));

        Assert.Contains("/no/such/rules", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AddOrderConfirmation_InvalidRulesDirectory_FailsAtRegistrationListingTheProblems()
    {
        var directory = Directory.CreateTempSubdirectory("oc-rules-");
        try
        {
            File.WriteAllText(Path.Combine(directory.FullName, "bad.json"), "{ \"WorkflowName\": \"Bad\", \"Rules\": [] }");

            var error = Assert.Throws<RuleSetLoadException>(() => new ServiceCollection().AddOrderConfirmation(o => o.RulesDirectory = directory.FullName));

            Assert.Contains(error.Diagnostics, d => d.File.EndsWith("bad.json", StringComparison.Ordinal));
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }

    [Fact]
    public async Task ReviewAsync_UsesTheInjectedClockAndZoneForToday()
    {
        // 2026-12-14T16:30Z is already 2026-12-15 in Shanghai: a delivery requested for the 14th is in the past.
        var services = new ServiceCollection()
            .AddSingleton<IClock>(new FakeClock(Instant.FromUtc(2026, 12, 14, 16, 30)))
            .AddSingleton<ICreditProfileProvider>(new InMemoryCreditProfiles().Set("C-001", new CreditProfile(100_000m, 0m, 0m, 0m, 0, 0, blocked: false)))
            .AddSingleton<ISupplyProvider>(new InMemorySupply().Set("CLOUD-HOST-8C", new SupplyPosition(50m, 3)))
            .AddSingleton<ICapabilityCatalog>(new InMemoryCapabilityCatalog(["IPV6"]));
        await using var provider = services.AddOrderConfirmation().BuildServiceProvider();
        var order = new OrderBuilder().With(o => o with { RequestedDeliveryDate = new LocalDate(2026, 12, 14) }).Build();

        var decision = await provider.GetRequiredService<IOrderReviewer>().ReviewAsync(order);

        Assert.Equal("DeliveryDateNotPast", Assert.Single(decision.Findings).Rule);
        Assert.Equal(Instant.FromUtc(2026, 12, 14, 16, 30), decision.EvaluatedAt);
    }

    [Fact]
    public async Task ReviewAsync_Cancelled_Throws()
    {
        await using var provider = new ServiceCollection().AddInMemoryFacts().AddOrderConfirmation().BuildServiceProvider();
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () =>
            await provider.GetRequiredService<IOrderReviewer>().ReviewAsync(new OrderBuilder().Build(), cancelled.Token));
    }
}
