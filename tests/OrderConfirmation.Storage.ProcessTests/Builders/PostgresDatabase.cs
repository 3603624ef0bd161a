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

    /// <remarks>
    /// A session idle in a transaction that holds locks on this schema's store tables (table locks last to the end of
    /// the transaction): its client stopped between the statements of a commit, for example after reading the order's
    /// version and before writing its state, entries and receipt.
    /// </remarks>
    public override async Task<bool> HasTransactionInProgressAsync()
    {
        await using var connection = await Schema.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText =
            """
            SELECT count(*) FROM pg_stat_activity a
            WHERE a.state = 'idle in transaction' AND EXISTS (
                SELECT 1 FROM pg_locks l
                WHERE l.pid = a.pid AND l.relation IN ('oc_orders'::regclass, 'oc_commands'::regclass, 'oc_audit_entries'::regclass))
            """;
        return (long)(await command.ExecuteScalarAsync())! > 0;
    }

    public override ValueTask DisposeAsync() => Schema.DisposeAsync();
}
