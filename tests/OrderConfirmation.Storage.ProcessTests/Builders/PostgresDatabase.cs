using System.Data.Common;
using OrderConfirmation.Tests.Builders;

namespace OrderConfirmation.Storage.ProcessTests.Builders;

/// <summary>A schema of its own on the test server (<see cref="PostgresSchema"/>): the search path of the connection string chooses it.</summary>
public sealed class PostgresDatabase : StoreDatabase
{
    private PostgresDatabase(PostgresSchema schema) => Schema = schema;

    /// <summary>The test's schema.</summary>
    public PostgresSchema Schema { get; }

    public override string Provider => "postgresql";

    public override string ConnectionString => Schema.ConnectionString;

    /// <summary>Creates an empty schema.</summary>
    /// <exception cref="InvalidOperationException">No server (the test fails, it never skips).</exception>
    public static async Task<PostgresDatabase> CreateAsync() => new(await PostgresSchema.CreateAsync());

    public override async Task<DbConnection> OpenConnectionAsync() => await Schema.OpenAsync();

    public override ValueTask DisposeAsync() => Schema.DisposeAsync();
}
