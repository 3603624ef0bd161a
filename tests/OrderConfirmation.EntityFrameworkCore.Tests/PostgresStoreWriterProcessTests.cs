using System.Diagnostics;
using OrderConfirmation.Audit;
using OrderConfirmation.EntityFrameworkCore.Tests.Databases;
using OrderConfirmation.Storage;
using OrderConfirmation.Tests.Builders;

namespace OrderConfirmation.EntityFrameworkCore.Tests;

/// <summary>Writer processes on one PostgreSQL schema.</summary>
[Trait("Requires", "PostgreSQL")]
public sealed class PostgresStoreWriterProcessTests : StoreWriterProcessContract<PostgreSqlOrderConfirmationDbContext>
{
    protected override string Provider => "postgresql";

    protected override async Task<StoreDatabase<PostgreSqlOrderConfirmationDbContext>> CreateDatabaseAsync() => await PostgresDatabase.CreateAsync();
}
