using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using OrderConfirmation.Audit;
using OrderConfirmation.EntityFrameworkCore;
using OrderConfirmation.Tests.Builders;

namespace OrderConfirmation.Cli.Tests;

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
