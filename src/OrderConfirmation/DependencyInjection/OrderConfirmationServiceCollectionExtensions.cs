using Microsoft.Extensions.DependencyInjection.Extensions;
using NodaTime;
using OrderConfirmation.DependencyInjection;
using OrderConfirmation.Review;
using OrderConfirmation.Rules;

#pragma warning disable IDE0130 // The extension lives where hosts look for AddXxx methods.
namespace Microsoft.Extensions.DependencyInjection;
#pragma warning restore IDE0130

/// <summary>Registers the order-confirmation library in a host's service collection.</summary>
public static class OrderConfirmationServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="IOrderReviewer"/> and the rule set (loaded, checked and compiled now, once),
    /// plus in-memory fact providers and the system clock wherever the host has registered none.
    /// </summary>
    /// <param name="services">The host's services.</param>
    /// <param name="configure">Sets the options; may be <see langword="null"/> for the defaults.</param>
    /// <returns>The same service collection.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="services"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">The options are invalid: the rules directory does not exist or the time zone is unknown.</exception>
    /// <exception cref="RuleSetLoadException">The rule files are invalid; the exception lists every problem.</exception>
    public static IServiceCollection AddOrderConfirmation(this IServiceCollection services, Action<OrderConfirmationOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        var options = new OrderConfirmationOptions();
        configure?.Invoke(options);
        var timeZone = DateTimeZoneProviders.Tzdb.GetZoneOrNull(options.TimeZoneId ?? string.Empty)
            ?? throw new ArgumentException($"The time zone '{options.TimeZoneId}' is not a TZDB time zone (for example 'Asia/Shanghai').", nameof(configure));
        if (options.RulesDirectory is { } directory && !Directory.Exists(directory))
        {
            throw new ArgumentException($"The rules directory '{directory}' does not exist.", nameof(configure));
        }

        var ruleSet = options.RulesDirectory is { } rulesDirectory
            ? RuleSetLoader.LoadDirectory(rulesDirectory)
            : RuleSetLoader.LoadDefaults();

        services.TryAddSingleton(options);
        services.TryAddSingleton(timeZone);
        services.TryAddSingleton<IRuleSetProvider>(new FixedRuleSetProvider(ruleSet));
#pragma warning disable RS0030 // The host's composition root is where the real clock is chosen.
        services.TryAddSingleton<IClock>(SystemClock.Instance);
#pragma warning restore RS0030
        services.TryAddSingleton<ICreditProfileProvider, InMemoryCreditProfiles>();
        services.TryAddSingleton<ISupplyProvider, InMemorySupply>();
        services.TryAddSingleton<ICapabilityCatalog, InMemoryCapabilityCatalog>();
        services.TryAddSingleton<IOrderReviewer>(sp => new OrderReviewer(
            sp.GetRequiredService<IRuleSetProvider>(),
            sp.GetRequiredService<ICreditProfileProvider>(),
            sp.GetRequiredService<ISupplyProvider>(),
            sp.GetRequiredService<ICapabilityCatalog>(),
            sp.GetRequiredService<IClock>(),
            sp.GetRequiredService<DateTimeZone>()));
        return services;
    }
}
