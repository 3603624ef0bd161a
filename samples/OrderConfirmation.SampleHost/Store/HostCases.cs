using NodaTime;
using OrderConfirmation.Audit;
using OrderConfirmation.Calendars;
using OrderConfirmation.Cases;
using OrderConfirmation.Storage;

namespace OrderConfirmation.SampleHost.Store;

/// <summary>
/// Where this host keeps customer cases: in memory (<see cref="InMemoryCaseStore"/>), their audit entries in the library's
/// audit log; cases do not survive a restart of this sample. Reply times are the library's defaults on the working calendar.
/// </summary>
internal static class HostCases
{
    /// <summary>Registers the case policy, the store and the <see cref="CaseCommandProcessor"/>.</summary>
    public static IServiceCollection AddHostCases(this IServiceCollection services)
    {
        services.AddSingleton(sp => new CasePolicy(sp.GetRequiredService<WorkingCalendar>()));
        services.AddSingleton<ICaseStore>(sp => new InMemoryCaseStore(sp.GetRequiredService<IAuditLog>()));
        services.AddSingleton(sp => new CaseCommandProcessor(
            sp.GetRequiredService<ICaseStore>(),
            new CaseStateMachine(sp.GetRequiredService<CasePolicy>()),
            sp.GetRequiredService<IClock>(),
            sp.GetService<ILogger<CaseCommandProcessor>>()));
        return services;
    }
}
