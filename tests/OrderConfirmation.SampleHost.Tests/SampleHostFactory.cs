using System.Security.Cryptography;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using NodaTime.Testing;

namespace OrderConfirmation.SampleHost.Tests;

/// <summary>
/// The sample host in process, as configured by its appsettings.json and appsettings.Development.json (the repository's
/// rules, watched; the sample KPI records; bearer tokens of the issuer and audience <c>dotnet user-jwts</c> writes), with
/// the clock stopped at Friday 2026-11-20 10:00 in Shanghai, the instant of the sample requests. The signing key is made
/// for the test run and configured the way <c>dotnet user-jwts</c> configures its key
/// (<c>Authentication:Schemes:Bearer:SigningKeys</c>); <see cref="Tokens"/> signs with it.
/// </summary>
public sealed class SampleHostFactory : WebApplicationFactory<Program>
{
    /// <summary>The clock's instant: the sample requests' <c>asOf</c>.</summary>
    public static readonly Instant Now = Instant.FromUtc(2026, 11, 20, 2, 0);

    /// <summary>The signing key of this test run, 256 bits as <c>dotnet user-jwts</c> makes them.</summary>
    public static readonly byte[] SigningKey = RandomNumberGenerator.GetBytes(32);

    /// <summary>The host's clock.</summary>
    private readonly bool _ownsDatabase;

    /// <summary>A host on a SQLite file of its own in a temporary folder, deleted with the factory.</summary>
    public SampleHostFactory()
        : this(Path.Combine(Directory.CreateTempSubdirectory("oc-host-").FullName, "orderconfirmation.db")) => _ownsDatabase = true;

    /// <summary>A host on the given SQLite file, which outlives the factory (to start the host again on it).</summary>
    internal SampleHostFactory(string databasePath) => DatabasePath = databasePath;

    private SampleHostFactory(string databasePath, string postgreSql)
        : this(databasePath) => PostgreSql = postgreSql;

    /// <summary>The PostgreSQL connection string the host stores in instead of SQLite, if any.</summary>
    public string? PostgreSql { get; }

    /// <summary>A host storing in a PostgreSQL database (several may share one, as a host's instances do).</summary>
    internal static SampleHostFactory OnPostgreSql(string connectionString) => new(string.Empty, connectionString);

    /// <summary>The SQLite file the host keeps its orders and audit trail in.</summary>
    public string DatabasePath { get; }

    public FakeClock Clock { get; } = new(Now);

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        const string Bearer = "Authentication:Schemes:Bearer";
        builder.UseSetting($"{Bearer}:ValidIssuer", Tokens.Issuer);
        builder.UseSetting($"{Bearer}:ValidAudiences:0", Tokens.Audience);
        builder.UseSetting($"{Bearer}:SigningKeys:0:Id", "tests");
        builder.UseSetting($"{Bearer}:SigningKeys:0:Issuer", Tokens.Issuer);
        builder.UseSetting($"{Bearer}:SigningKeys:0:Value", Convert.ToBase64String(SigningKey));
        builder.UseSetting($"{Bearer}:SigningKeys:0:Length", "32");
        if (PostgreSql is { } postgres)
        {
            builder.UseSetting("OrderConfirmation:Storage:Provider", "PostgreSql");
            builder.UseSetting("ConnectionStrings:OrderConfirmation", postgres);
        }
        else
        {
            builder.UseSetting("ConnectionStrings:OrderConfirmation", $"Data Source={DatabasePath}");
        }

        builder.ConfigureTestServices(services => services.AddSingleton<IClock>(Clock));
    }

    /// <inheritdoc />
    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing && _ownsDatabase && Directory.Exists(Path.GetDirectoryName(DatabasePath)))
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(Path.GetDirectoryName(DatabasePath)!, recursive: true);
        }
    }
}
