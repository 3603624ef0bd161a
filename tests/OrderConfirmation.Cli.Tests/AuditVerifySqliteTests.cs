using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using OrderConfirmation.Audit;
using OrderConfirmation.EntityFrameworkCore;

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
