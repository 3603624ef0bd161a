using System.Diagnostics;
using OrderConfirmation.Storage.ProcessTests.Builders;
using Xunit.Abstractions;

namespace OrderConfirmation.Storage.ProcessTests;

/// <summary>
/// Issue 14: several real OS processes append to one database at once — four StoreWriter processes give progress
/// reports on one order in one SQLite file, and in one PostgreSQL schema. The store must keep one chain that verifies,
/// with exactly the entries of the acknowledged commands (each accepted report records the command and the execution
/// report, article 6.1), no gap, no duplicate, and each command's version unique and contiguous. (The same point for
/// the JSON Lines audit file, a second process refused at open, is tests/OrderConfirmation.Tests/Audit/AuditWriterProcessLockTests.)
/// </summary>
public sealed class ConcurrentWritersTests(ITestOutputHelper output)
{
    private const int Writers = 4;
    private const int ReportsEach = 150;

    [Fact]
    public async Task Report_FourWriterProcessesOnOneSqliteFile_OneIntactChainWithEveryAckOnce()
    {
        await using var database = new SqliteFile();

        await FourWritersAtOnceAsync(database);
    }

    [Fact]
    [Trait("Requires", "PostgreSQL")]
    public async Task Report_FourWriterProcessesOnOnePostgreSqlSchema_OneIntactChainWithEveryAckOnce()
    {
        await using var database = await PostgresDatabase.CreateAsync();

        await FourWritersAtOnceAsync(database);
    }

    /// <summary>The writers above share one schema only if the store's tables land in the search path's schema.</summary>
    [Fact]
    [Trait("Requires", "PostgreSQL")]
    public async Task Setup_SchemaFirstOnTheSearchPath_CreatesTheStoreTablesInThatSchema()
    {
        await using var database = await PostgresDatabase.CreateAsync();

        await WriterSetup.RunAsync(database, "SO-7002");

        await using var connection = await database.OpenConnectionAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT table_name FROM information_schema.tables WHERE table_schema = '{database.Schema.Name}'";
        var tables = new List<string>();
        await using (var reader = await command.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                tables.Add(reader.GetString(0));
            }
        }

        Assert.Subset(tables.ToHashSet(), new HashSet<string> { "oc_orders", "oc_commands", "oc_audit_entries" });
    }

    private async Task FourWritersAtOnceAsync(StoreDatabase database)
    {
        var setup = await WriterSetup.RunAsync(database, "SO-7001");
        var writers = Enumerable.Range(1, Writers).Select(w => StoreWriterProcess.ReportOnGo(database, setup.OrderId, $"w{w}", ReportsEach)).ToList();
        var clock = Stopwatch.StartNew();
        try
        {
            await Task.WhenAll(writers.Select(w => w.WaitUntilReadyAsync()));
            writers.ForEach(w => w.Go());
            foreach (var writer in writers)
            {
                var exitCode = await writer.WaitForExitAsync();
                Assert.True(exitCode == 0, $"writer {writer.Name} exited with {exitCode} after {writer.Acks.Count} acks: {writer.Errors}");
            }
        }
        finally
        {
            writers.ForEach(w => w.Dispose());
        }

        var acks = writers.SelectMany(w => w.Acks).ToList();
        output.WriteLine($"{database.Provider}: {acks.Count} acks from {Writers} processes in {clock.Elapsed.TotalSeconds:F1} s; " +
            $"{writers.Sum(w => w.Errors.Split('\n').Count(l => l.Contains(" conflict ", StringComparison.Ordinal)))} reports given again after a Conflict");
        Assert.All(writers, w => Assert.Equal(ReportsEach, w.Acks.Count));
        output.WriteLine(string.Join("; ", writers.Select(w => $"{w.Name} committed versions {w.Acks.Min(a => a.Version)}..{w.Acks.Max(a => a.Version)}")));
        Assert.True(AllAtWorkAtOnce(writers), "a writer finished before another had begun: the writers did not run at once");

        var stored = await StoredTrail.ReadAsync(database, setup.OrderId);

        Assert.True(stored.Verification.IsIntact, stored.Verification.Problem);
        var expectedEntries = setup.Entries + (2 * acks.Count);
        Assert.Equal(expectedEntries, stored.Verification.EntriesVerified);
        Assert.Equal(Sequences(1, expectedEntries), stored.Entries.Select(e => e.Sequence));
        Assert.All(acks, a => Assert.Single(stored.AcceptedCommandsById[a.CommandId]));
        Assert.All(acks, a => Assert.Single(stored.ExecutionReportsByText[a.ReportText]));

        Assert.Equal(acks.Select(a => a.CommandId).Order(StringComparer.Ordinal), stored.ReportReceipts.Select(r => r.CommandId).Order(StringComparer.Ordinal));
        Assert.All(acks, a => Assert.Equal(a.Version, stored.Receipts[a.CommandId].Version));
        Assert.Equal(Sequences(setup.Version + 1, acks.Count), stored.ReportReceipts.Select(r => r.Version).Order());
        Assert.Equal(acks.Count, stored.Order.State.Reports.Count);
        Assert.Equal(setup.Version + acks.Count, stored.Order.Version);
    }

    /// <summary>
    /// Whether every writer had begun before any had finished: all of them were committing against one another. (Which
    /// of them commits when is up to the database: SQLite's write lock is not fair — a waiting process polls, and the one
    /// that just committed usually takes the lock again first — so one writer may commit all its reports in a row while
    /// the others wait; PostgreSQL's advisory lock queues them instead. The versions each committed are in the output.)
    /// </summary>
    private static bool AllAtWorkAtOnce(IReadOnlyList<StoreWriterProcess> writers) =>
        writers.All(w => w.StartedAt is not null)
        && writers.Max(w => w.StartedAt!.Value) < writers.Min(w => w.Acks.Max(a => a.At));

    private static IEnumerable<long> Sequences(long first, long count)
    {
        for (var i = 0L; i < count; i++)
        {
            yield return first + i;
        }
    }
}
