using Npgsql;

namespace OrderConfirmation.Tests.Builders;

/// <summary>
/// A schema of its own for one test on the <see cref="PostgresServer"/>, so tests running at the same time never see
/// each other's tables: created empty with a unique name, first on the search path of <see cref="ConnectionString"/>,
/// and dropped with everything in it on dispose.
/// </summary>
public sealed class PostgresSchema : IAsyncDisposable
{
    private PostgresSchema(string name, string connectionString)
    {
        Name = name;
        ConnectionString = connectionString;
    }

    /// <summary>The schema's name: <c>test_</c> and 32 hexadecimal digits.</summary>
    public string Name { get; }

    /// <summary>The server's connection string with this schema as the search path (and so a connection pool of its own).</summary>
    public string ConnectionString { get; }

    /// <summary>Creates an empty schema on the test server.</summary>
    /// <exception cref="InvalidOperationException">No server (see <see cref="PostgresServer.ConnectionString"/>).</exception>
    public static async Task<PostgresSchema> CreateAsync()
    {
        var name = $"test_{Guid.NewGuid():N}";
        var server = PostgresServer.ConnectionString;
        await using (var connection = new NpgsqlConnection(server))
        {
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand($"create schema {name}", connection);
            await command.ExecuteNonQueryAsync();
        }

        var builder = new NpgsqlConnectionStringBuilder(server) { SearchPath = name };
        return new PostgresSchema(name, builder.ConnectionString);
    }

    /// <summary>Opens a connection whose unqualified names resolve in this schema.</summary>
    public async Task<NpgsqlConnection> OpenAsync()
    {
        var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        return connection;
    }

    public async ValueTask DisposeAsync()
    {
        await using var connection = new NpgsqlConnection(PostgresServer.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"drop schema if exists {Name} cascade", connection);
        await command.ExecuteNonQueryAsync();
    }
}
