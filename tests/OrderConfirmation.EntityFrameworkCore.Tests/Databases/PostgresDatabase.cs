using Microsoft.EntityFrameworkCore;
using OrderConfirmation.Tests.Builders;

namespace OrderConfirmation.EntityFrameworkCore.Tests.Databases;

/// <summary>An empty schema of its own on the PostgreSQL test server (see <see cref="PostgresSchema"/>), dropped on dispose.</summary>
public sealed class PostgresDatabase : StoreDatabase<PostgreSqlOrderConfirmationDbContext>
{
    private readonly PostgresSchema _schema;

    private PostgresDatabase(PostgresSchema schema)
    {
        _schema = schema;
        Options = new DbContextOptionsBuilder<PostgreSqlOrderConfirmationDbContext>().UseNpgsql(schema.ConnectionString).Options;
    }

    public override string ConnectionString => _schema.ConnectionString;

    public override DbContextOptions<PostgreSqlOrderConfirmationDbContext> Options { get; }

    public static async Task<PostgresDatabase> CreateAsync() => new(await PostgresSchema.CreateAsync());

    public override PostgreSqlOrderConfirmationDbContext CreateContext() => new(Options);

    public override DbContextOptions<THost> OptionsFor<THost>() => new DbContextOptionsBuilder<THost>().UseNpgsql(ConnectionString).Options;

    public override string FailingInsertTrigger(string kind) =>
        $"""
        CREATE FUNCTION fail_{kind}() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'the test refuses {kind}'; END $$;
        CREATE TRIGGER fail_{kind} BEFORE INSERT ON oc_audit_entries FOR EACH ROW WHEN (NEW.kind = '{kind}') EXECUTE FUNCTION fail_{kind}();
        """;

    public override ValueTask DisposeAsync() => _schema.DisposeAsync();
}
