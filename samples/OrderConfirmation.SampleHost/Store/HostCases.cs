using NodaTime;
using OrderConfirmation.Cases;
using OrderConfirmation.Kpis;
using OrderConfirmation.Storage;

namespace OrderConfirmation.SampleHost.Store;

/// <summary>
/// How this host handles customer cases: in the <see cref="ICaseStore"/> that <see cref="HostStorage.AddHostStorage"/>
/// registered (the database store, beside the orders), their audit entries on the host's one trail; cases survive a
/// restart. Reply times are the calendar file's <c>caseReplyTime</c>.
/// </summary>
internal static class HostCases
{
    /// <summary>Registers the case policy and the <see cref="CaseCommandProcessor"/> over the registered <see cref="ICaseStore"/>.</summary>
    public static IServiceCollection AddHostCases(this IServiceCollection services)
    {
        services.AddSingleton(sp => CasePolicy.For(sp.GetRequiredService<KpiCalculator>().Settings));
        services.AddSingleton(sp => new CaseCommandProcessor(
            sp.GetRequiredService<ICaseStore>(),
            new CaseStateMachine(sp.GetRequiredService<CasePolicy>()),
            sp.GetRequiredService<IClock>(),
            sp.GetService<ILogger<CaseCommandProcessor>>()));
        return services;
    }
}
