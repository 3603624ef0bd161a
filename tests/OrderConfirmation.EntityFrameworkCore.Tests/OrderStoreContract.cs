using Microsoft.EntityFrameworkCore;
using NodaTime;
using OrderConfirmation.Audit;
using OrderConfirmation.EntityFrameworkCore.Internal;
using OrderConfirmation.EntityFrameworkCore.Tests.Databases;
using OrderConfirmation.Orders;
using OrderConfirmation.Storage;
using OrderConfirmation.Tests.Audit;

namespace OrderConfirmation.EntityFrameworkCore.Tests;

/// <summary>
/// What the store promises (issue 14, point 2), run on each provider for real: an empty database per test, migrated
/// with the shipped migrations. The oracles are the contracts of <see cref="IOrderStore"/> and <see cref="IAuditTrail"/>,
/// and the in-memory audit log, which seals the same records into the same chain.
/// </summary>
public abstract class OrderStoreContract<TContext> : IAsyncLifetime
    where TContext : OrderConfirmationDbContext
{
    private StoreDatabase<TContext>? _database;

    protected StoreDatabase<TContext> Database => _database ?? throw new InvalidOperationException("InitializeAsync has not run.");

    protected EntityFrameworkOrderStore<TContext> Store { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        _database = await CreateDatabaseAsync();
        await Database.MigrateAsync();
        Store = Database.CreateStore();
    }

    public async Task DisposeAsync()
    {
        if (_database is not null)
        {
            await _database.DisposeAsync();
        }
    }

    [Fact]
    public async Task Migrate_EmptyDatabase_LeavesNoPendingMigrationOrModelChange()
    {
        await using var context = Database.CreateContext();

        Assert.Empty(await context.Database.GetPendingMigrationsAsync());
        Assert.False(context.Database.HasPendingModelChanges());
        Assert.Equal(AuditHead.Empty, await Store.GetHeadAsync());
        Assert.Empty(await Store.ListAsync([]));
    }

    [Fact]
    public async Task Migrate_Twice_ChangesNothing()
    {
        await Store.CommitAsync(Commits.Enter("SO-1001"));

        await Database.MigrateAsync();

        Assert.Equal(1, (await Store.FindAsync("SO-1001"))?.Version);
    }

    [Fact]
    public async Task Commit_NewOrder_IsSavedAtVersionOneAndFoundAgain()
    {
        var commit = Commits.Enter("SO-1001");

        var result = await Store.CommitAsync(commit);

        Assert.Equal((CommitStatus.Saved, 1L), (result.Status, result.Version));
        var found = await Database.CreateStore().FindAsync("SO-1001");
        Assert.NotNull(found);
        Assert.Equal(1, found.Version);
        Assert.Equal(OrderStateDocument.Write(commit.State!), OrderStateDocument.Write(found.State)); // the whole state, member by member
    }

    [Fact]
    public async Task Find_UnknownOrder_IsNull()
    {
        await Store.CommitAsync(Commits.Enter("SO-1001"));

        Assert.Null(await Store.FindAsync("SO-1002"));
        Assert.Null(await Store.FindAsync("so-1001"));
    }

    [Fact]
    public async Task Commit_Saved_ReceiptIsFoundByItsCommandId()
    {
        var commit = Commits.Enter("SO-1001", "cmd-1");

        await Store.CommitAsync(commit);

        Assert.Equal(commit.Receipt, await Database.CreateStore().FindCommandAsync("cmd-1"));
        Assert.Null(await Store.FindCommandAsync("cmd-2"));
    }

    [Fact]
    public async Task Commit_Refusal_KeepsTheVersionAndStoresItsReceiptAndAudit()
    {
        await Store.CommitAsync(Commits.Enter("SO-1001"));
        var refusal = Commits.Refuse("SO-1001", 1, "cmd-refused");

        var result = await Store.CommitAsync(refusal);

        Assert.Equal((CommitStatus.Saved, 1L), (result.Status, result.Version));
        Assert.Equal(1, (await Store.FindAsync("SO-1001"))?.Version);
        Assert.Equal(refusal.Receipt, await Store.FindCommandAsync("cmd-refused"));
        Assert.Equal("CommandRefused", Assert.Single(result.Entries).Kind);
        Assert.Equal(3, (await Store.GetHeadAsync()).Sequence);
    }

    [Fact]
    public async Task Commit_Changes_EachSaveRaisesTheVersionByOne()
    {
        await Store.CommitAsync(Commits.Enter("SO-1001"));

        var second = await Store.CommitAsync(Commits.Change("SO-1001", 1, "cmd-2"));
        var third = await Store.CommitAsync(Commits.Change("SO-1001", 2, "cmd-3", OrderStatus.Confirmed));

        Assert.Equal((2L, 3L), (second.Version, third.Version));
        var found = await Store.FindAsync("SO-1001");
        Assert.Equal((3L, OrderStatus.Confirmed, 3), (found!.Version, found.State.Status, found.State.Revision));
    }

    [Fact]
    public async Task Commit_AtAStaleVersion_IsAVersionConflictThatWritesNothing()
    {
        await Store.CommitAsync(Commits.Enter("SO-1001"));
        await Store.CommitAsync(Commits.Change("SO-1001", 1, "cmd-2"));
        var head = await Store.GetHeadAsync();

        var result = await Store.CommitAsync(Commits.Change("SO-1001", 1, "cmd-stale", OrderStatus.Rejected));

        Assert.Equal((CommitStatus.VersionConflict, 2L), (result.Status, result.Version));
        Assert.Empty(result.Entries);
        Assert.Equal(head, await Store.GetHeadAsync());
        Assert.Null(await Store.FindCommandAsync("cmd-stale"));
        Assert.Equal((2L, OrderStatus.UnderReview), ((await Store.FindAsync("SO-1001"))!.Version, (await Store.FindAsync("SO-1001"))!.State.Status));
    }

    [Fact]
    public async Task Commit_EnteringAnOrderThatExists_IsAVersionConflictThatWritesNothing()
    {
        await Store.CommitAsync(Commits.Enter("SO-1001"));

        var result = await Store.CommitAsync(Commits.Enter("SO-1001", "enter-again", actor: "ghost"));

        Assert.Equal((CommitStatus.VersionConflict, 1L), (result.Status, result.Version));
        Assert.Equal("sales.li", (await Store.FindAsync("SO-1001"))!.State.EnteredBy);
        Assert.Equal(2, (await Store.GetHeadAsync()).Sequence);
        Assert.Null(await Store.FindCommandAsync("enter-again"));
    }

    [Fact]
    public async Task Commit_ChangeOfAnOrderNotStored_IsAVersionConflictAtZero()
    {
        var result = await Store.CommitAsync(Commits.Change("SO-404", 1, "cmd-1"));

        Assert.Equal((CommitStatus.VersionConflict, 0L), (result.Status, result.Version));
        Assert.Null(await Store.FindAsync("SO-404"));
        Assert.Equal(AuditHead.Empty, await Store.GetHeadAsync());
    }

    [Fact]
    public async Task Commit_RetriedCommandId_ReturnsTheFirstReceiptAndWritesNothing()
    {
        var first = Commits.Change("SO-1001", 1, "cmd-2");
        await Store.CommitAsync(Commits.Enter("SO-1001"));
        await Store.CommitAsync(first);
        var head = await Store.GetHeadAsync();

        var retried = await Store.CommitAsync(Commits.Change("SO-1001", 2, "cmd-2", OrderStatus.Confirmed));

        Assert.Equal(CommitStatus.DuplicateCommand, retried.Status);
        Assert.Equal(first.Receipt, retried.Existing);
        Assert.Equal(2, retried.Version);
        Assert.Empty(retried.Entries);
        Assert.Equal(head, await Store.GetHeadAsync());
        Assert.Equal(OrderStatus.UnderReview, (await Store.FindAsync("SO-1001"))!.State.Status);
    }

    [Fact]
    public async Task Commit_Saved_EntriesAreTheNextOfTheChainAndReturned()
    {
        await Store.CommitAsync(Commits.Enter("SO-1001", records: 3));

        var result = await Store.CommitAsync(Commits.Enter("SO-1002", records: 2));

        Assert.Equal([4L, 5L], result.Entries.Select(e => e.Sequence));
        Assert.Equal(result.Entries, await ToListAsync(Store.ReadAsync(new AuditQuery(OrderId: "SO-1002"))));
        Assert.Equal(result.Entries[^1].ToHead(), await Store.GetHeadAsync());
    }

    [Fact]
    public async Task Commit_ManyCommits_ChainVerifiesAndIsWhatTheInMemoryLogSeals()
    {
        var log = new InMemoryAuditLog();
        for (var i = 1; i <= 30; i++)
        {
            var commit = Commits.Enter($"SO-{i:D4}", records: 1 + (i % 4));
            await Store.CommitAsync(commit);
            foreach (var record in commit.Audit)
            {
                log.Append(record);
            }
        }

        var verification = await Database.CreateStore().VerifyAsync(log.Head);

        Assert.True(verification.IsIntact, verification.Problem);
        Assert.Equal(log.Entries.Count, verification.EntriesVerified);
        Assert.Equal(log.Entries, await ToListAsync(Store.ReadAsync(AuditQuery.All)));
        Assert.True(AuditChain.Verify(await ToListAsync(Store.ReadAsync(AuditQuery.All)), log.Head).IsIntact);
    }

    [Fact]
    public async Task Commit_AwkwardRecords_AreStoredExactlyAsTheInMemoryLogSealsThem()
    {
        // Instants to the nanosecond and at NodaTime's limits, text with quotes, escapes, CJK, emoji and control characters, long payloads.
        var records = FsCheck.Fluent.Gen.Sample(AuditArbitraries.Record, 60, 40).Where(StorableHere).ToList();
        var log = new InMemoryAuditLog();
        var saved = new List<AuditEntry>();
        for (var i = 0; i < records.Count; i += 4)
        {
            var batch = records.Skip(i).Take(4).ToList();
            var result = await Store.CommitAsync(new OrderCommit(Commits.Receipt($"cmd-{i}", "SO-AUDIT", 0), 0, null, batch));
            saved.AddRange(result.Entries);
            batch.ForEach(r => log.Append(r));
        }

        Assert.Equal(log.Entries, saved);
        Assert.Equal(log.Entries, await ToListAsync(Database.CreateStore().ReadAsync(AuditQuery.All)));
        Assert.True((await Store.VerifyAsync(log.Head)).IsIntact);
    }

    [Fact]
    public async Task Commit_AnAuditInsertFails_NothingIsWritten()
    {
        await Store.CommitAsync(Commits.Enter("SO-1001"));
        await Database.ExecuteAsync(Database.FailingInsertTrigger("Boom"));
        var head = await Store.GetHeadAsync();
        var commit = Commits.Change("SO-1001", 1, "cmd-boom") is var change
            ? change with { Audit = [.. change.Audit, Commits.Record("SO-1001", "Boom", 5)] }
            : null!;

        await Assert.ThrowsAnyAsync<Exception>(async () => await Store.CommitAsync(commit));

        Assert.Equal(head, await Store.GetHeadAsync());
        Assert.Null(await Store.FindCommandAsync("cmd-boom"));
        Assert.Equal((1L, OrderStatus.Submitted), ((await Store.FindAsync("SO-1001"))!.Version, (await Store.FindAsync("SO-1001"))!.State.Status));
        Assert.Equal(CommitStatus.Saved, (await Store.CommitAsync(Commits.Change("SO-1001", 1, "cmd-after"))).Status);
        Assert.True((await Store.VerifyAsync()).IsIntact);
    }

    [Fact]
    public async Task Commit_Cancelled_WritesNothing()
    {
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () => await Store.CommitAsync(Commits.Enter("SO-1001"), cancelled.Token));

        Assert.Null(await Store.FindAsync("SO-1001"));
        Assert.Equal(AuditHead.Empty, await Store.GetHeadAsync());
    }

    [Fact]
    public async Task Append_BetweenCommits_JoinsTheOneChainAsTheInMemoryLogSealsIt()
    {
        var log = new InMemoryAuditLog();
        var enter = Commits.Enter("SO-1001", records: 2);
        var read = Commits.Record("SO-1001", kind: "OrderRead", minute: 5, actor: "audit.zhou", role: "Auditor");
        var change = Commits.Change("SO-1001", 1, "change-1");

        await Store.CommitAsync(enter);
        var appended = await Store.AppendAsync(read);
        await Store.CommitAsync(change);
        foreach (var record in enter.Audit.Append(read).Concat(change.Audit))
        {
            log.Append(record);
        }

        Assert.Equal(log.Entries[2], appended); // the third entry, sealed on the head the commit left
        Assert.Equal(log.Entries, await ToListAsync(Database.CreateStore().ReadAsync(AuditQuery.All)));
        var verification = await Store.VerifyAsync(log.Head);
        Assert.True(verification.IsIntact, verification.Problem);
        Assert.Equal(2, (await Store.FindAsync("SO-1001"))!.Version); // entered and changed once: the append is no version
    }

    [Fact]
    public async Task Append_ManyAppendersAndCommittersAtOnce_OneContiguousChainHoldsEveryEntry()
    {
        const int appenders = 4;
        const int each = 15;
        var appended = await Task.WhenAll(Enumerable.Range(0, appenders).Select(w => Task.Run(async () =>
        {
            var store = Database.CreateStore(); // a pool of its own: another instance of the host
            var entries = new List<AuditEntry>();
            for (var i = 0; i < each; i++)
            {
                entries.Add(await store.AppendAsync(Commits.Record($"SO-{w}", kind: "OrderRead", minute: i, actor: $"reader-{w}", role: "Auditor")));
                var result = await store.CommitAsync(Commits.Enter($"SO-{w}-{i}", records: 1));
                Assert.Equal(CommitStatus.Saved, result.Status);
            }

            return entries;
        })));

        var trail = await ToListAsync(Store.ReadAsync(AuditQuery.All));
        var verification = await Store.VerifyAsync();
        Assert.True(verification.IsIntact, verification.Problem);
        Assert.Equal(2 * appenders * each, trail.Count);
        Assert.Equal(Enumerable.Range(1, trail.Count).Select(i => (long)i), trail.Select(e => e.Sequence));
        Assert.All(appended.SelectMany(a => a), entry => Assert.Contains(entry, trail)); // every acknowledged append is in the chain as returned
    }

    [Fact]
    public async Task Commit_ManyWritersAtOnce_OneContiguousChainHoldsEveryAcknowledgedEntry()
    {
        const int writers = 6;
        const int ordersEach = 10;
        const int changesEach = 5;
        await Store.CommitAsync(Commits.Enter("SO-SHARED", records: 1));

        var acknowledged = await Task.WhenAll(Enumerable.Range(0, writers).Select(w => Task.Run(async () =>
        {
            var store = Database.CreateStore(); // a pool of its own: another instance of the host
            var entries = 0L;
            for (var i = 0; i < ordersEach; i++)
            {
                var result = await store.CommitAsync(Commits.Enter($"SO-{w}-{i}", records: 1 + (i % 3)));
                entries += result.Status == CommitStatus.Saved ? result.Entries.Count : throw new InvalidOperationException($"{result.Status}");
            }

            for (var changes = 0; changes < changesEach;)
            {
                var current = await store.FindAsync("SO-SHARED");
                var result = await store.CommitAsync(Commits.Change("SO-SHARED", current!.Version, $"change-{w}-{changes}"));
                if (result.Status == CommitStatus.Saved)
                {
                    entries += result.Entries.Count;
                    changes++;
                }
            }

            return entries;
        })));

        var verification = await Store.VerifyAsync();
        Assert.True(verification.IsIntact, verification.Problem);
        Assert.Equal(1 + acknowledged.Sum(), verification.EntriesVerified);
        Assert.Equal(1 + (writers * changesEach), (await Store.FindAsync("SO-SHARED"))!.Version); // no lost update
        var sequences = (await ToListAsync(Store.ReadAsync(AuditQuery.All))).Select(e => e.Sequence);
        Assert.Equal(Enumerable.Range(1, (int)verification.EntriesVerified).Select(i => (long)i), sequences);
    }

    [Fact]
    public async Task Commit_ManyCallersOnOneStore_EachGetsItsOwnResultAndTheChainHoldsEveryAcknowledgedEntry()
    {
        await Store.CommitAsync(Commits.Enter("SO-SHARED", records: 1));

        var results = await Task.WhenAll(Enumerable.Range(0, 40).Select(i => Task.Run(async () => i switch
        {
            < 10 => await Store.CommitAsync(Commits.Enter($"SO-{i}")),
            < 20 => await Store.CommitAsync(Commits.Change("SO-SHARED", 1, $"change-{i}")), // one of them wins version 2
            < 30 => await Store.CommitAsync(Commits.Enter("SO-TWICE", "enter-twice")), // one saved, the others its duplicates
            _ => await Store.CommitAsync(Commits.Refuse("SO-SHARED", 1, $"refused-{i}") with { ExpectedVersion = 1 }),
        })));

        Assert.All(results[..10], r => Assert.Equal(CommitStatus.Saved, r.Status));
        Assert.Single(results[10..20], r => r.Status == CommitStatus.Saved);
        Assert.All(results[10..20].Where(r => r.Status != CommitStatus.Saved), r => Assert.Equal((CommitStatus.VersionConflict, 2L), (r.Status, r.Version)));
        Assert.Single(results[20..30], r => r.Status == CommitStatus.Saved);
        var first = await Store.FindCommandAsync("enter-twice");
        Assert.All(results[20..30].Where(r => r.Status != CommitStatus.Saved), r => Assert.Equal((CommitStatus.DuplicateCommand, first), (r.Status, r.Existing)));
        var verification = await Store.VerifyAsync();
        Assert.True(verification.IsIntact, verification.Problem);
        Assert.Equal(1 + results.Sum(r => r.Entries.Count), verification.EntriesVerified);
        Assert.Equal(results.SelectMany(r => r.Entries).OrderBy(e => e.Sequence), (await ToListAsync(Store.ReadAsync(AuditQuery.All))).Skip(1));
    }

    [Fact]
    public async Task Commit_OneFailingCommitAmongConcurrentOnes_FailsAloneAndTheOthersAreSaved()
    {
        await Store.CommitAsync(Commits.Enter("SO-1001"));
        await Database.ExecuteAsync(Database.FailingInsertTrigger("Boom"));
        var bad = Commits.Change("SO-1001", 1, "cmd-boom") is var change ? change with { Audit = [.. change.Audit, Commits.Record("SO-1001", "Boom")] } : null!;

        var tasks = Enumerable.Range(0, 12).Select(i => Task.Run(async () => i == 6
            ? await Store.CommitAsync(bad)
            : await Store.CommitAsync(Commits.Enter($"SO-{i}")))).ToList();

        await Assert.ThrowsAnyAsync<Exception>(() => tasks[6]);
        Assert.All(tasks.Where((_, i) => i != 6), t => Assert.Equal(CommitStatus.Saved, t.Result.Status));
        Assert.Null(await Store.FindCommandAsync("cmd-boom"));
        Assert.Equal(1, (await Store.FindAsync("SO-1001"))!.Version);
        var verification = await Store.VerifyAsync();
        Assert.True(verification.IsIntact, verification.Problem);
        Assert.Equal(2 + (11 * 2), verification.EntriesVerified);
    }

    [Fact]
    public async Task CommitEach_OneTransaction_ChecksEachCommitAsIfAloneAndSealsTheirEntriesInTurn()
    {
        await Store.CommitAsync(Commits.Enter("SO-1001"));
        PreparedCommit[] batch =
        [
            PreparedCommit.From(Commits.Change("SO-1001", 1, "change-a")),
            PreparedCommit.From(Commits.Change("SO-1001", 1, "change-b")), // a conflict: change-a moved the order to 2
            PreparedCommit.From(Commits.Change("SO-1001", 2, "change-c")),
            PreparedCommit.From(Commits.Enter("SO-1002", "enter-1002")),
            PreparedCommit.From(Commits.Enter("SO-1002", "enter-1002")), // the same command again: its duplicate
            PreparedCommit.From(Commits.Enter("SO-1001")), // the first commit's command: a duplicate from the database
        ];

        await using var context = Database.CreateContext();
        var outcomes = await OrderCommitWriter.CommitEachAsync(context, batch, new KnownAuditHead());

        Assert.All(outcomes, o => Assert.Null(o.Error));
        Assert.Equal(
            [(CommitStatus.Saved, 2L), (CommitStatus.VersionConflict, 2L), (CommitStatus.Saved, 3L), (CommitStatus.Saved, 1L), (CommitStatus.DuplicateCommand, 1L), (CommitStatus.DuplicateCommand, 3L)],
            outcomes.Select(o => (o.Result!.Status, o.Result.Version)));
        Assert.Equal(batch[3].Commit.Receipt, outcomes[4].Result!.Existing);
        Assert.Equal([3L, 4L, 5L, 6L], outcomes.SelectMany(o => o.Result!.Entries).Select(e => e.Sequence));
        Assert.True((await Store.VerifyAsync()).IsIntact);
        Assert.Equal(3, (await Store.FindAsync("SO-1001"))!.Version);
    }

    [Fact]
    public async Task Read_ByOrderActorAndPeriod_SelectsWhatTheQueryMatches()
    {
        var log = new InMemoryAuditLog();
        for (var i = 0; i < 12; i++)
        {
            var orderId = $"SO-{i % 3}";
            var actor = i % 2 == 0 ? "li.lei" : "wang.fang";
            AuditRecord[] records = [.. Enumerable.Range(0, 2).Select(k => Commits.Record(orderId, "CommandAccepted", k, actor) is var r
                ? r with { At = r.At + Duration.FromMinutes(10 * i) + Duration.FromNanoseconds(i * 37) }
                : null!)];
            var receipt = Commits.Receipt($"cmd-{i}", orderId, 1, actor: actor);
            await Store.CommitAsync(i < 3 ? new OrderCommit(receipt, 0, Commits.State(orderId), records) : new OrderCommit(receipt, 1, null, records));
            Array.ForEach(records, r => log.Append(r));
        }

        AuditQuery[] queries =
        [
            new(OrderId: "SO-1"),
            new(Actor: "wang.fang"),
            new(OrderId: "SO-2", Actor: "li.lei"),
            new(From: Commits.At + Duration.FromMinutes(30) + Duration.FromNanoseconds(111), To: Commits.At + Duration.FromMinutes(80) + Duration.FromNanoseconds(259)),
            new(Actor: "li.lei", From: Commits.At + Duration.FromMinutes(41)),
            new(OrderId: "SO-9"),
        ];
        foreach (var query in queries)
        {
            Assert.Equal(log.Entries.Where(query.Matches), await ToListAsync(Store.ReadAsync(query)));
        }
    }

    [Fact]
    public async Task Verify_PayloadTamperedInTheDatabase_NamesThatEntry()
    {
        for (var i = 0; i < 4; i++)
        {
            await Store.CommitAsync(Commits.Enter($"SO-{i}"));
        }

        await Database.ExecuteAsync("UPDATE oc_audit_entries SET payload = '{\"command\":\"Confirm\",\"minute\":0}' WHERE sequence = 5");

        var verification = await Store.VerifyAsync();
        Assert.Equal((false, 5L, AuditProblemKind.Altered, 4L), (verification.IsIntact, verification.FirstBadSequence, verification.ProblemKind, verification.EntriesVerified));
        Assert.Contains("entry 5", verification.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Verify_RowDeletedFromTheDatabase_NamesTheMissingEntry()
    {
        for (var i = 0; i < 3; i++)
        {
            await Store.CommitAsync(Commits.Enter($"SO-{i}"));
        }

        await Database.ExecuteAsync("DELETE FROM oc_audit_entries WHERE sequence = 4");

        var verification = await Store.VerifyAsync();
        Assert.Equal((4L, AuditProblemKind.OutOfSequence), (verification.FirstBadSequence, verification.ProblemKind));
    }

    [Fact]
    public async Task Verify_InstantOutOfRangeInTheDatabase_NamesThatEntry()
    {
        await Store.CommitAsync(Commits.Enter("SO-1", records: 3));

        await Database.ExecuteAsync($"UPDATE oc_audit_entries SET at = {long.MaxValue} WHERE sequence = 2");

        Assert.Equal((2L, AuditProblemKind.Altered), ((await Store.VerifyAsync()).FirstBadSequence, (await Store.VerifyAsync()).ProblemKind));
    }

    [Fact]
    public async Task Verify_LastEntriesDeleted_FailsAgainstTheCheckpointedHead()
    {
        await Store.CommitAsync(Commits.Enter("SO-1", records: 3));
        var head = await Store.GetHeadAsync();
        await Database.ExecuteAsync("DELETE FROM oc_audit_entries WHERE sequence = 3");

        var verification = await Store.VerifyAsync(head);

        Assert.Equal((AuditProblemKind.HeadMismatch, 3L), (verification.ProblemKind, verification.FirstBadSequence));
        Assert.True((await Store.VerifyAsync()).IsIntact);
    }

    [Fact]
    public async Task List_ByStatus_GivesTheOrdersInThoseStatusesByOrderId()
    {
        await Store.CommitAsync(Commits.Enter("SO-3"));
        await Store.CommitAsync(Commits.Enter("SO-1"));
        await Store.CommitAsync(Commits.Enter("SO-2"));
        await Store.CommitAsync(Commits.Change("SO-2", 1, "review-2"));
        await Store.CommitAsync(Commits.Change("SO-3", 1, "confirm-3", OrderStatus.Confirmed));

        Assert.Equal(["SO-1", "SO-2"], (await Store.ListAsync([OrderStatus.Submitted, OrderStatus.UnderReview])).Select(o => o.State.OrderId));
        Assert.Equal(["SO-3"], (await Store.ListAsync([OrderStatus.Confirmed])).Select(o => o.State.OrderId));
        Assert.Empty(await Store.ListAsync([OrderStatus.Cancelled]));
        Assert.Equal(["SO-1", "SO-2", "SO-3"], (await Store.ListAsync([])).Select(o => o.State.OrderId));
        Assert.Equal([1L, 2L, 2L], (await Store.ListAsync([])).Select(o => o.Version));
    }

    [Fact]
    public async Task ReadProcessingRecords_Period_GivesTheOrdersReceivedInIt()
    {
        var day = Instant.FromUtc(2026, 11, 2, 0, 0);
        for (var i = 0; i < 6; i++)
        {
            await Store.CommitAsync(Commits.Enter($"SO-{i}", receivedAt: day + Duration.FromDays(i) + Duration.FromNanoseconds(50)));
        }

        var records = await Store.ReadProcessingRecordsAsync(Commits.At, from: day + Duration.FromDays(1) + Duration.FromNanoseconds(50), to: day + Duration.FromDays(4) + Duration.FromNanoseconds(50));

        Assert.Equal(["SO-1", "SO-2", "SO-3"], records.Select(r => r.OrderId));
        Assert.Equal(day + Duration.FromDays(1) + Duration.FromNanoseconds(50), records[0].ReceivedAt);
        Assert.Equal(6, (await Store.ReadProcessingRecordsAsync(Commits.At)).Count);
    }

    [Fact]
    public async Task ReadProcessingRecords_RejectedOrder_IsRejectedAtTheInstantItsClosureRecords()
    {
        var rejectedAt = Commits.At + Duration.FromHours(1);
        await Store.CommitAsync(Commits.Enter("SO-R"));
        var reject = Commits.Change("SO-R", 1, "reject-R", OrderStatus.Rejected);
        await Store.CommitAsync(reject with { State = reject.State! with { Closure = new Lifecycle.State.ActionRecord("conf.wang", Lifecycle.State.Role.ConfirmationOfficer, rejectedAt, "blocked customer") } });

        var record = Assert.Single(await Store.ReadProcessingRecordsAsync(Commits.At + Duration.FromDays(30)));

        Assert.Equal((Kpis.ProcessingOutcome.Rejected, rejectedAt), (record.Outcome, record.ClosedAt!.Value));
    }

    [Fact]
    public async Task Commit_StateOfAnotherOrder_ThrowsAndWritesNothing()
    {
        var commit = Commits.Enter("SO-1") with { State = Commits.State("SO-2") };

        Assert.Equal("commit", (await Assert.ThrowsAsync<ArgumentException>(async () => await Store.CommitAsync(commit))).ParamName);
        Assert.Null(await Store.FindAsync("SO-2"));
    }

    [Fact]
    public async Task Arguments_Null_ThrowNamingTheParameter()
    {
        Assert.Equal("commit", (await Assert.ThrowsAsync<ArgumentNullException>(async () => await Store.CommitAsync(null!))).ParamName);
        Assert.Equal("orderId", (await Assert.ThrowsAsync<ArgumentNullException>(async () => await Store.FindAsync(null!))).ParamName);
        Assert.Equal("commandId", (await Assert.ThrowsAsync<ArgumentNullException>(async () => await Store.FindCommandAsync(null!))).ParamName);
        Assert.Equal("statuses", (await Assert.ThrowsAsync<ArgumentNullException>(async () => await Store.ListAsync(null!))).ParamName);
        Assert.Equal("query", Assert.Throws<ArgumentNullException>(() => Store.ReadAsync(null!)).ParamName);
        Assert.Equal("contexts", Assert.Throws<ArgumentNullException>(() => new EntityFrameworkOrderStore<TContext>(null!)).ParamName);
    }

    protected abstract Task<StoreDatabase<TContext>> CreateDatabaseAsync();

    /// <summary>Whether the provider can store the record's text (PostgreSQL text cannot hold U+0000).</summary>
    protected virtual bool StorableHere(AuditRecord record) => true;

    protected static async Task<List<T>> ToListAsync<T>(IAsyncEnumerable<T> items)
    {
        var list = new List<T>();
        await foreach (var item in items)
        {
            list.Add(item);
        }

        return list;
    }
}
