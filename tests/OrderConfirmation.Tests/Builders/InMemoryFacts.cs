using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using OrderConfirmation.Review;
using OrderConfirmation.Testing;

namespace OrderConfirmation.Tests.Builders;

/// <summary>The facts providers a host must register, for tests that need a reviewer but no particular facts.</summary>
public static class InMemoryFacts
{
    /// <summary>
    /// Registers empty in-memory providers (every customer unknown to Finance, no supply, no capability) where the
    /// test registered none of its own.
    /// </summary>
    public static IServiceCollection AddInMemoryFacts(this IServiceCollection services)
    {
        services.TryAddSingleton<ICreditProfileProvider>(new InMemoryCreditProfiles());
        services.TryAddSingleton<ISupplyProvider>(new InMemorySupply());
        services.TryAddSingleton<ICapabilityCatalog>(new InMemoryCapabilityCatalog());
        return services;
    }
}
