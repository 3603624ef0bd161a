using OrderConfirmation.EntityFrameworkCore.Tests.Databases;

namespace OrderConfirmation.EntityFrameworkCore.Tests;

/// <summary>The store's contract on a SQLite file.</summary>
public sealed class SqliteOrderStoreTests : OrderStoreContract<SqliteOrderConfirmationDbContext>
{
    protected override Task<StoreDatabase<SqliteOrderConfirmationDbContext>> CreateDatabaseAsync() =>
        Task.FromResult<StoreDatabase<SqliteOrderConfirmationDbContext>>(new SqliteDatabase());
}
