using OrderConfirmation.EntityFrameworkCore.Tests.Databases;

namespace OrderConfirmation.EntityFrameworkCore.Tests;

/// <summary>The case store's contract on a SQLite file.</summary>
public sealed class SqliteCaseStoreTests : CaseStoreContract<SqliteOrderConfirmationDbContext>
{
    protected override Task<StoreDatabase<SqliteOrderConfirmationDbContext>> CreateDatabaseAsync() =>
        Task.FromResult<StoreDatabase<SqliteOrderConfirmationDbContext>>(new SqliteDatabase());
}
