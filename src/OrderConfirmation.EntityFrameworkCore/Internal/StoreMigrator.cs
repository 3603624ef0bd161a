using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace OrderConfirmation.EntityFrameworkCore.Internal;

/// <summary>Applies the shipped migrations of the registered context; for SQLite, creates the file's directory first.</summary>
internal interface IStoreMigrator
{
    Task MigrateAsync(CancellationToken cancellationToken);
}

/// <inheritdoc />
internal sealed class StoreMigrator<TContext>(IDbContextFactory<TContext> contexts) : IStoreMigrator
    where TContext : DbContext
{
    public async Task MigrateAsync(CancellationToken cancellationToken)
    {
        var context = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        await using var returnContext = context.ConfigureAwait(false);
        if (context.Database.GetDbConnection() is SqliteConnection { DataSource: { Length: > 0 } file } && file != ":memory:"
            && Path.GetDirectoryName(Path.GetFullPath(file)) is { } directory)
        {
            Directory.CreateDirectory(directory);
        }

        await context.Database.MigrateAsync(cancellationToken).ConfigureAwait(false);
    }
}
