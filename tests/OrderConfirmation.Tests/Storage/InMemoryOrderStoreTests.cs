using NodaTime;
using OrderConfirmation.Audit;
using OrderConfirmation.Lifecycle.State;
using OrderConfirmation.Orders;
using OrderConfirmation.Storage;
using OrderConfirmation.Tests.Builders;

namespace OrderConfirmation.Tests.Storage;

/// <summary>The in-memory store keeps the contract of <see cref="IOrderStore"/>: all or nothing, versions, receipts, one chain.</summary>
public sealed class InMemoryOrderStoreTests
{
    private static readonly LifecycleScenario Scenario = new();
    private readonly InMemoryOrderStore _store = new();

    private static CommandReceipt Receipt(string commandId, string orderId, long version, OrderStatus? status = OrderStatus.Draft) =>
        new(commandId, orderId, LifecycleCommandKind.Enter, "sales.li", Role.SalesRep, LifecycleScenario.Friday10, null, version, 1, status, "fp-" + commandId);

    private static AuditRecord Record(string orderId, string actor = "sales.li", int minutes = 0) =>
        new(LifecycleScenario.Friday10 + Duration.FromMinutes(minutes), actor, "SalesRep", orderId, "CommandAccepted", "{}");

    private static OrderState Draft(string orderId) => Scenario.Draft() with { OrderId = orderId };

    private ValueTask<CommitResult> Enter(string commandId, string orderId, int minutes = 0, string actor = "sales.li") =>
        _store.CommitAsync(new OrderCommit(Receipt(commandId, orderId, 1), 0, Draft(orderId), [Record(orderId, actor, minutes)]));

    [Fact]
    public async Task CommitAsync_NewOrder_IsSavedAtVersionOneWithItsEntries()
    {
        var result = await Enter("c1", "SO-1");

        Assert.Equal((CommitStatus.Saved, 1L), (result.Status, result.Version));
        Assert.Equal(1, Assert.Single(result.Entries).Sequence);
        Assert.Equal(1, (await _store.FindAsync("SO-1"))!.Version);
        Assert.Equal("c1", (await _store.FindCommandAsync("c1"))!.CommandId);
    }

    [Fact]
    public async Task CommitAsync_StaleVersion_IsAConflictWritingNothing()
    {
        await Enter("c1", "SO-1");

        var stale = await _store.CommitAsync(new OrderCommit(Receipt("c2", "SO-1", 1), 0, Draft("SO-1"), [Record("SO-1")]));

        Assert.Equal((CommitStatus.VersionConflict, 1L), (stale.Status, stale.Version));
        Assert.Empty(stale.Entries);
        Assert.Single(_store.AuditLog.Entries);
        Assert.Null(await _store.FindCommandAsync("c2"));
    }

    [Fact]
    public async Task CommitAsync_StoredCommandId_ReturnsTheStoredReceiptWritingNothing()
    {
        await Enter("c1", "SO-1");

        var again = await _store.CommitAsync(new OrderCommit(Receipt("c1", "SO-2", 1), 0, Draft("SO-2"), [Record("SO-2")]));

        Assert.Equal(CommitStatus.DuplicateCommand, again.Status);
        Assert.Equal("SO-1", again.Existing!.OrderId);
        Assert.Null(await _store.FindAsync("SO-2"));
        Assert.Single(_store.AuditLog.Entries);
    }

    [Fact]
    public async Task CommitAsync_WithoutState_KeepsTheVersionAndStoresTheEntries()
    {
        await Enter("c1", "SO-1");

        var refused = await _store.CommitAsync(new OrderCommit(Receipt("c2", "SO-1", 1), 1, null, [Record("SO-1")]));

        Assert.Equal((CommitStatus.Saved, 1L), (refused.Status, refused.Version));
        Assert.Equal(2, _store.AuditLog.Entries.Count);
    }

    [Theory]
    [InlineData(0, true, 2)]
    [InlineData(0, false, 1)]
    [InlineData(-1, false, -1)]
    public async Task CommitAsync_ReceiptVersionNotFollowingTheExpectedOne_Throws(long expected, bool withState, long receiptVersion)
    {
        var commit = new OrderCommit(Receipt("c1", "SO-1", receiptVersion), expected, withState ? Draft("SO-1") : null, [Record("SO-1")]);

        await Assert.ThrowsAsync<ArgumentException>(() => _store.CommitAsync(commit).AsTask());

        Assert.Empty(_store.AuditLog.Entries);
    }

    [Fact]
    public async Task CommitAsync_StateOfAnotherOrder_Throws()
    {
        var commit = new OrderCommit(Receipt("c1", "SO-1", 1), 0, Draft("SO-2"), []);

        var error = await Assert.ThrowsAsync<ArgumentException>(() => _store.CommitAsync(commit).AsTask());

        Assert.Contains("SO-2", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ListAsync_ByStatus_GivesThoseOrdersByOrderId()
    {
        await Enter("c2", "SO-2");
        await Enter("c1", "SO-1");
        await _store.CommitAsync(new OrderCommit(Receipt("c3", "SO-3", 1, OrderStatus.Submitted), 0, Scenario.Submitted() with { OrderId = "SO-3" }, []));

        Assert.Equal(["SO-1", "SO-2"], (await _store.ListAsync([OrderStatus.Draft])).Select(o => o.State.OrderId));
        Assert.Equal(["SO-1", "SO-2", "SO-3"], (await _store.ListAsync([])).Select(o => o.State.OrderId));
        Assert.Empty(await _store.ListAsync([OrderStatus.Confirmed]));
    }

    [Fact]
    public async Task ReadAsync_ByOrderActorAndPeriod_GivesTheMatchingEntriesInSequence()
    {
        await Enter("c1", "SO-1", minutes: 0);
        await Enter("c2", "SO-2", minutes: 10, actor: "sales.ma");
        await Enter("c3", "SO-3", minutes: 20);

        async Task<long[]> Read(AuditQuery query) => await _store.ReadAsync(query).Select(e => e.Sequence).ToArrayAsync();

        var byOrder = await Read(new AuditQuery(OrderId: "SO-2"));
        var byActor = await Read(new AuditQuery(Actor: "sales.li"));
        var byPeriod = await Read(new AuditQuery(From: LifecycleScenario.Friday10 + Duration.FromMinutes(10), To: LifecycleScenario.Friday10 + Duration.FromMinutes(20)));
        var all = await Read(AuditQuery.All);

        Assert.Equal(new long[] { 2 }, byOrder);
        Assert.Equal(new long[] { 1, 3 }, byActor);
        Assert.Equal(new long[] { 2 }, byPeriod);
        Assert.Equal(new long[] { 1, 2, 3 }, all);
    }

    [Fact]
    public async Task VerifyAsync_AfterCommits_IsIntactAtTheHead()
    {
        await Enter("c1", "SO-1");
        await Enter("c2", "SO-2");

        var head = await _store.GetHeadAsync();
        var verification = await _store.VerifyAsync(head);

        Assert.Equal(2, head.Sequence);
        Assert.True(verification.IsIntact);
        Assert.False((await _store.VerifyAsync(new AuditHead(3, head.Hash))).IsIntact);
    }
}
