using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection.Extensions;
using OrderConfirmation.Audit;
using OrderConfirmation.EntityFrameworkCore;
using OrderConfirmation.EntityFrameworkCore.DependencyInjection;
using OrderConfirmation.EntityFrameworkCore.Internal;
using OrderConfirmation.Storage;

#pragma warning disable IDE0130 // The extension lives where hosts look for AddXxx methods.
namespace Microsoft.Extensions.DependencyInjection;
#pragma warning restore IDE0130

/// <summary>Registers the database store of the order-confirmation library in a host's service collection.</summary>
public static class OrderConfirmationStorageServiceCollectionExtensions
{
    /// <summary>
    /// Registers a pooled context factory for the provider's context (<see cref="SqliteOrderConfirmationDbContext"/>, with
    /// the write-ahead log, durable commits and the busy timeout; or <see cref="PostgreSqlOrderConfirmationDbContext"/>, with statements prepared automatically and pooled
    /// connections kept without <c>DISCARD ALL</c> unless the connection string says otherwise),
    /// and one <see cref="EntityFrameworkOrderStore{TContext}"/> over it as <see cref="IOrderStore"/> and
    /// <see cref="IAuditTrail"/>, and an <see cref="EntityFrameworkCaseStore{TContext}"/> as <see cref="ICaseStore"/>, its
    /// entries on the same trail (unless the host registered its own). Nothing is created in the database: call
    /// <see cref="MigrateOrderConfirmationDatabaseAsync"/> when the host starts.
    /// </summary>
    /// <param name="services">The host's services.</param>
    /// <param name="configure">Chooses the provider and connection string, for example <c>o =&gt; o.UseSqlite("Data Source=orders.db")</c>.</param>
    /// <returns>The same service collection.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="services"/> or <paramref name="configure"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">No connection string, an unknown provider, or a busy timeout out of range.</exception>
    public static IServiceCollection AddOrderConfirmationEntityFrameworkCore(this IServiceCollection services, Action<OrderConfirmationStorageOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configure);
        var options = new OrderConfirmationStorageOptions();
        configure(options);
        if (string.IsNullOrWhiteSpace(options.ConnectionString))
        {
            throw new ArgumentException("The order store needs a connection string: call UseSqlite(…) or UsePostgreSql(…), or set ConnectionString.", nameof(configure));
        }

        if (options.SqliteBusyTimeout < TimeSpan.Zero || options.SqliteBusyTimeout > TimeSpan.FromDays(1))
        {
            throw new ArgumentException($"SqliteBusyTimeout must be between zero and one day (is {options.SqliteBusyTimeout}).", nameof(configure));
        }

        var connectionString = options.ConnectionString;
        switch (options.Provider)
        {
            case OrderConfirmationStorageProvider.Sqlite:
                services.AddPooledDbContextFactory<SqliteOrderConfirmationDbContext>(o => o.UseSqlite(connectionString).UseOrderConfirmationConnectionSettings(options.SqliteBusyTimeout));
                AddStore<SqliteOrderConfirmationDbContext>(services);
                break;
            case OrderConfirmationStorageProvider.PostgreSql:
                services.AddPooledDbContextFactory<PostgreSqlOrderConfirmationDbContext>(o => o.UseNpgsql(PostgreSqlConnectionSettings.Tuned(connectionString)));
                AddStore<PostgreSqlOrderConfirmationDbContext>(services);
                break;
            default:
                throw new ArgumentException($"The storage provider {options.Provider} is not one of Sqlite, PostgreSql.", nameof(configure));
        }

        return services;
    }

    /// <summary>
    /// Applies the migrations this package ships to the registered database, creating the store's tables in an empty
    /// SQLite file (and its directory) or PostgreSQL schema and bringing an older one up to date. Safe to call on every
    /// start, also from several instances at once (Entity Framework Core takes a migration lock).
    /// </summary>
    /// <param name="services">The host's built services, after <see cref="AddOrderConfirmationEntityFrameworkCore"/>.</param>
    /// <param name="cancellationToken">Cancels the migration.</param>
    /// <exception cref="ArgumentNullException"><paramref name="services"/> is <see langword="null"/>.</exception>
    /// <exception cref="InvalidOperationException">The store was not registered with <see cref="AddOrderConfirmationEntityFrameworkCore"/>.</exception>
    public static Task MigrateOrderConfirmationDatabaseAsync(this IServiceProvider services, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(services);
        var migrator = services.GetService<IStoreMigrator>()
            ?? throw new InvalidOperationException("The order store is not registered: call services.AddOrderConfirmationEntityFrameworkCore(…) first.");
        return migrator.MigrateAsync(cancellationToken);
    }

    private static void AddStore<TContext>(IServiceCollection services)
        where TContext : DbContext
    {
        services.TryAddSingleton<EntityFrameworkOrderStore<TContext>>();
        services.TryAddSingleton<IOrderStore>(sp => sp.GetRequiredService<EntityFrameworkOrderStore<TContext>>());
        services.TryAddSingleton<IAuditTrail>(sp => sp.GetRequiredService<EntityFrameworkOrderStore<TContext>>());
        services.TryAddSingleton<IAuditAppender>(sp => sp.GetRequiredService<EntityFrameworkOrderStore<TContext>>());
        services.TryAddSingleton<IStoreMigrator, StoreMigrator<TContext>>();
        services.TryAddSingleton<ICaseStore, EntityFrameworkCaseStore<TContext>>();
    }
}
