using System.Text.Json;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using OrderConfirmation.Audit;
using OrderConfirmation.EntityFrameworkCore;
using OrderConfirmation.EntityFrameworkCore.Tests;
using OrderConfirmation.Tests.Builders;

namespace OrderConfirmation.Cli.Tests;

/// <summary>
/// <c>orderconfirm audit verify --provider sqlite|postgresql --connection …</c> (issue 14, point 4): the same outputs
/// and exit codes as for a file, read from a database store: 0 intact, 5 broken or tampered (naming the sequence),
/// 2 not an audit store, 1 misuse.
/// </summary>
public abstract class AuditVerifyDatabaseContract : IAsyncLifetime
{
    protected abstract string Provider { get; }

    protected abstract string ConnectionString { get; }

    /// <summary>How the command names the database.</summary>
    protected abstract string Label { get; }

    public abstract Task InitializeAsync();

    public abstract Task DisposeAsync();

    [Fact]
    public async Task Verify_IntactTrail_ExitsZeroAndPrintsTheEntriesCheckedAndTheHead()
    {
        var head = await WriteAsync(3);

        var (exitCode, output, error) = CliRun.Run("audit", "verify", "--provider", Provider, "--connection", ConnectionString);

        Assert.Equal(0, exitCode);
        Assert.Empty(error);
        Assert.Equal($"{Label}: intact, 6 entries verified\nhead: 6:{head.Hash}\n", output.ReplaceLineEndings("\n"));
    }

    [Fact]
    public async Task Verify_OneRowTampered_ExitsFiveNamingItsSequence()
    {
        await WriteAsync(4);
        await ExecuteAsync("UPDATE oc_audit_entries SET actor = 'li.lei' WHERE sequence = 5");

        var (exitCode, output, _) = CliRun.Run("audit", "verify", "--provider", Provider, "--connection", ConnectionString);

        Assert.Equal(5, exitCode);
        Assert.Contains($"{Label}: broken at entry 5: Altered", output, StringComparison.Ordinal);
        Assert.Contains("entries 1 to 4 verified", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Verify_OneRowTamperedAsJson_NamesTheSequenceAndKind()
    {
        await WriteAsync(4);
        await ExecuteAsync("UPDATE oc_audit_entries SET payload = '{\"command\":\"Confirm\"}' WHERE sequence = 3");

        var (exitCode, output, _) = CliRun.Run("audit", "verify", "--provider", Provider, "--connection", ConnectionString, "--json");

        Assert.Equal(5, exitCode);
        var json = Json(output);
        Assert.Equal(["database", "intact", "entriesVerified", "head", "expectedHead", "firstBad"], json.EnumerateObject().Select(p => p.Name));
        Assert.Equal(Label, json.GetProperty("database").GetString());
        var firstBad = json.GetProperty("firstBad");
        Assert.Equal((3L, "Altered", JsonValueKind.Null), (firstBad.GetProperty("sequence").GetInt64(), firstBad.GetProperty("kind").GetString(), firstBad.GetProperty("line").ValueKind));
    }

    [Fact]
    public async Task Verify_LastRowsDeletedAgainstTheCheckpoint_ExitsFive()
    {
        var head = await WriteAsync(3);
        await ExecuteAsync("DELETE FROM oc_audit_entries WHERE sequence > 4");

        var (exitCode, output, _) = CliRun.Run("audit", "verify", "--provider", Provider, "--connection", ConnectionString, "--expect-head", $"{head.Sequence}:{head.Hash}");

        Assert.Equal(5, exitCode);
        Assert.Contains("broken at entry 5: HeadMismatch", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Verify_BareHashOfTheHead_ExitsZero()
    {
        var head = await WriteAsync(2);

        var (exitCode, output, _) = CliRun.Run("audit", "verify", "--provider", Provider, "--connection", ConnectionString, "--expect-head", head.Hash.ToUpperInvariant(), "--json");

        Assert.Equal(0, exitCode);
        var expected = Json(output).GetProperty("expectedHead");
        Assert.Equal((4L, head.Hash), (expected.GetProperty("sequence").GetInt64(), expected.GetProperty("hash").GetString()));
    }

    [Fact]
    public async Task Verify_BareHashOfAnEarlierHead_ExitsFive()
    {
        var earlier = await WriteAsync(1);
        await WriteAsync(1, first: 1);

        var (exitCode, output, _) = CliRun.Run("audit", "verify", "--provider", Provider, "--connection", ConnectionString, "--expect-head", earlier.Hash);

        Assert.Equal(5, exitCode);
        Assert.Contains("broken at entry 4: HeadMismatch", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Verify_DatabaseWithoutTheStore_ExitsTwo()
    {
        var (exitCode, output, error) = CliRun.Run("audit", "verify", "--provider", Provider, "--connection", EmptyDatabase());

        Assert.Equal(2, exitCode);
        Assert.Empty(output);
        Assert.StartsWith("error: ", error, StringComparison.Ordinal);
        Assert.Contains("cannot be read as an audit store", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Verify_FileAndProvider_ExitsOne()
    {
        await WriteAsync(1);

        var (exitCode, output, error) = CliRun.Run("audit", "verify", "trail.jsonl", "--provider", Provider, "--connection", ConnectionString);

        Assert.Equal(1, exitCode);
        Assert.Empty(output);
        Assert.Contains("not both", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Verify_ProviderWithoutConnection_ExitsOne()
    {
        var (exitCode, _, error) = CliRun.Run("audit", "verify", "--provider", Provider);

        Assert.Equal(1, exitCode);
        Assert.Contains("needs --connection", error, StringComparison.Ordinal);
    }

    /// <summary>A connection string to a database that holds no store (an empty file or schema).</summary>
    protected abstract string EmptyDatabase();

    protected abstract Task ExecuteAsync(string sql);

    /// <summary>Enters <paramref name="orders"/> orders (two entries each); returns the trail's head.</summary>
    protected abstract Task<AuditHead> WriteAsync(int orders, int first = 0);

    protected static async Task<AuditHead> WriteAsync<TContext>(EntityFrameworkOrderStore<TContext> store, int orders, int first)
        where TContext : DbContext
    {
        for (var i = first; i < first + orders; i++)
        {
            await store.CommitAsync(Commits.Enter($"SO-{i}"));
        }

        return await store.GetHeadAsync();
    }

    private static JsonElement Json(string output)
    {
        using var document = JsonDocument.Parse(output);
        return document.RootElement.Clone();
    }
}

/// <summary><c>audit verify --provider sqlite</c> on a SQLite file.</summary>
public sealed class AuditVerifySqliteTests : AuditVerifyDatabaseContract
{
    private readonly string _directory = Directory.CreateTempSubdirectory("oc-cli-db-").FullName;

    private string File => Path.Combine(_directory, "orders.db");

    protected override string Provider => "sqlite";

    protected override string ConnectionString => $"Data Source={File}";

    protected override string Label => $"sqlite:{File}";

    public override async Task InitializeAsync()
    {
        await using var context = new SqliteOrderConfirmationDbContext(Options());
        await context.Database.MigrateAsync();
    }

    public override Task DisposeAsync()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_directory, recursive: true);
        return Task.CompletedTask;
    }

    [Fact]
    public void Verify_MissingFile_ExitsTwoAndCreatesNothing()
    {
        var missing = Path.Combine(_directory, "absent.db");

        var (exitCode, _, error) = CliRun.Run("audit", "verify", "--provider", "sqlite", "--connection", $"Data Source={missing}");

        Assert.Equal(2, exitCode);
        Assert.StartsWith($"error: sqlite:{missing}: cannot be read", error, StringComparison.Ordinal);
        Assert.False(System.IO.File.Exists(missing));
    }

    [Fact]
    public void Verify_JsonLinesFileGivenAsADatabase_ExitsTwo()
    {
        var trail = Path.Combine(AppContext.BaseDirectory, "samples", "audit", "trail.jsonl");

        Assert.Equal(2, CliRun.Run("audit", "verify", "--provider", "sqlite", "--connection", $"Data Source={trail}").ExitCode);
    }

    [Theory]
    [InlineData("Data Source=x.db;Bogus Keyword=1")]
    [InlineData("not a connection string")]
    public void Verify_MalformedConnectionString_ExitsOne(string connectionString)
    {
        var (exitCode, _, error) = CliRun.Run("audit", "verify", "--provider", "sqlite", "--connection", connectionString);

        Assert.Equal(1, exitCode);
        Assert.StartsWith("error: --connection", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("audit", "verify", "--connection", "Data Source=x.db")]
    [InlineData("audit", "verify", "--provider", "mysql", "--connection", "Data Source=x.db")]
    [InlineData("audit", "verify", "--provider", "sqlite", "--connection")]
    public void Verify_BadDatabaseOptions_ExitsOne(params string[] args)
    {
        Assert.Equal(1, CliRun.Run(args).ExitCode);
    }

    protected override string EmptyDatabase()
    {
        var empty = Path.Combine(_directory, "empty.db");
        using (var connection = new SqliteConnection($"Data Source={empty}"))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "CREATE TABLE something_else (id integer)";
            command.ExecuteNonQuery();
        }

        return $"Data Source={empty}";
    }

    protected override async Task ExecuteAsync(string sql)
    {
        await using var connection = new SqliteConnection(ConnectionString);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
    }

    protected override Task<AuditHead> WriteAsync(int orders, int first = 0) =>
        WriteAsync(new EntityFrameworkOrderStore<SqliteOrderConfirmationDbContext>(new PooledDbContextFactory<SqliteOrderConfirmationDbContext>(Options())), orders, first);

    private DbContextOptions<SqliteOrderConfirmationDbContext> Options()
    {
        var options = new DbContextOptionsBuilder<SqliteOrderConfirmationDbContext>().UseSqlite(ConnectionString);
        options.UseOrderConfirmationConnectionSettings();
        return options.Options;
    }
}

/// <summary><c>audit verify --provider postgresql</c> on a schema of the PostgreSQL test server.</summary>
[Trait("Requires", "PostgreSQL")]
public sealed class AuditVerifyPostgresTests : AuditVerifyDatabaseContract
{
    private PostgresSchema? _schema;
    private PostgresSchema? _empty;

    protected override string Provider => "postgresql";

    protected override string ConnectionString => _schema!.ConnectionString;

    protected override string Label
    {
        get
        {
            var builder = new Npgsql.NpgsqlConnectionStringBuilder(ConnectionString);
            return $"postgresql://{builder.Host}:{builder.Port}/{builder.Database}?search_path={_schema!.Name}";
        }
    }

    public override async Task InitializeAsync()
    {
        _schema = await PostgresSchema.CreateAsync();
        _empty = await PostgresSchema.CreateAsync();
        await using var context = new PostgreSqlOrderConfirmationDbContext(Options());
        await context.Database.MigrateAsync();
    }

    public override async Task DisposeAsync()
    {
        await _schema!.DisposeAsync();
        await _empty!.DisposeAsync();
    }

    protected override string EmptyDatabase() => _empty!.ConnectionString;

    protected override async Task ExecuteAsync(string sql)
    {
        await using var connection = await _schema!.OpenAsync();
        await using var command = new Npgsql.NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    protected override Task<AuditHead> WriteAsync(int orders, int first = 0) =>
        WriteAsync(new EntityFrameworkOrderStore<PostgreSqlOrderConfirmationDbContext>(new PooledDbContextFactory<PostgreSqlOrderConfirmationDbContext>(Options())), orders, first);

    private DbContextOptions<PostgreSqlOrderConfirmationDbContext> Options() =>
        new DbContextOptionsBuilder<PostgreSqlOrderConfirmationDbContext>().UseNpgsql(ConnectionString).Options;
}
