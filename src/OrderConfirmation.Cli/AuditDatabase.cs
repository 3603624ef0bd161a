using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Npgsql;
using OrderConfirmation.Audit;
using OrderConfirmation.EntityFrameworkCore;
using OrderConfirmation.Supervision;

namespace OrderConfirmation.Cli;

/// <summary>
/// <c>orderconfirm audit verify --provider … --connection …</c>: verifies the audit trail of a database store through
/// <see cref="EntityFrameworkOrderStore{TContext}.VerifyAsync"/>. Kept apart from <see cref="AuditVerifyCommand"/> so that
/// Entity Framework Core and the providers are loaded only when a database is verified. A SQLite file is opened
/// read-only (a missing file is an error, not a new empty database).
/// </summary>
internal static class AuditDatabase
{
    /// <summary>Verifies and writes the result; returns the exit code.</summary>
    public static int Verify(string provider, string connectionString, ExpectedHead? expected, bool json, TextWriter output, TextWriter error)
    {
        var (read, result, label, exitCode) = ReadStore(provider, connectionString, error,
            trail => ExpectedHead.Verify(expected, head => trail.VerifyAsync(head).AsTask().GetAwaiter().GetResult()));
        return read
            ? AuditVerificationWriter.Report(output, AuditSource.Database(label), result.Checkpoint, result.Verification, json)
            : exitCode;
    }

    /// <summary>
    /// Reads every entry of a database store's trail for <c>orderconfirm audit sample</c> and verifies them; <see langword="null"/>
    /// after writing why to <paramref name="error"/> (not a connection string, or not an audit store).
    /// </summary>
    public static (SupervisionTrail? Trail, string Label) Read(string provider, string connectionString, TextWriter error)
    {
        var (read, trail, label, _) = ReadStore(provider, connectionString, error,
            store => SupervisionTrail.Of(store.ReadAsync(AuditQuery.All).ToBlockingEnumerable().ToList()));
        return (read ? trail : null, label);
    }

    /// <summary>
    /// Opens the store and reads it with <paramref name="read"/>; or writes why it cannot and gives the exit code: 1 for a
    /// malformed connection string, 2 for a database that cannot be read as an audit store.
    /// </summary>
    private static (bool Read, T Value, string Label, int ExitCode) ReadStore<T>(string provider, string connectionString, TextWriter error, Func<IAuditTrail, T> read)
    {
        IAuditTrail trail;
        string label;
        try
        {
            (trail, label) = Open(provider, connectionString);
        }
        catch (ArgumentException e)
        {
            error.WriteLine($"error: --connection: not a {provider} connection string ({e.Message})");
            return (false, default!, provider, ExitCodes.Usage);
        }

        try
        {
            return (true, read(trail), label, ExitCodes.Success);
        }
        catch (Exception e) when (e is DbException or InvalidOperationException or TimeoutException)
        {
            error.WriteLine($"error: {label}: cannot be read as an audit store ({e.Message.TrimEnd('.')}); is it a database of OrderConfirmation.EntityFrameworkCore, migrated?");
            return (false, default!, label, ExitCodes.InvalidInput);
        }
    }

    private static (IAuditTrail Trail, string Label) Open(string provider, string connectionString) =>
        provider == "sqlite" ? Sqlite(connectionString) : PostgreSql(connectionString);

    private static (IAuditTrail Trail, string Label) Sqlite(string connectionString)
    {
        var builder = new SqliteConnectionStringBuilder(connectionString) { Mode = SqliteOpenMode.ReadOnly };
        var options = new DbContextOptionsBuilder<SqliteOrderConfirmationDbContext>().UseSqlite(builder.ToString()).Options;
        return (new EntityFrameworkOrderStore<SqliteOrderConfirmationDbContext>(new PooledDbContextFactory<SqliteOrderConfirmationDbContext>(options)), $"sqlite:{builder.DataSource}");
    }

    private static (IAuditTrail Trail, string Label) PostgreSql(string connectionString)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        var options = new DbContextOptionsBuilder<PostgreSqlOrderConfirmationDbContext>().UseNpgsql(connectionString).Options;
        var schema = builder.SearchPath is { Length: > 0 } path ? $"?search_path={path}" : string.Empty;
        return (new EntityFrameworkOrderStore<PostgreSqlOrderConfirmationDbContext>(new PooledDbContextFactory<PostgreSqlOrderConfirmationDbContext>(options)), $"postgresql://{builder.Host}:{builder.Port}/{builder.Database}{schema}");
    }
}
