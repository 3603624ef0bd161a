using OrderConfirmation.EntityFrameworkCore.Tests.Databases;

namespace OrderConfirmation.EntityFrameworkCore.Tests;

/// <summary>Writer processes on one PostgreSQL schema.</summary>
[Trait("Requires", "PostgreSQL")]
public sealed class PostgresMultiProcessTests : MultiProcessContract<PostgreSqlOrderConfirmationDbContext>
{
    protected override string Provider => "postgresql";

    protected override async Task<StoreDatabase<PostgreSqlOrderConfirmationDbContext>> CreateDatabaseAsync() => await PostgresDatabase.CreateAsync();
}
