using System.Data.Common;
using Microsoft.Data.Sqlite;

namespace OrderConfirmation.Storage.ProcessTests.Builders;

/// <summary>A SQLite file in a directory of its own, deleted with it.</summary>
public sealed class SqliteFile : StoreDatabase
{
    private readonly string _directory = Directory.CreateTempSubdirectory("oc-processes-").FullName;

    /// <summary>The database file (it does not exist until the setup writer creates it).</summary>
    public string Path => System.IO.Path.Combine(_directory, "orders.db");

    public override string Provider => "sqlite";

    public override string ConnectionString => $"Data Source={Path}";

    public override async Task<DbConnection> OpenConnectionAsync()
    {
        var connection = new SqliteConnection(ConnectionString);
        await connection.OpenAsync();
        return connection;
    }

    /// <remarks>
    /// A writer holds the database's one write lock from its <c>BEGIN IMMEDIATE</c> to the end of its <c>COMMIT</c>
    /// (the log's fsync included): if this connection cannot begin a write transaction, a writer is in one.
    /// </remarks>
    public override async Task<bool> HasTransactionInProgressAsync()
    {
        await using var connection = new SqliteConnection($"{ConnectionString};Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandTimeout = 1; // Microsoft.Data.Sqlite retries a busy database until then; the writers are frozen meanwhile
        command.CommandText = "BEGIN IMMEDIATE";
        try
        {
            await command.ExecuteNonQueryAsync();
        }
        catch (SqliteException error) when (error.SqliteErrorCode == 5) // SQLITE_BUSY
        {
            return true;
        }

        command.CommandText = "ROLLBACK";
        await command.ExecuteNonQueryAsync();
        return false;
    }

    public override ValueTask DisposeAsync()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_directory, recursive: true);
        return ValueTask.CompletedTask;
    }
}
