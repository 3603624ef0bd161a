using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using OrderConfirmation.Storage;

namespace OrderConfirmation.Benchmarks;

/// <summary>Where the audited commands of <see cref="AuditedCommandBenchmarks"/> are stored.</summary>
public enum StoreKind
{
    /// <summary>The library's <see cref="InMemoryOrderStore"/>: the lifecycle, the audit records and the state documents without a database.</summary>
    InMemory,

    /// <summary>A SQLite file through the EF Core store: write-ahead log, <c>synchronous=FULL</c> as the store sets it.</summary>
    Sqlite,

    /// <summary>A schema of its own on the PostgreSQL server in <c>ORDERCONFIRMATION_POSTGRES</c>, with the server's durability settings.</summary>
    PostgreSql,
}

/// <summary>
/// A store of one kind, with the processors the benchmark's clients use: one processor over one store for all of them
/// (one host serving several requests at once, whose commits the store groups), or a store and a processor each (as
/// many host instances, each committing on its own connection).
/// </summary>
public sealed class BenchmarkStore : IAsyncDisposable
{
    /// <summary>The environment variable with the PostgreSQL server's Npgsql connection string (<c>eng/postgres.sh start</c> prints one).</summary>
    public const string PostgresVariable = "ORDERCONFIRMATION_POSTGRES";

    private readonly List<IAsyncDisposable> _owned = [];
    private readonly List<OrderCommandProcessor> _processors = [];
    private string? _directory;
    private string? _schema;
    private string? _server;

    private BenchmarkStore()
    {
    }

    /// <summary>The processor of each client.</summary>
    public IReadOnlyList<OrderCommandProcessor> Processors => _processors;

    /// <summary>Creates the database (an empty SQLite file, or an empty PostgreSQL schema) with its tables.</summary>
    /// <exception cref="InvalidOperationException">PostgreSQL was asked for and <see cref="PostgresVariable"/> is not set.</exception>
    public static async Task<BenchmarkStore> CreateAsync(StoreKind kind, int clients, bool storePerClient, ReviewedOrders orders)
    {
        var store = new BenchmarkStore();
        var connectionString = kind switch
        {
            StoreKind.Sqlite => store.CreateSqliteFile(),
            StoreKind.PostgreSql => await store.CreatePostgreSqlSchemaAsync(),
            _ => null,
        };
        for (var client = 0; client < (storePerClient ? clients : 1); client++)
        {
            IOrderStore orderStore;
            if (connectionString is null)
            {
                orderStore = new InMemoryOrderStore();
            }
            else
            {
                var services = new ServiceCollection()
                    .AddOrderConfirmationEntityFrameworkCore(o => _ = kind == StoreKind.PostgreSql ? o.UsePostgreSql(connectionString) : o.UseSqlite(connectionString))
                    .BuildServiceProvider();
                store._owned.Add(services);
                if (client == 0)
                {
                    await services.MigrateOrderConfirmationDatabaseAsync();
                }

                orderStore = services.GetRequiredService<IOrderStore>();
            }

            store._processors.Add(new OrderCommandProcessor(ReviewedOrders.Machine, orderStore, orders.Clock));
        }

        while (store._processors.Count < clients)
        {
            store._processors.Add(store._processors[0]);
        }

        return store;
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var processor in _processors.Distinct())
        {
            processor.Dispose();
        }

        foreach (var owned in _owned)
        {
            await owned.DisposeAsync();
        }

        if (_directory is not null)
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(_directory, recursive: true);
        }

        if (_schema is not null)
        {
            NpgsqlConnection.ClearAllPools();
            await ExecuteAsync(_server!, $"DROP SCHEMA {_schema} CASCADE");
        }
    }

    private static async Task ExecuteAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    private string CreateSqliteFile()
    {
        _directory = Directory.CreateTempSubdirectory("oc-bench-").FullName;
        return $"Data Source={Path.Combine(_directory, "orders.db")}";
    }

    private async Task<string> CreatePostgreSqlSchemaAsync()
    {
        _server = Environment.GetEnvironmentVariable(PostgresVariable) is { Length: > 0 } server
            ? server
            : throw new InvalidOperationException($"The PostgreSQL cases need a server: run `export {PostgresVariable}=$(bash eng/postgres.sh start)` first.");
        _schema = $"bench_{Guid.NewGuid():N}";
        await ExecuteAsync(_server, $"CREATE SCHEMA {_schema}");
        return new NpgsqlConnectionStringBuilder(_server) { SearchPath = _schema }.ConnectionString;
    }
}
