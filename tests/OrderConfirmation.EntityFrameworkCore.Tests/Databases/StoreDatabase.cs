using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace OrderConfirmation.EntityFrameworkCore.Tests.Databases;

/// <summary>An empty database of one provider for one test, and the ways a test reaches into it.</summary>
/// <typeparam name="TContext">The provider's context.</typeparam>
public abstract class StoreDatabase<TContext> : IAsyncDisposable
    where TContext : OrderConfirmationDbContext
{
    /// <summary>The options of the store's context on this database.</summary>
    public abstract DbContextOptions<TContext> Options { get; }

    /// <summary>The provider's connection string.</summary>
    public abstract string ConnectionString { get; }

    /// <summary>A context on this database.</summary>
    public abstract TContext CreateContext();

    /// <summary>Options of another context type (a host's own) on this database, with the store's connection settings.</summary>
    public abstract DbContextOptions<THost> OptionsFor<THost>()
        where THost : DbContext;

    /// <summary>A trigger that makes the insert of an audit entry of <paramref name="kind"/> fail with an error.</summary>
    public abstract string FailingInsertTrigger(string kind);

    /// <summary>A store with a pool of its own (its own connections), as another instance of a host would have.</summary>
    public EntityFrameworkOrderStore<TContext> CreateStore() => new(new PooledDbContextFactory<TContext>(Options));

    /// <summary>A case store with a pool of its own (its own connections), as another instance of a host would have.</summary>
    public EntityFrameworkCaseStore<TContext> CreateCaseStore() => new(new PooledDbContextFactory<TContext>(Options));

    /// <summary>Applies the shipped migrations.</summary>
    public async Task MigrateAsync()
    {
        await using var context = CreateContext();
        await context.Database.MigrateAsync();
    }

    /// <summary>Runs SQL as the database's owner would, bypassing the store (to tamper with it, or install a trigger).</summary>
    public async Task<int> ExecuteAsync(string sql)
    {
        await using var context = CreateContext();
        await context.Database.OpenConnectionAsync();
        await using var command = context.Database.GetDbConnection().CreateCommand();
        command.CommandText = sql;
        return await command.ExecuteNonQueryAsync();
    }

    /// <summary>The first column of the rows a query gives, as text, read past the store.</summary>
    public async Task<List<string>> QueryAsync(string sql)
    {
        await using var context = CreateContext();
        await context.Database.OpenConnectionAsync();
        await using var command = context.Database.GetDbConnection().CreateCommand();
        command.CommandText = sql;
        await using var reader = await command.ExecuteReaderAsync();
        var values = new List<string>();
        while (await reader.ReadAsync())
        {
            values.Add(reader.GetString(0));
        }

        return values;
    }

    public abstract ValueTask DisposeAsync();
}
