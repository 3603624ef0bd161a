using System.Data.Common;
using Microsoft.Extensions.DependencyInjection;

namespace OrderConfirmation.Storage.ProcessTests.Builders;

/// <summary>
/// The database one test's writers share: a SQLite file of its own, or a PostgreSQL schema of its own. The test reads
/// it back through the store, as a host would, and through plain SQL on the store's tables.
/// </summary>
public abstract class StoreDatabase : IAsyncDisposable
{
    /// <summary>The provider as the writer takes it: <c>sqlite</c> or <c>postgresql</c>.</summary>
    public abstract string Provider { get; }

    /// <summary>The connection string the writers and the test use.</summary>
    public abstract string ConnectionString { get; }

    /// <summary>A host's services over this database: the store as <see cref="IOrderStore"/> and <see cref="Audit.IAuditTrail"/>.</summary>
    public ServiceProvider OpenStore() => new ServiceCollection()
        .AddOrderConfirmationEntityFrameworkCore(o => _ = Provider == "postgresql" ? o.UsePostgreSql(ConnectionString) : o.UseSqlite(ConnectionString))
        .BuildServiceProvider();

    /// <summary>An open connection for plain SQL on the store's tables.</summary>
    public abstract Task<DbConnection> OpenConnectionAsync();

    /// <summary>
    /// Whether some other connection is inside a transaction on the store's tables right now; asked while the writers
    /// are frozen, it tells that one of them was frozen mid-commit.
    /// </summary>
    public abstract Task<bool> HasTransactionInProgressAsync();

    public abstract ValueTask DisposeAsync();
}
