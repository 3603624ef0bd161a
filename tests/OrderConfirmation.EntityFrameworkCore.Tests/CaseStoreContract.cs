using NodaTime;
using OrderConfirmation.Audit;
using OrderConfirmation.Cases;
using OrderConfirmation.EntityFrameworkCore.Tests.Databases;
using OrderConfirmation.Kpis;
using OrderConfirmation.Lifecycle.State;
using OrderConfirmation.Storage;

namespace OrderConfirmation.EntityFrameworkCore.Tests;

/// <summary>
/// What the case store promises (the <see cref="ICaseStore"/> contract, issue 16), run on each provider for real: an
/// empty database per test, migrated with the shipped migrations; the case entries join the orders' one chain, so the
/// oracle for the trail is the in-memory audit log sealing the same records in the same order.
/// </summary>
public abstract class CaseStoreContract<TContext> : IAsyncLifetime
    where TContext : OrderConfirmationDbContext
{
    private static readonly Instant Due = Instant.FromUtc(2026, 11, 30, 2, 0);

    private StoreDatabase<TContext>? _database;

    protected StoreDatabase<TContext> Database => _database ?? throw new InvalidOperationException("InitializeAsync has not run.");

    protected EntityFrameworkCaseStore<TContext> Cases { get; private set; } = null!;

    protected EntityFrameworkOrderStore<TContext> Orders { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        _database = await CreateDatabaseAsync();
        await Database.MigrateAsync();
        Cases = Database.CreateCaseStore();
        Orders = Database.CreateStore();
    }

    public async Task DisposeAsync()
    {
        if (_database is not null)
        {
            await _database.DisposeAsync();
        }
    }

    [Fact]
    public async Task Commit_NewCase_IsSavedAtVersionOneAndFoundAgain()
    {
        var state = Received("C-1", CaseKind.Complaint);

        var result = await Cases.CommitAsync(new CaseCommit("C-1", 0, state, [Record("CaseCommandAccepted")]));

        Assert.Equal((CommitStatus.Saved, 1L), (result.Status, result.Version));
        var found = await Database.CreateCaseStore().FindAsync("C-1");
        Assert.NotNull(found);
        Assert.Equal(1, found.Version);
        Assert.Equal(CaseStateDocument.Write(state), CaseStateDocument.Write(found.State)); // the whole case, member by member
        Assert.Equal(result.Entries, await ToListAsync(Orders.ReadAsync(AuditQuery.All)));
    }

    [Fact]
    public async Task Find_UnknownCase_IsNull()
    {
        await Cases.CommitAsync(new CaseCommit("C-1", 0, Received("C-1"), [Record("CaseCommandAccepted")]));

        Assert.Null(await Cases.FindAsync("C-2"));
        Assert.Null(await Cases.FindAsync("c-1"));
    }

    [Fact]
    public async Task Commit_Changes_EachSaveRaisesTheVersionByOne()
    {
        var received = Received("C-1");
        await Cases.CommitAsync(new CaseCommit("C-1", 0, received, [Record("CaseCommandAccepted")]));

        var answered = await Cases.CommitAsync(new CaseCommit("C-1", 1, received with { Status = CaseStatus.Answered }, [Record("CaseCommandAccepted", 1)]));
        var closed = await Cases.CommitAsync(new CaseCommit("C-1", 2, received with { Status = CaseStatus.Closed }, [Record("CaseCommandAccepted", 2)]));

        Assert.Equal((2L, 3L), (answered.Version, closed.Version));
        var found = await Cases.FindAsync("C-1");
        Assert.Equal((3L, CaseStatus.Closed), (found!.Version, found.State.Status));
    }

    [Fact]
    public async Task Commit_Refusal_KeepsTheVersionAndAppendsItsEntry()
    {
        await Cases.CommitAsync(new CaseCommit("C-1", 0, Received("C-1"), [Record("CaseCommandAccepted")]));

        var result = await Cases.CommitAsync(new CaseCommit("C-1", 1, null, [Record("CaseCommandRefused", 1)]));

        Assert.Equal((CommitStatus.Saved, 1L), (result.Status, result.Version));
        Assert.Equal("CaseCommandRefused", Assert.Single(result.Entries).Kind);
        Assert.Equal(1, (await Cases.FindAsync("C-1"))!.Version);
        Assert.Equal(2, (await Orders.GetHeadAsync()).Sequence);
    }

    [Fact]
    public async Task Commit_AtAStaleVersion_IsAVersionConflictThatWritesNothing()
    {
        var received = Received("C-1");
        await Cases.CommitAsync(new CaseCommit("C-1", 0, received, [Record("CaseCommandAccepted")]));
        await Cases.CommitAsync(new CaseCommit("C-1", 1, received with { Status = CaseStatus.Answered }, [Record("CaseCommandAccepted", 1)]));
        var head = await Orders.GetHeadAsync();

        var result = await Cases.CommitAsync(new CaseCommit("C-1", 1, received with { Status = CaseStatus.Closed }, [Record("CaseCommandAccepted", 2)]));

        Assert.Equal((CommitStatus.VersionConflict, 2L), (result.Status, result.Version));
        Assert.Empty(result.Entries);
        Assert.Equal(head, await Orders.GetHeadAsync());
        var found = await Cases.FindAsync("C-1");
        Assert.Equal((2L, CaseStatus.Answered), (found!.Version, found.State.Status));
    }

    [Fact]
    public async Task Commit_NewCaseThatIsAlreadyStored_IsAVersionConflictThatWritesNothing()
    {
        var first = Received("C-1", CaseKind.Query);
        await Cases.CommitAsync(new CaseCommit("C-1", 0, first, [Record("CaseCommandAccepted")]));

        var result = await Cases.CommitAsync(new CaseCommit("C-1", 0, Received("C-1", CaseKind.Complaint), [Record("CaseCommandAccepted", 1)]));

        Assert.Equal((CommitStatus.VersionConflict, 1L), (result.Status, result.Version));
        Assert.Equal(1, (await Orders.GetHeadAsync()).Sequence);
        Assert.Equal(CaseKind.Query, (await Cases.FindAsync("C-1"))!.State.Kind);
    }

    [Fact]
    public async Task Commit_FailingAuditInsert_WritesNeitherTheCaseNorAnyEntry()
    {
        await Cases.CommitAsync(new CaseCommit("C-1", 0, Received("C-1"), [Record("CaseCommandAccepted")]));
        await Database.ExecuteAsync(Database.FailingInsertTrigger("Boom"));
        var head = await Orders.GetHeadAsync();

        await Assert.ThrowsAnyAsync<Exception>(async () =>
            await Cases.CommitAsync(new CaseCommit("C-1", 1, Received("C-1") with { Status = CaseStatus.Answered }, [Record("CaseCommandAccepted", 1), Record("Boom", 2)])));

        Assert.Equal(head, await Orders.GetHeadAsync());
        var found = await Cases.FindAsync("C-1");
        Assert.Equal((1L, CaseStatus.Open), (found!.Version, found.State.Status));
    }

    [Fact]
    public async Task Commit_StateOfAnotherCase_ThrowsAndWritesNothing()
    {
        await Assert.ThrowsAsync<ArgumentException>(async () => await Cases.CommitAsync(new CaseCommit("C-2", 0, Received("C-1"), [Record("CaseCommandAccepted")])));

        Assert.Null(await Cases.FindAsync("C-2"));
        Assert.Equal(AuditHead.Empty, await Orders.GetHeadAsync());
    }

    [Fact]
    public async Task ListOpen_OpenAndAnsweredCases_ByIdWithoutTheClosed()
    {
        await Save(Received("C-3"));
        await Save(Received("C-1") with { Status = CaseStatus.Answered });
        await Save(Received("C-2") with { Status = CaseStatus.Closed });
        await Save(Received("C-10"));

        var open = await Cases.ListOpenAsync();

        Assert.Equal(["C-1", "C-10", "C-3"], open.Select(c => c.State.CaseId));
        Assert.All(open, c => Assert.Equal(1, c.Version));
    }

    [Fact]
    public async Task ListOverdue_UnansweredCasesPastTheirDue_EarliestDueFirst()
    {
        var asOf = Due + Duration.FromDays(1);
        await Save(Received("C-late") with { ReplyDueAt = Due });
        await Save(Received("C-later") with { ReplyDueAt = Due - Duration.FromHours(2) });
        await Save(Received("C-answered") with { ReplyDueAt = Due, Status = CaseStatus.Answered });
        await Save(Received("C-closed") with { ReplyDueAt = Due, Status = CaseStatus.Closed });
        await Save(Received("C-at") with { ReplyDueAt = asOf }); // due at the instant itself: not yet overdue
        await Save(Received("C-future") with { ReplyDueAt = asOf + Duration.FromHours(1) });

        var overdue = await Cases.ListOverdueAsync(asOf);

        Assert.Equal(["C-later", "C-late"], overdue.Select(c => c.State.CaseId));
    }

    [Fact]
    public async Task ListOverdue_DueOneNanosecondBefore_IsOverdueThoughTheSameTick()
    {
        var due = Due.PlusNanoseconds(10);
        await Save(Received("C-1") with { ReplyDueAt = due });

        Assert.Empty(await Cases.ListOverdueAsync(due));
        Assert.Equal("C-1", Assert.Single(await Cases.ListOverdueAsync(due.PlusNanoseconds(1))).State.CaseId);
    }

    [Fact]
    public async Task Commit_CaseEntriesBetweenOrderCommits_OneIntactChainAsTheInMemoryLogSealsIt()
    {
        var log = new InMemoryAuditLog();
        var enter = Commits.Enter("SO-1001", records: 2);
        var receive = new CaseCommit("C-1", 0, Received("C-1"), [Record("CaseCommandAccepted")]);
        var change = Commits.Change("SO-1001", 1, "change-1");
        var answer = new CaseCommit("C-1", 1, Received("C-1") with { Status = CaseStatus.Answered }, [Record("CaseCommandAccepted", 1), Record("CaseCommandAccepted", 2)]);

        await Orders.CommitAsync(enter);
        var received = await Cases.CommitAsync(receive);
        await Orders.CommitAsync(change);
        var answered = await Cases.CommitAsync(answer);
        foreach (var record in (IEnumerable<AuditRecord>)[.. enter.Audit, .. receive.Audit, .. change.Audit, .. answer.Audit])
        {
            log.Append(record);
        }

        Assert.Equal(log.Entries[2], Assert.Single(received.Entries));
        Assert.Equal(log.Entries.Skip(4), answered.Entries);
        Assert.Equal(log.Entries, await ToListAsync(Orders.ReadAsync(AuditQuery.All)));
        var verification = await Orders.VerifyAsync(log.Head);
        Assert.True(verification.IsIntact, verification.Problem);
    }

    [Fact]
    public async Task Commit_ManyCaseAndOrderCommittersAtOnce_OneContiguousChainAndNoLostChange()
    {
        const int writers = 4;
        const int each = 6;
        const int changesEach = 4;
        await Save(Received("C-SHARED"));

        var acknowledged = await Task.WhenAll(Enumerable.Range(0, writers).Select(w => Task.Run(async () =>
        {
            var cases = Database.CreateCaseStore(); // pools of their own: another instance of the host
            var orders = Database.CreateStore();
            var entries = new List<AuditEntry>();
            for (var i = 0; i < each; i++)
            {
                var saved = await cases.CommitAsync(new CaseCommit($"C-{w}-{i}", 0, Received($"C-{w}-{i}"), [Record("CaseCommandAccepted", i)]));
                var order = await orders.CommitAsync(Commits.Enter($"SO-{w}-{i}", records: 1));
                entries.AddRange(saved.Status == CommitStatus.Saved && order.Status == CommitStatus.Saved ? [.. saved.Entries, .. order.Entries] : throw new InvalidOperationException($"{saved.Status}/{order.Status}"));
            }

            for (var changes = 0; changes < changesEach;)
            {
                var current = (await cases.FindAsync("C-SHARED"))!;
                var result = await cases.CommitAsync(new CaseCommit("C-SHARED", current.Version, current.State with { Notes = [.. current.State.Notes, new CaseNote(current.State.Notes.Count + 1, $"writer {w} note {changes}", "conf.wang", Role.ConfirmationOfficer, Due)] }, [Record("CaseCommandAccepted", changes)]));
                if (result.Status == CommitStatus.Saved)
                {
                    entries.AddRange(result.Entries);
                    changes++;
                }
            }

            return entries;
        })));

        var trail = await ToListAsync(Orders.ReadAsync(AuditQuery.All));
        var verification = await Orders.VerifyAsync();
        Assert.True(verification.IsIntact, verification.Problem);
        Assert.Equal(1 + (writers * ((2 * each) + changesEach)), trail.Count);
        Assert.Equal(Enumerable.Range(1, trail.Count).Select(i => (long)i), trail.Select(e => e.Sequence));
        Assert.All(acknowledged.SelectMany(a => a), entry => Assert.Contains(entry, trail));
        var shared = (await Cases.FindAsync("C-SHARED"))!;
        Assert.Equal(1 + (writers * changesEach), shared.Version);
        Assert.Equal(writers * changesEach, shared.State.Notes.Count); // every saved change is there, none overwritten
        Assert.Equal((writers * each) + 1, (await Cases.ListOpenAsync()).Count);
    }

    protected abstract Task<StoreDatabase<TContext>> CreateDatabaseAsync();

    protected static async Task<List<T>> ToListAsync<T>(IAsyncEnumerable<T> items)
    {
        var list = new List<T>();
        await foreach (var item in items)
        {
            list.Add(item);
        }

        return list;
    }

    protected static AuditRecord Record(string kind, int minute = 0) =>
        new(Commits.At + Duration.FromMinutes(minute), "conf.wang", "ConfirmationOfficer", null, kind, $$"""{"command":"{{kind}}","minute":{{minute}}}""");

    /// <summary>A case as received: open, at the sample instant, due three days later; all that the store needs of it.</summary>
    protected static CaseState Received(string caseId, CaseKind kind = CaseKind.Query) => new()
    {
        CaseId = caseId,
        Kind = kind,
        Channel = CommunicationChannel.Phone,
        ReceivedAt = Commits.At,
        ReceivedBy = "conf.wang",
        OrderId = "SO-1001",
        Reporter = "Wang Fang, Acme Networks",
        Subject = "Where is my order?",
        Description = $"The customer asks about case {caseId}.",
        ReplyDueAt = Due,
    };

    private async Task Save(CaseState state) =>
        Assert.Equal(CommitStatus.Saved, (await Cases.CommitAsync(new CaseCommit(state.CaseId, 0, state, [Record("CaseCommandAccepted")]))).Status);
}
