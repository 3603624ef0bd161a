using OrderConfirmation.EntityFrameworkCore.Tests.Databases;

namespace OrderConfirmation.EntityFrameworkCore.Tests;

/// <summary>A host's own context and transaction on a SQLite file.</summary>
public sealed class SqliteHostTransactionTests : HostTransactionContract<SqliteOrderConfirmationDbContext>
{
    protected override Task<StoreDatabase<SqliteOrderConfirmationDbContext>> CreateDatabaseAsync() =>
        Task.FromResult<StoreDatabase<SqliteOrderConfirmationDbContext>>(new SqliteDatabase());
}
