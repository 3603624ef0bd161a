using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using NodaTime;
using OrderConfirmation.Audit;
using OrderConfirmation.Calendars;
using OrderConfirmation.Changes;
using OrderConfirmation.DependencyInjection;
using OrderConfirmation.Lifecycle.State;
using OrderConfirmation.Lifecycle;
using OrderConfirmation.Storage;
using OrderConfirmation.Review;
using OrderConfirmation.Rules.Reloading;
using OrderConfirmation.Rules;
using OrderConfirmation.Stages;

#pragma warning disable IDE0130 // The extension lives where hosts look for AddXxx methods.
namespace Microsoft.Extensions.DependencyInjection;
#pragma warning restore IDE0130

/// <summary>Registers the order-confirmation library in a host's service collection.</summary>
public static class OrderConfirmationServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="IOrderReviewer"/>, <see cref="IChangeReviewer"/>, the audited <see cref="OrderLifecycle"/>
    /// and <see cref="OrderCommandProcessor"/> (over the host's <see cref="IOrderStore"/>, which it resolves when first used) with its <see cref="LifecyclePolicy"/>, <see cref="OrderStateMachine"/> and <see cref="FollowUpMonitor"/>, and the
    /// rule set (loaded, checked and compiled now, so invalid rules fail at registration; and, with
    /// <see cref="OrderConfirmationOptions.WatchRulesDirectory"/>, reloaded in the background whenever the rule files change,
    /// through a <see cref="ReloadingRuleSetProvider"/> that logs through the host's <see cref="ILogger{TCategoryName}"/> if there is one
    /// and that the container disposes); plus, wherever the host has registered none, the company's working calendar
    /// (<c>calendar.json</c> in <see cref="OrderConfirmationOptions.RulesDirectory"/>, or the shipped one: holidays,
    /// make-up workdays and working hours in the company's zone), that zone, the audit log (the file at
    /// <see cref="OrderConfirmationOptions.AuditLogPath"/>, or in memory) and the system clock.
    /// The facts come from the host: it registers its own <see cref="ICreditProfileProvider"/>, <see cref="ISupplyProvider"/>
    /// and <see cref="ICapabilityCatalog"/>, and an <see cref="IReviewFactsProvider{TFacts}"/> for each of its own stages
    /// (before or after this call). The library installs none of them; a host that misses one fails when it starts (the
    /// generic host's options validation on start) with an <see cref="Microsoft.Extensions.Options.OptionsValidationException"/>,
    /// and a container without a host fails when <see cref="IOrderReviewer"/> or <see cref="IChangeReviewer"/> is resolved
    /// with an <see cref="InvalidOperationException"/>; both messages name every missing service.
    /// </summary>
    /// <param name="services">The host's services.</param>
    /// <param name="configure">Sets the options; may be <see langword="null"/> for the defaults.</param>
    /// <returns>The same service collection.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="services"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">The options are invalid: the rules directory or the audit log's directory does not exist, the rules directory is to be watched but none is set, the time zone is not the working calendar's, a lifecycle limit is out of range, or <see cref="OrderConfirmationOptions.Stages"/> holds something other than review stages.</exception>
    /// <exception cref="CalendarLoadException">The rules directory's calendar file is invalid; the exception lists every problem.</exception>
    /// <exception cref="RuleSetLoadException">The rule files are invalid; the exception lists every problem.</exception>
    public static IServiceCollection AddOrderConfirmation(this IServiceCollection services, Action<OrderConfirmationOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        var options = new OrderConfirmationOptions();
        configure?.Invoke(options);
        if (options.RulesDirectory is { } directory && !Directory.Exists(directory))
        {
            throw new ArgumentException($"The rules directory '{directory}' does not exist.", nameof(configure));
        }

        var calendar = CompanyCalendar(options.RulesDirectory);
        var timeZone = calendar.Calendar.Zone;
        if (options.TimeZoneId is { } zoneId && !string.Equals(zoneId, timeZone.Id, StringComparison.Ordinal))
        {
            throw new ArgumentException($"The time zone '{zoneId}' is not the working calendar's ('{timeZone.Id}'); the company has one zone: set it as 'timeZone' in {CalendarFile.FileName}, or leave TimeZoneId out.", nameof(configure));
        }

        if (options.WatchRulesDirectory && options.RulesDirectory is null)
        {
            throw new ArgumentException("WatchRulesDirectory needs a RulesDirectory to watch; the rules shipped in the package do not change.", nameof(configure));
        }

        if (options.AuditLogPath is { } auditLog && !Directory.Exists(Path.GetDirectoryName(Path.GetFullPath(auditLog))))
        {
            throw new ArgumentException($"The audit log's directory for '{auditLog}' does not exist.", nameof(configure));
        }

        if (options.ProviderTimeout <= TimeSpan.Zero)
        {
            throw new ArgumentException($"ProviderTimeout must be positive (is {options.ProviderTimeout}).", nameof(configure));
        }

        if (options.ReplyBusinessDays < 1 || options.AtRiskWithinDays < 0)
        {
            throw new ArgumentException($"ReplyBusinessDays must be at least 1 (is {options.ReplyBusinessDays}) and AtRiskWithinDays at least 0 (is {options.AtRiskWithinDays}).", nameof(configure));
        }

        if (options.Stages.Any(s => s is not IHostReviewStage))
        {
            var unrun = options.Stages.First(s => s is not IHostReviewStage);
            throw new ArgumentException($"The stage {unrun?.Name.ToString() ?? "(null)"} is not a review stage: Stages takes CustomReviewStage<TFacts> declarations, which the review runs; rules of any other stage would load and never run.", nameof(configure));
        }

        var stages = options.Stages.Aggregate(StandardStages.Catalog, (catalog, stage) => catalog.With(stage));
        var ruleSet = options.RulesDirectory is { } rulesDirectory
            ? RuleSetLoader.LoadDirectory(rulesDirectory, stages)
            : RuleSetLoader.Load(RuleFile.EmbeddedDefaults(), stages);

        services.TryAddSingleton(options);
        services.TryAddSingleton(timeZone);
        AddRuleSetProvider(services, options, stages, ruleSet);
#pragma warning disable RS0030 // The host's composition root is where the real clock is chosen.
        services.TryAddSingleton<IClock>(SystemClock.Instance);
#pragma warning restore RS0030
        // The facts come from the host's systems; a host that registered none of a kind fails at start-up, naming it.
        var hostStages = options.Stages.OfType<IHostReviewStage>().ToArray();
        RequiredHostServices.Require(services, [typeof(ICreditProfileProvider), typeof(ISupplyProvider), typeof(ICapabilityCatalog), .. hostStages.Select(s => s.ProviderType)]);
        services.TryAddSingleton(sp => FactsSource(sp, options.ProviderTimeout, hostStages));
        services.TryAddSingleton<IOrderReviewer>(sp => new OrderReviewer(sp.GetRequiredService<IRuleSetProvider>(), sp.GetRequiredService<ReviewFactsSource>()));
        services.TryAddSingleton<IChangeReviewer>(sp => new ChangeReviewer(sp.GetRequiredService<IRuleSetProvider>(), sp.GetRequiredService<ReviewFactsSource>()));
        AddLifecycle(services, options, calendar.Calendar);
        return services;
    }

    /// <summary>The company's working calendar: <c>calendar.json</c> of the rules directory, or the shipped one.</summary>
    private static CalendarSettings CompanyCalendar(string? rulesDirectory) =>
        rulesDirectory is not null && File.Exists(Path.Combine(rulesDirectory, CalendarFile.FileName))
            ? CalendarFile.Load(Path.Combine(rulesDirectory, CalendarFile.FileName))
            : CalendarFile.LoadDefault();

    private static ReviewFactsSource FactsSource(IServiceProvider services, TimeSpan timeout, IHostReviewStage[] hostStages)
    {
        RequiredHostServices.ThrowIfMissing(services);
        var hostFacts = hostStages.Select(stage => stage.FactsFrom(services)
            ?? throw new InvalidOperationException($"The review stage {stage.Name} needs its facts: register an {stage.ProviderName} in the host's services.")).ToArray();
        return new ReviewFactsSource(
            services.GetRequiredService<ICreditProfileProvider>(),
            services.GetRequiredService<ISupplyProvider>(),
            services.GetRequiredService<ICapabilityCatalog>(),
            services.GetRequiredService<IClock>(),
            services.GetRequiredService<DateTimeZone>(),
            timeout,
            hostFacts,
            services.GetService<IPriceListProvider>(),
            services.GetService<IExchangeRateProvider>());
    }

    private static void AddRuleSetProvider(IServiceCollection services, OrderConfirmationOptions options, RuleStageCatalog stages, RuleSet ruleSet)
    {
        if (options is { WatchRulesDirectory: true, RulesDirectory: { } directory })
        {
            // Created by the container (which then disposes it, stopping the watch), from the rule set already
            // checked at registration; it reloads once on creation in case the files changed in between.
            var fullPath = Path.GetFullPath(directory);
            services.TryAddSingleton<IRuleSetProvider>(sp =>
                new ReloadingRuleSetProvider(fullPath, stages, ruleSet, sp.GetService<ILogger<ReloadingRuleSetProvider>>(), debounce: null));
        }
        else
        {
            services.TryAddSingleton<IRuleSetProvider>(new FixedRuleSetProvider(ruleSet));
        }
    }

    private static void AddLifecycle(IServiceCollection services, OrderConfirmationOptions options, WorkingCalendar calendar)
    {
        services.TryAddSingleton(calendar);
        services.TryAddSingleton(sp => new LifecyclePolicy(sp.GetRequiredService<WorkingCalendar>())
        {
            ReplyBusinessDays = options.ReplyBusinessDays,
            AtRiskWithinDays = options.AtRiskWithinDays,
            SeparationOfDuties = options.SeparationOfDuties,
        });
        services.TryAddSingleton(sp => new OrderStateMachine(sp.GetRequiredService<LifecyclePolicy>()));
        services.TryAddSingleton(sp => new FollowUpMonitor(sp.GetRequiredService<LifecyclePolicy>()));
        if (options.AuditLogPath is { } path)
        {
            services.TryAddSingleton<IAuditLog>(_ => JsonLinesAuditLog.Open(path));
        }
        else
        {
            services.TryAddSingleton<IAuditLog, InMemoryAuditLog>();
        }

        services.TryAddSingleton(sp => new OrderLifecycle(
            sp.GetRequiredService<OrderStateMachine>(),
            sp.GetRequiredService<IAuditLog>(),
            sp.GetRequiredService<IClock>(),
            sp.GetService<ILogger<OrderLifecycle>>()));

        // Reads go to the trail the commands go to: the store's when the host registered one that keeps a trail.
        services.TryAddSingleton(sp => new OrderReadLog(
            sp.GetRequiredService<LifecyclePolicy>(),
            sp.GetService<IAuditAppender>() ?? sp.GetRequiredService<IAuditLog>() as IAuditAppender ?? throw new InvalidOperationException(
                $"The {nameof(OrderReadLog)} needs an {nameof(IAuditAppender)}: register one, or an {nameof(IAuditLog)} that is one."),
            sp.GetRequiredService<IClock>()));

        // The stored lifecycle needs a store the host chooses (a database, or in memory for a host that keeps nothing).
        services.TryAddSingleton(sp => new OrderCommandProcessor(
            sp.GetRequiredService<OrderStateMachine>(),
            sp.GetService<IOrderStore>() ?? throw new InvalidOperationException(
                $"The {nameof(OrderCommandProcessor)} needs an {nameof(IOrderStore)}: register one, such as the database store of the OrderConfirmation.EntityFrameworkCore package, or an {nameof(InMemoryOrderStore)} for a host that keeps nothing across restarts."),
            sp.GetRequiredService<IClock>(),
            sp.GetService<ILogger<OrderCommandProcessor>>()));
    }
}
