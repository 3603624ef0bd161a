using System.Data.Common;
using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Infrastructure;
using OrderConfirmation.EntityFrameworkCore.Tests.Databases;

namespace OrderConfirmation.EntityFrameworkCore.Tests;

/// <summary>
/// Round trips on PostgreSQL: the commands Npgsql sends, as its tracing reports them (the <c>Npgsql</c> activity source,
/// one activity per command, whatever the number of statements in it; a transaction's <c>BEGIN</c> travels with its
/// first command), and each transaction's <c>COMMIT</c>, which Npgsql does not trace, counted as EF Core commits it.
/// </summary>
[Trait("Requires", "PostgreSQL")]
public sealed class PostgresRoundTripTests : RoundTripContract<PostgreSqlOrderConfirmationDbContext>
{
    private static readonly ActivitySource Test = new("OrderConfirmation.EntityFrameworkCore.Tests.RoundTrips");

    private readonly CommitCounter _commits = new();

    // Reading an order: its query. Knowing the head: the lock, the reads and the guarded writes in one command; the COMMIT.
    // Reading first: the lock and the reads; the writes; the COMMIT.
    protected override int Find => 1;

    protected override int CommitKnowingTheHead => 2;

    protected override int CommitReadingFirst => 3;

    protected override async Task<int> Count(Func<Task> work)
    {
        var commands = 0;
        using var parent = new Activity("count");
        using var listener = new ActivityListener
        {
            ShouldListenTo = source => source.Name is "Npgsql" || source == Test,
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = activity =>
            {
                // Only this test's work: other tests run at the same time, each under a trace of its own.
                if (activity.Source.Name == "Npgsql" && activity.TraceId == parent.TraceId)
                {
                    Interlocked.Increment(ref commands);
                }
            },
        };
        ActivitySource.AddActivityListener(listener);
        parent.Start();
        var commits = _commits.Count;
        await work();
        parent.Stop();
        return commands + (_commits.Count - commits);
    }

    protected override async Task<StoreDatabase<PostgreSqlOrderConfirmationDbContext>> CreateDatabaseAsync() => await PostgresDatabase.CreateAsync();

    protected override EntityFrameworkOrderStore<PostgreSqlOrderConfirmationDbContext> CreateStore() =>
        new(new PooledDbContextFactory<PostgreSqlOrderConfirmationDbContext>(
            new DbContextOptionsBuilder<PostgreSqlOrderConfirmationDbContext>(Database.Options).AddInterceptors(_commits).Options));

    /// <summary>Counts the transactions committed through the store's contexts.</summary>
    private sealed class CommitCounter : DbTransactionInterceptor
    {
        private int _count;

        public int Count => Volatile.Read(ref _count);

        public override Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
        {
            Interlocked.Increment(ref _count);
            return Task.CompletedTask;
        }
    }
}
