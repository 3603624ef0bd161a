using Microsoft.Data.Sqlite;
using OrderConfirmation.EntityFrameworkCore.DependencyInjection;

namespace OrderConfirmation.SampleHost.Store;

/// <summary>
/// Where this host keeps its orders, their receipts and the audit trail, from configuration:
/// <c>OrderConfirmation:Storage:Provider</c> is <c>Sqlite</c> (the default: one file, nothing to install) or
/// <c>PostgreSql</c> (for several instances of the host on one database), and <c>ConnectionStrings:OrderConfirmation</c>
/// the connection string (for SQLite by default the file <c>App_Data/orderconfirmation.db</c> under the content root,
/// created with its schema on first run).
/// </summary>
internal static class HostStorage
{
    /// <summary>The configuration key of the provider.</summary>
    public const string ProviderKey = "OrderConfirmation:Storage:Provider";

    /// <summary>The name of the connection string, under <c>ConnectionStrings</c>.</summary>
    public const string ConnectionStringName = "OrderConfirmation";

    /// <summary>The SQLite file used when no connection string is configured, relative to the content root.</summary>
    public const string DefaultSqliteFile = "App_Data/orderconfirmation.db";

    /// <summary>Registers the store the configuration names.</summary>
    /// <exception cref="InvalidOperationException">The provider is not Sqlite or PostgreSql, or PostgreSql has no connection string.</exception>
    public static IServiceCollection AddHostStorage(this IServiceCollection services, IConfiguration configuration, string contentRoot)
    {
        var provider = configuration[ProviderKey] is { Length: > 0 } named ? named.Trim() : nameof(OrderConfirmationStorageProvider.Sqlite);
        var connection = configuration.GetConnectionString(ConnectionStringName);
        if (provider.Equals(nameof(OrderConfirmationStorageProvider.PostgreSql), StringComparison.OrdinalIgnoreCase))
        {
            var postgres = string.IsNullOrWhiteSpace(connection)
                ? throw new InvalidOperationException($"{ProviderKey} is PostgreSql but ConnectionStrings:{ConnectionStringName} is not set; give the database's connection string.")
                : connection;
            return services.AddOrderConfirmationEntityFrameworkCore(o => o.UsePostgreSql(postgres));
        }

        if (!provider.Equals(nameof(OrderConfirmationStorageProvider.Sqlite), StringComparison.OrdinalIgnoreCase))
        {
            throw new InvalidOperationException($"{ProviderKey} is '{provider}'; use Sqlite (the default) or PostgreSql.");
        }

        return services.AddOrderConfirmationEntityFrameworkCore(o => o.UseSqlite(SqliteConnection(connection, contentRoot)));
    }

    /// <summary>The SQLite connection string, its file's directory created; a relative file is under the content root.</summary>
    private static string SqliteConnection(string? configured, string contentRoot)
    {
        var builder = new SqliteConnectionStringBuilder(string.IsNullOrWhiteSpace(configured) ? $"Data Source={DefaultSqliteFile}" : configured);
        if (builder.DataSource is { Length: > 0 } file && file != ":memory:" && builder.Mode != SqliteOpenMode.Memory)
        {
            builder.DataSource = Path.GetFullPath(Path.Combine(contentRoot, file));
            Directory.CreateDirectory(Path.GetDirectoryName(builder.DataSource)!);
        }

        return builder.ToString();
    }
}
