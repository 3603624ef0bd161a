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

    public override ValueTask DisposeAsync()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_directory, recursive: true);
        return ValueTask.CompletedTask;
    }
}
