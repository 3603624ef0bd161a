using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using NodaTime.Testing;
using OrderConfirmation.Findings;
using OrderConfirmation.Orders;
using OrderConfirmation.Review;
using OrderConfirmation.Tests.Builders;

namespace OrderConfirmation.Testing.Tests.Fakes;

/// <summary>The in-memory providers stand in for a host's own in its tests: registered, they satisfy <c>AddOrderConfirmation</c>.</summary>
public sealed class InMemoryProvidersInAHostTests
{
    private static ServiceProvider Host(InMemoryCreditProfiles credit) =>
        new ServiceCollection()
            .AddSingleton<ICreditProfileProvider>(credit)
            .AddSingleton<ISupplyProvider>(new InMemorySupply().Set("CLOUD-HOST-8C", new SupplyPosition(50m, 3)))
            .AddSingleton<ICapabilityCatalog>(new InMemoryCapabilityCatalog(["IPV6"]))
            .AddSingleton<IClock>(new FakeClock(FactsBuilder.AsOf))
            .AddOrderConfirmation()
            .BuildServiceProvider();

    [Fact]
    public async Task ReviewAsync_KnownCustomerWithinLimit_IsReadyToConfirm()
    {
        await using var provider = Host(new InMemoryCreditProfiles().Set("C-001", new CreditProfile(100_000m, 20_000m, 0m, 0m, 0, 0, blocked: false)));

        var decision = await provider.GetRequiredService<IOrderReviewer>().ReviewAsync(new OrderBuilder().Build());

        Assert.Equal(ReviewOutcome.ReadyToConfirm, decision.Outcome);
    }

    [Fact]
    public async Task ReviewAsync_CustomerRemovedFromTheCreditProfiles_IsHeldForFinance()
    {
        var credit = new InMemoryCreditProfiles().Set("C-001", new CreditProfile(100_000m, 20_000m, 0m, 0m, 0, 0, blocked: false));
        await using var provider = Host(credit);
        credit.Remove("C-001");

        var decision = await provider.GetRequiredService<IOrderReviewer>().ReviewAsync(new OrderBuilder().Build());

        Assert.Equal(ReviewOutcome.OnHold, decision.Outcome);
        Assert.Contains(decision.Findings, f => f.Department == Department.Finance);
    }
}
