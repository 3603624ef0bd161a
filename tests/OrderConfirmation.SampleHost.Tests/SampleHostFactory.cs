using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using NodaTime.Testing;

namespace OrderConfirmation.SampleHost.Tests;

/// <summary>
/// The sample host in process, as configured by its appsettings.json (the repository's rules, watched; the sample KPI
/// records), with the clock stopped at Friday 2026-11-20 10:00 in Shanghai, the instant of the sample requests.
/// </summary>
public sealed class SampleHostFactory : WebApplicationFactory<Program>
{
    /// <summary>The clock's instant: the sample requests' <c>asOf</c>.</summary>
    public static readonly Instant Now = Instant.FromUtc(2026, 11, 20, 2, 0);

    /// <summary>The host's clock.</summary>
    public FakeClock Clock { get; } = new(Now);

    protected override void ConfigureWebHost(IWebHostBuilder builder) =>
        builder.ConfigureTestServices(services => services.AddSingleton<IClock>(Clock));
}
