using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace OrderConfirmation.EntityFrameworkCore.Tests.Databases;

/// <summary>A SQLite file in a temporary directory of its own, removed on dispose.</summary>
public sealed class SqliteDatabase : StoreDatabase<SqliteOrderConfirmationDbContext>
{
    private readonly string _directory = Directory.CreateTempSubdirectory("oc-ef-").FullName;

    public SqliteDatabase()
    {
        Path = System.IO.Path.Combine(_directory, "orders.db");
        ConnectionString = new SqliteConnectionStringBuilder { DataSource = Path }.ToString();
        Options = Configure(new DbContextOptionsBuilder<SqliteOrderConfirmationDbContext>()).Options;
    }

    /// <summary>The database file.</summary>
    public string Path { get; }

    public override string ConnectionString { get; }

    public override DbContextOptions<SqliteOrderConfirmationDbContext> Options { get; }

    public override SqliteOrderConfirmationDbContext CreateContext() => new(Options);

    public override DbContextOptions<THost> OptionsFor<THost>() => Configure(new DbContextOptionsBuilder<THost>()).Options;

    public override string FailingInsertTrigger(string kind) =>
        $"CREATE TRIGGER fail_{kind} BEFORE INSERT ON oc_audit_entries WHEN NEW.kind = '{kind}' BEGIN SELECT RAISE(ABORT, 'the test refuses {kind}'); END;";

    public override ValueTask DisposeAsync()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_directory, recursive: true);
        return ValueTask.CompletedTask;
    }

    private DbContextOptionsBuilder<T> Configure<T>(DbContextOptionsBuilder<T> builder)
        where T : DbContext
    {
        builder.UseSqlite(ConnectionString).UseOrderConfirmationConnectionSettings();
        return builder;
    }
}
