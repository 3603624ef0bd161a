using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using OrderConfirmation.Changes;
using OrderConfirmation.Review;
using OrderConfirmation.Testing;
using OrderConfirmation.Tests.Builders;

namespace OrderConfirmation.Tests.DependencyInjection;

/// <summary>
/// The facts come from the host (issue 13): the library installs no stand-in provider, and a host that forgets one
/// fails when it starts, with a message naming each missing service, instead of holding every order it reviews.
/// </summary>
public sealed class MissingFactsProvidersTests
{
    private static readonly string[] AllThree =
        ["OrderConfirmation.Review.ICreditProfileProvider", "OrderConfirmation.Review.ISupplyProvider", "OrderConfirmation.Review.ICapabilityCatalog"];

    private static IHost Host(Action<IServiceCollection> configure)
    {
        var builder = Microsoft.Extensions.Hosting.Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        configure(builder.Services);
        return builder.Build();
    }

    [Fact]
    public void AddOrderConfirmation_NoHostProviders_InstallsNoStandIn()
    {
        using var provider = new ServiceCollection().AddOrderConfirmation().BuildServiceProvider();

        Assert.Null(provider.GetService<ICreditProfileProvider>());
        Assert.Null(provider.GetService<ISupplyProvider>());
        Assert.Null(provider.GetService<ICapabilityCatalog>());
    }

    [Fact]
    public async Task HostStart_NoFactsProviders_FailsNamingEveryMissingProvider()
    {
        using var host = Host(services => services.AddOrderConfirmation());

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());

        Assert.All(AllThree, name => Assert.Contains(name, error.Message, StringComparison.Ordinal));
        Assert.Contains("AddSingleton<ICreditProfileProvider", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task HostStart_OneProviderMissing_NamesOnlyThatOne()
    {
        using var host = Host(services => services
            .AddSingleton<ICreditProfileProvider>(new InMemoryCreditProfiles())
            .AddSingleton<ICapabilityCatalog>(new InMemoryCapabilityCatalog())
            .AddOrderConfirmation());

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());

        Assert.Contains("OrderConfirmation.Review.ISupplyProvider", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("ICreditProfileProvider", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("ICapabilityCatalog", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task HostStart_ProvidersRegisteredAfterAddOrderConfirmation_Starts()
    {
        using var host = Host(services => services.AddOrderConfirmation().AddInMemoryFacts());

        await host.StartAsync();

        Assert.IsType<OrderReviewer>(host.Services.GetRequiredService<IOrderReviewer>());
        await host.StopAsync();
    }

    [Fact]
    public void GetRequiredService_OrderReviewerWithoutProviders_ThrowsNamingEveryMissingProvider()
    {
        using var provider = new ServiceCollection().AddOrderConfirmation().BuildServiceProvider();

        var error = Assert.Throws<InvalidOperationException>(provider.GetRequiredService<IOrderReviewer>);

        Assert.All(AllThree, name => Assert.Contains(name, error.Message, StringComparison.Ordinal));
    }

    [Fact]
    public void GetRequiredService_ChangeReviewerWithoutCapabilities_ThrowsNamingIt()
    {
        using var provider = new ServiceCollection()
            .AddSingleton<ICreditProfileProvider>(new InMemoryCreditProfiles())
            .AddSingleton<ISupplyProvider>(new InMemorySupply())
            .AddOrderConfirmation()
            .BuildServiceProvider();

        var error = Assert.Throws<InvalidOperationException>(provider.GetRequiredService<IChangeReviewer>);

        Assert.Contains("OrderConfirmation.Review.ICapabilityCatalog", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("ISupplyProvider", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void GetRequiredService_ProvidersRegisteredAfterAddOrderConfirmation_ResolvesTheReviewers()
    {
        using var provider = new ServiceCollection().AddOrderConfirmation().AddInMemoryFacts().BuildServiceProvider();

        Assert.IsType<OrderReviewer>(provider.GetRequiredService<IOrderReviewer>());
        Assert.IsType<ChangeReviewer>(provider.GetRequiredService<IChangeReviewer>());
    }

    [Fact]
    public void AddOrderConfirmation_CalledTwice_NamesEachMissingProviderOnce()
    {
        using var provider = new ServiceCollection().AddOrderConfirmation().AddOrderConfirmation().BuildServiceProvider();

        var error = Assert.Throws<InvalidOperationException>(provider.GetRequiredService<IOrderReviewer>);

        Assert.All(AllThree, name => Assert.Equal(2, error.Message.Split(name).Length));
    }
}
