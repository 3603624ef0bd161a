namespace OrderConfirmation.EntityFrameworkCore.DependencyInjection;

/// <summary>Where the store lives: the provider and its connection string.</summary>
public sealed class OrderConfirmationStorageOptions
{
    /// <summary>The database; <see cref="OrderConfirmationStorageProvider.Sqlite"/> by default.</summary>
    public OrderConfirmationStorageProvider Provider { get; set; }

    /// <summary>
    /// The provider's connection string: for SQLite, for example <c>Data Source=App_Data/orders.db</c> (the file and its
    /// directory are created by <see cref="Microsoft.Extensions.DependencyInjection.OrderConfirmationStorageServiceCollectionExtensions.MigrateOrderConfirmationDatabaseAsync"/>);
    /// for PostgreSQL an Npgsql connection string, whose search path chooses the schema. Required.
    /// </summary>
    public string? ConnectionString { get; set; }

    /// <summary>How long a SQLite writer waits for another to finish before failing (default 30 seconds); unused on PostgreSQL.</summary>
    public TimeSpan SqliteBusyTimeout { get; set; } = OrderConfirmationDbContextOptionsExtensions.DefaultBusyTimeout;

    /// <summary>Uses SQLite with this connection string.</summary>
    /// <returns>These options.</returns>
    public OrderConfirmationStorageOptions UseSqlite(string connectionString)
    {
        Provider = OrderConfirmationStorageProvider.Sqlite;
        ConnectionString = connectionString;
        return this;
    }

    /// <summary>Uses PostgreSQL with this Npgsql connection string.</summary>
    /// <returns>These options.</returns>
    public OrderConfirmationStorageOptions UsePostgreSql(string connectionString)
    {
        Provider = OrderConfirmationStorageProvider.PostgreSql;
        ConnectionString = connectionString;
        return this;
    }
}
