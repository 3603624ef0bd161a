using NodaTime;
using NodaTime.Testing;
using OrderConfirmation.Cases;
using OrderConfirmation.Kpis;
using OrderConfirmation.Storage;
using OrderConfirmation.Tests.Builders;

namespace OrderConfirmation.Tests.Storage;

public sealed class InMemoryCaseStoreTests
{
    private readonly InMemoryCaseStore _store = new();
    private readonly FakeClock _clock = new(LifecycleScenario.Friday10);
    private readonly CaseCommandProcessor _processor;

    public InMemoryCaseStoreTests() => _processor = new CaseCommandProcessor(_store, new CaseStateMachine(new CaseScenario().Policy), _clock);

    private ValueTask<CaseTransitionResult> Receive(CaseKind kind, string caseId) =>
        _processor.ExecuteAsync(caseId, CaseScenario.Receipt(kind, caseId), CaseScenario.Receiver(kind));

    [Fact]
    public async Task ExecuteAsync_Receive_StoresTheCaseAtVersionOneWithItsAuditEntry()
    {
        await Receive(CaseKind.Query, "C-1");

        var stored = await _store.FindAsync("C-1");
        Assert.Equal(1, stored!.Version);
        Assert.Equal(CaseStatus.Open, stored.State.Status);
        Assert.Equal("CaseCommandAccepted", Assert.Single(_store.AuditLog.Entries).Kind);
    }

    [Fact]
    public async Task ExecuteAsync_Refusal_AuditsItAndKeepsTheVersion()
    {
        await Receive(CaseKind.Query, "C-1");

        var result = await _processor.ExecuteAsync("C-1", new CloseCase(), LifecycleScenario.Officer);

        Assert.False(result.IsAccepted);
        Assert.Equal(1, (await _store.FindAsync("C-1"))!.Version);
        Assert.Equal("CaseCommandRefused", _store.AuditLog.Entries[^1].Kind);
    }

    [Fact]
    public async Task ExecuteAsync_UnknownCase_IsRefusedAndAudited()
    {
        var result = await _processor.ExecuteAsync("C-404", new AnswerCase("a"), LifecycleScenario.Officer);

        Assert.Equal(OrderConfirmation.Lifecycle.State.RefusalReason.WrongState, result.Refusal!.Reason);
        Assert.Null(await _store.FindAsync("C-404"));
        Assert.Single(_store.AuditLog.Entries);
    }

    [Fact]
    public async Task ExecuteAsync_ReceiptOfAnotherId_Throws() =>
        Assert.Equal("caseId", (await Assert.ThrowsAsync<ArgumentException>(() => _processor.ExecuteAsync("C-2", CaseScenario.Receipt(CaseKind.Query, "C-1"), LifecycleScenario.Officer).AsTask())).ParamName);

    [Fact]
    public async Task CommitAsync_StaleVersion_IsAConflictAndWritesNothing()
    {
        await Receive(CaseKind.Query, "C-1");
        var stored = (await _store.FindAsync("C-1"))!;
        var answered = stored.State with { Status = CaseStatus.Answered };

        var first = await _store.CommitAsync(new CaseCommit("C-1", 1, answered, []));
        var second = await _store.CommitAsync(new CaseCommit("C-1", 1, answered, [new OrderConfirmation.Audit.AuditRecord(LifecycleScenario.Friday10, "conf.wang", "ConfirmationOfficer", null, "CaseCommandAccepted", "{}")]));

        Assert.Equal((CommitStatus.Saved, 2L), (first.Status, first.Version));
        Assert.Equal((CommitStatus.VersionConflict, 2L), (second.Status, second.Version));
        Assert.Single(_store.AuditLog.Entries);
    }

    [Fact]
    public async Task CommitAsync_StateOfAnotherCase_Throws()
    {
        var state = new CaseScenario().Received(CaseKind.Query);

        await Assert.ThrowsAsync<ArgumentException>(() => _store.CommitAsync(new CaseCommit("C-2", 0, state, [])).AsTask());
    }

    [Fact]
    public async Task ListOpenAsync_LeavesClosedCasesOut()
    {
        await Receive(CaseKind.Query, "C-1");
        await Receive(CaseKind.Query, "C-2");
        await _processor.ExecuteAsync("C-2", CaseScenario.Answer(CaseKind.Query), LifecycleScenario.Officer);
        await _processor.ExecuteAsync("C-2", new CloseCase(), LifecycleScenario.Officer);
        await Receive(CaseKind.Query, "C-3");
        await _processor.ExecuteAsync("C-3", CaseScenario.Answer(CaseKind.Query), LifecycleScenario.Officer);

        var open = await _store.ListOpenAsync();

        Assert.Equal(["C-1", "C-3"], open.Select(c => c.State.CaseId));
    }

    [Fact]
    public async Task ListOverdueAsync_ListsUnansweredCasesPastDueEarliestFirst()
    {
        await Receive(CaseKind.Complaint, "complaint");
        await Receive(CaseKind.Query, "query");
        await Receive(CaseKind.Query, "answered");
        await _processor.ExecuteAsync("answered", CaseScenario.Answer(CaseKind.Query), LifecycleScenario.Officer);

        // Received Friday 2026-11-27 10:00 (+08): the queries are due Monday 10:00, the complaint Tuesday 10:00.
        var mondayNoon = Instant.FromUtc(2026, 11, 30, 4, 0);
        var wednesday = Instant.FromUtc(2026, 12, 2, 4, 0);

        Assert.Equal(["query"], (await _store.ListOverdueAsync(mondayNoon)).Select(c => c.State.CaseId));
        Assert.Equal(["query", "complaint"], (await _store.ListOverdueAsync(wednesday)).Select(c => c.State.CaseId));
    }
}
