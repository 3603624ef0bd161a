using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Infrastructure;
using OrderConfirmation.EntityFrameworkCore.Tests.Databases;
using SQLitePCL;

namespace OrderConfirmation.EntityFrameworkCore.Tests;

/// <summary>
/// SQLite has no round trips: it counts the statements the store's connections run, as SQLite's trace reports each one
/// it starts (<c>BEGIN IMMEDIATE</c> and <c>COMMIT</c> included), leaving out the pragmas that set a connection up as it opens.
/// </summary>
public sealed class SqliteRoundTripTests : RoundTripContract<SqliteOrderConfirmationDbContext>
{
    private readonly StatementCounter _statements = new();

    // Reading an order: its query. Knowing the head: BEGIN, three reads, three guarded writes (state, receipt, entries), COMMIT.
    // Reading first: BEGIN, three reads, three writes, COMMIT; after a wrong guess, its three guarded writes besides.
    protected override int Find => 1;

    protected override int CommitKnowingTheHead => 8;

    protected override int CommitReadingFirst => 8;

    protected override int CommitAfterAWrongGuess => 11;

    protected override async Task<int> Count(Func<Task> work)
    {
        var before = _statements.Count;
        await work();
        return _statements.Count - before;
    }

    protected override Task<StoreDatabase<SqliteOrderConfirmationDbContext>> CreateDatabaseAsync() =>
        Task.FromResult<StoreDatabase<SqliteOrderConfirmationDbContext>>(new SqliteDatabase());

    protected override EntityFrameworkOrderStore<SqliteOrderConfirmationDbContext> CreateStore() =>
        new(new PooledDbContextFactory<SqliteOrderConfirmationDbContext>(
            new DbContextOptionsBuilder<SqliteOrderConfirmationDbContext>(Database.Options).AddInterceptors(_statements).Options));

    /// <summary>Traces every connection the store's contexts open, and counts the statements they start.</summary>
    private sealed class StatementCounter : DbConnectionInterceptor
    {
        private int _count;

        public int Count => Volatile.Read(ref _count);

        public override Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
        {
            ConnectionOpened(connection, eventData);
            return Task.CompletedTask;
        }

        public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
        {
            raw.sqlite3_trace(((SqliteConnection)connection).Handle, (_, statement) =>
            {
                if (!statement.TrimStart().StartsWith("PRAGMA", StringComparison.OrdinalIgnoreCase))
                {
                    Interlocked.Increment(ref _count);
                }
            }, null);
        }
    }
}
