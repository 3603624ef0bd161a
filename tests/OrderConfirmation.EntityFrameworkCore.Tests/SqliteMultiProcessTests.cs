using OrderConfirmation.EntityFrameworkCore.Tests.Databases;

namespace OrderConfirmation.EntityFrameworkCore.Tests;

/// <summary>Writer processes on one SQLite file.</summary>
public sealed class SqliteMultiProcessTests : MultiProcessContract<SqliteOrderConfirmationDbContext>
{
    protected override string Provider => "sqlite";

    protected override Task<StoreDatabase<SqliteOrderConfirmationDbContext>> CreateDatabaseAsync() =>
        Task.FromResult<StoreDatabase<SqliteOrderConfirmationDbContext>>(new SqliteDatabase());
}
