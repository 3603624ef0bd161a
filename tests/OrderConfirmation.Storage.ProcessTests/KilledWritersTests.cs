using System.Globalization;
using OrderConfirmation.Lifecycle;
using OrderConfirmation.Storage.ProcessTests.Builders;
using Xunit.Abstractions;

namespace OrderConfirmation.Storage.ProcessTests;

/// <summary>
/// Issue 14: kill -9 of writers mid-transaction. Round after round, three StoreWriter processes report on one order
/// without end and are killed with SIGKILL: all of them, frozen at a random moment found to be inside one's commit
/// transaction (the database says a transaction is open); or one at a random moment while the others go on. Afterwards no acknowledged command may be lost, no state may exist without its audit entries (the order's
/// reports, its execution-report entries and the receipts of its report commands agree), the chain must verify, and
/// the database must take new commits.
/// </summary>
public sealed class KilledWritersTests(ITestOutputHelper output)
{
    private const int Rounds = 6;
    private const int WritersPerRound = 3;
    private const int FreshReports = 10;

    [Fact]
    public async Task Report_WritersKilledWhileCommittingToSqlite_NoAcknowledgedCommandLostAndNoStateWithoutItsEntries()
    {
        await using var database = new SqliteFile();

        await KillWhileCommittingAsync(database);
    }

    [Fact]
    [Trait("Requires", "PostgreSQL")]
    public async Task Report_WritersKilledWhileCommittingToPostgreSql_NoAcknowledgedCommandLostAndNoStateWithoutItsEntries()
    {
        await using var database = await PostgresDatabase.CreateAsync();

        await KillWhileCommittingAsync(database);
    }

    private async Task KillWhileCommittingAsync(StoreDatabase database)
    {
        var setup = await WriterSetup.RunAsync(database, "SO-7101");
        var seed = Random.Shared.Next();
        output.WriteLine($"{database.Provider}: random seed {seed}");
        var random = new Random(seed);
        var killed = new List<StoreWriterProcess>();
        try
        {
            for (var round = 1; round <= Rounds; round++)
            {
                var writers = Enumerable.Range(0, WritersPerRound)
                    .Select(i => StoreWriterProcess.Report(database, setup.OrderId, $"k{round}{(char)('a' + i)}", count: 0))
                    .ToList();
                killed.AddRange(writers);
                foreach (var writer in writers)
                {
                    await writer.WaitForAcksAsync(random.Next(2, 10));
                }

                if (round % 2 == 1)
                {
                    // All of them, frozen at a random moment when one of them is inside its commit transaction.
                    var tries = await FreezeWhileOneCommitsAsync(database, writers, random);
                    writers.ForEach(w => w.Kill());
                    output.WriteLine($"round {round}: {WritersPerRound} writers killed, one of them mid-commit (found at freeze {tries})");
                    continue;
                }

                // One at a random moment; the others must go on committing (its lock and its transaction died with it).
                await Task.Delay(random.Next(0, 40));
                var victim = writers[random.Next(writers.Count)];
                victim.Kill();
                var survivors = writers.Where(w => w != victim).ToList();
                foreach (var survivor in survivors)
                {
                    await survivor.WaitForAcksAsync(survivor.Acks.Count + 3);
                }

                await Task.Delay(random.Next(0, 40));
                survivors.ForEach(w => w.Kill());
                output.WriteLine($"round {round}: writer {victim.Name} killed, the others went on, then were killed");
            }
        }
        finally
        {
            killed.ForEach(w => w.Dispose());
        }

        using var fresh = StoreWriterProcess.Report(database, setup.OrderId, "fresh", FreshReports);
        var exitCode = await fresh.WaitForExitAsync();
        Assert.True(exitCode == 0, $"a fresh writer after the kills exited with {exitCode} after {fresh.Acks.Count} acks: {fresh.Errors}");
        Assert.Equal(FreshReports, fresh.Acks.Count);

        var acks = killed.SelectMany(w => w.Acks).Concat(fresh.Acks).ToList();
        var stored = await StoredTrail.ReadAsync(database, setup.OrderId);
        var reports = stored.Order.State.Reports.Count;
        output.WriteLine($"{killed.Count} writers killed; {acks.Count} acks; {reports} reports stored, " +
            $"{stored.ReportReceipts.Count(r => !acks.Any(a => a.CommandId == r.CommandId))} of them committed but not acknowledged");

        // No acknowledged command lost: each has its receipt, its accepted-command entry and its execution report.
        Assert.All(acks, a => Assert.True(stored.Receipts.ContainsKey(a.CommandId), $"acknowledged {a.CommandId} has no receipt"));
        Assert.All(acks, a => Assert.Single(stored.AcceptedCommandsById[a.CommandId]));
        Assert.All(acks, a => Assert.Single(stored.ExecutionReportsByText[a.ReportText]));

        // No state without its audit entries: every report in the order's state was audited and has its receipt, and back.
        Assert.Equal(reports, stored.EntriesOf(AuditEntryKind.ExecutionReport).Count(e => e.OrderId == setup.OrderId));
        Assert.Equal(reports, stored.ReportReceipts.Count);
        Assert.All(stored.ReportReceipts, r => Assert.Single(stored.AcceptedCommandsById[r.CommandId]));
        Assert.All(stored.ReportReceipts, r => Assert.Single(stored.ExecutionReportsByText[WriterAck.MilestoneOf(r.CommandId)]));
        Assert.Equal(setup.Version + reports, stored.Order.Version);

        // A killed writer's commits are its acknowledged ones and at most the one it was killed in.
        Assert.All(killed, w => Assert.Equal(Numbers(w.Acks.Count), CommittedNumbers(stored, w.Name).Take(w.Acks.Count)));
        Assert.All(killed, w => Assert.InRange(CommittedNumbers(stored, w.Name).Count, w.Acks.Count, w.Acks.Count + 1));

        // One chain, intact, contiguous, with exactly the setup's entries and two per stored report.
        Assert.True(stored.Verification.IsIntact, stored.Verification.Problem);
        Assert.Equal(setup.Entries + (2 * reports), stored.Verification.EntriesVerified);
        Assert.Equal(Enumerable.Range(1, (int)stored.Verification.EntriesVerified).Select(i => (long)i), stored.Entries.Select(e => e.Sequence));
    }

    /// <summary>
    /// Freezes the writers (SIGSTOP) at random moments until, while they are frozen, one of them is inside a commit
    /// transaction; returns how many freezes that took, leaving them frozen.
    /// </summary>
    private static async Task<int> FreezeWhileOneCommitsAsync(StoreDatabase database, List<StoreWriterProcess> writers, Random random)
    {
        const int Freezes = 500;
        for (var freeze = 1; freeze <= Freezes; freeze++)
        {
            writers.ForEach(w => w.Pause());
            if (await database.HasTransactionInProgressAsync())
            {
                return freeze;
            }

            writers.ForEach(w => w.Resume());
            await Task.Delay(random.Next(1, 20));
        }

        Assert.Fail($"in {Freezes} freezes no writer was inside a commit transaction");
        return 0;
    }

    /// <summary>The command numbers <c>n</c> of the writer's stored commands <c>&lt;writer&gt;-&lt;n&gt;</c>, in order.</summary>
    private static List<int> CommittedNumbers(StoredTrail stored, string writer) =>
        [.. stored.Receipts.Keys
            .Where(id => id.StartsWith(writer + "-", StringComparison.Ordinal))
            .Select(id => int.Parse(id[(writer.Length + 1)..], CultureInfo.InvariantCulture))
            .Order()];

    private static IEnumerable<int> Numbers(int count) => Enumerable.Range(1, count);
}
