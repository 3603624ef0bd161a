using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using OrderConfirmation.Audit;
using OrderConfirmation.EntityFrameworkCore;
using OrderConfirmation.EntityFrameworkCore.Tests;
using OrderConfirmation.Tests.Supervision;

namespace OrderConfirmation.Cli.Tests;

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

    /// <summary><c>audit sample</c> reads a database store's trail as <c>audit verify</c> does.</summary>
    [Fact]
    public async Task Sample_SqliteStore_DrawsFromItsTrailAndChecksEachOrder()
    {
        var store = new EntityFrameworkOrderStore<SqliteOrderConfirmationDbContext>(new PooledDbContextFactory<SqliteOrderConfirmationDbContext>(Options()));
        var complete = new SupervisedOrder("SO-1", NodaTime.Instant.FromUtc(2026, 11, 20, 3, 40));
        var unanswered = new SupervisedOrder("SO-2", NodaTime.Instant.FromUtc(2026, 11, 21, 3, 40)).Without("notified");
        await store.CommitAsync(Commits.Enter("SO-1") with { Audit = complete.Records });
        await store.CommitAsync(Commits.Enter("SO-2") with { Audit = unanswered.Records });

        var one = CliRun.Run("audit", "sample", "--provider", "sqlite", "--connection", ConnectionString, "--from", "2026-11-20", "--to", "2026-11-20", "--size", "5", "--seed", "s");
        var both = CliRun.Run("audit", "sample", "--provider", "sqlite", "--connection", ConnectionString, "--from", "2026-11-20", "--to", "2026-11-21", "--size", "5", "--seed", "s");

        Assert.True(one.ExitCode == 0, one.Error + one.Output);
        Assert.Contains("audit sample of sqlite:", one.Output, StringComparison.Ordinal);
        Assert.Contains("1 eligible, 1 drawn", one.Output, StringComparison.Ordinal);
        Assert.Equal(4, both.ExitCode);
        Assert.Contains("  FAIL  NotificationsAnswered: customer notification N1", both.Output, StringComparison.Ordinal);
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
