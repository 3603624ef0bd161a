using OrderConfirmation.EntityFrameworkCore.Tests.Databases;

namespace OrderConfirmation.EntityFrameworkCore.Tests;

/// <summary>A host's own context and transaction on PostgreSQL.</summary>
[Trait("Requires", "PostgreSQL")]
public sealed class PostgresHostTransactionTests : HostTransactionContract<PostgreSqlOrderConfirmationDbContext>
{
    protected override async Task<StoreDatabase<PostgreSqlOrderConfirmationDbContext>> CreateDatabaseAsync() => await PostgresDatabase.CreateAsync();
}
