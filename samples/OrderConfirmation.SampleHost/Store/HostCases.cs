using NodaTime;
using OrderConfirmation.Audit;
using OrderConfirmation.Cases;
using OrderConfirmation.Kpis;
using OrderConfirmation.Storage;

namespace OrderConfirmation.SampleHost.Store;

/// <summary>
/// Where this host keeps customer cases: in memory (<see cref="InMemoryCaseStore"/>), their audit entries in the library's
/// audit log; cases do not survive a restart of this sample. Reply times are the calendar file's <c>caseReplyTime</c>.
/// </summary>
internal static class HostCases
{
    /// <summary>Registers the case policy, the store and the <see cref="CaseCommandProcessor"/>.</summary>
    public static IServiceCollection AddHostCases(this IServiceCollection services)
    {
        services.AddSingleton(sp => CasePolicy.For(sp.GetRequiredService<KpiCalculator>().Settings));
        services.AddSingleton<ICaseStore>(sp => new InMemoryCaseStore(sp.GetRequiredService<IAuditLog>()));
        services.AddSingleton(sp => new CaseCommandProcessor(
            sp.GetRequiredService<ICaseStore>(),
            new CaseStateMachine(sp.GetRequiredService<CasePolicy>()),
            sp.GetRequiredService<IClock>(),
            sp.GetService<ILogger<CaseCommandProcessor>>()));
        return services;
    }
}
