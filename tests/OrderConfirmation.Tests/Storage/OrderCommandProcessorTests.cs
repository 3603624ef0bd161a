using System.Text.Json;
using NodaTime;
using NodaTime.Testing;
using OrderConfirmation.Audit;
using OrderConfirmation.Changes;
using OrderConfirmation.Lifecycle;
using OrderConfirmation.Lifecycle.Commands;
using OrderConfirmation.Lifecycle.State;
using OrderConfirmation.Orders;
using OrderConfirmation.Storage;
using OrderConfirmation.Tests.Builders;

namespace OrderConfirmation.Tests.Storage;

/// <summary>
/// Issue 14, point 1: a command is applied to the stored order and committed with its audit entries and receipt, or
/// not at all; a retried command id returns its first result and writes nothing; a concurrent update is never lost.
/// </summary>
public sealed class OrderCommandProcessorTests : IDisposable
{
    private const string OrderId = "SO-1001";
    private readonly FakeClock _clock = new(LifecycleScenario.Friday10);
    private readonly InMemoryOrderStore _store = new();
    private readonly OrderCommandProcessor _processor;

    public OrderCommandProcessorTests() => _processor = Processor(_store);

    public void Dispose() => _processor.Dispose();

    private OrderCommandProcessor Processor(IOrderStore store) => new(new OrderStateMachine(new LifecycleScenario().Policy), store, _clock);

    private async Task<CommandResult> Run(string commandId, LifecycleCommand command, Actor actor, OrderCommandProcessor? processor = null)
    {
        _clock.Advance(Duration.FromMinutes(1));
        return await (processor ?? _processor).ExecuteAsync(commandId, OrderId, command, actor, CancellationToken.None);
    }

    private async Task<CommandResult> Accept(string commandId, LifecycleCommand command, Actor actor)
    {
        var result = await Run(commandId, command, actor);
        Assert.True(result.Status == CommandStatus.Accepted, $"{command.Kind}: {result.Status} {result.Refusal?.Message}");
        return result;
    }

    private async Task Confirmed()
    {
        await Accept("enter", new EnterOrder(LifecycleScenario.Order), LifecycleScenario.Sales);
        await Accept("submit", new SubmitOrder(LifecycleScenario.Ready), LifecycleScenario.Sales);
        await Accept("review", new StartReview(LifecycleScenario.Ready), LifecycleScenario.Officer);
        await Accept("confirm", new ConfirmOrder(LifecycleScenario.Promised), LifecycleScenario.Head);
    }

    private static string? CommandIdOf(AuditEntry entry)
    {
        using var json = JsonDocument.Parse(entry.Payload);
        return json.RootElement.TryGetProperty("commandId", out var id) ? id.GetString() : null;
    }

    [Fact]
    public async Task ExecuteAsync_NewOrder_StoresVersionOneWithAuditEntryNamingTheCommandId()
    {
        var result = await Run("cmd-1", new EnterOrder(LifecycleScenario.Order), LifecycleScenario.Sales);

        Assert.Equal(CommandStatus.Accepted, result.Status);
        Assert.Equal(1, result.Order!.Version);
        Assert.Equal(OrderStatus.Draft, (await _store.FindAsync(OrderId, CancellationToken.None))!.State.Status);
        var entry = Assert.Single(_store.AuditLog.Entries);
        Assert.Equal(("CommandAccepted", "sales.li", "SalesRep", OrderId, "cmd-1"), (entry.Kind, entry.Actor, entry.Role, entry.OrderId, CommandIdOf(entry)));
        Assert.Equal(new CommandReceipt("cmd-1", OrderId, LifecycleCommandKind.Enter, "sales.li", Role.SalesRep, _clock.GetCurrentInstant(), null, 1, 1, OrderStatus.Draft, result.Receipt!.Fingerprint), result.Receipt);
    }

    [Fact]
    public async Task ExecuteAsync_EachAcceptedCommand_RaisesTheVersionByOne()
    {
        await Confirmed();

        var stored = await _store.FindAsync(OrderId, CancellationToken.None);
        Assert.Equal((4L, OrderStatus.Confirmed), (stored!.Version, stored.State.Status));
        Assert.True(AuditChain.Verify(_store.AuditLog.Entries).IsIntact);
    }

    [Fact]
    public async Task ExecuteAsync_RetriedCommandId_ReturnsTheFirstReceiptAndWritesNothing()
    {
        await Accept("enter", new EnterOrder(LifecycleScenario.Order), LifecycleScenario.Sales);
        var first = await Run("submit", new SubmitOrder(LifecycleScenario.Ready), LifecycleScenario.Sales);
        var entries = _store.AuditLog.Entries.Count;

        var retry = await Run("submit", new SubmitOrder(LifecycleScenario.Ready), LifecycleScenario.Sales);

        Assert.Equal(CommandStatus.Replayed, retry.Status);
        Assert.True(retry.IsAccepted);
        Assert.Equal(first.Receipt, retry.Receipt);
        Assert.Empty(retry.Transitions);
        Assert.Equal(entries, _store.AuditLog.Entries.Count);
        Assert.Equal(2, retry.Order!.Version);
    }

    [Fact]
    public async Task ExecuteAsync_RetriedRefusal_ReplaysTheRefusal()
    {
        await Accept("enter", new EnterOrder(LifecycleScenario.Order), LifecycleScenario.Sales);
        var first = await Run("confirm-early", new ConfirmOrder(LifecycleScenario.Promised), LifecycleScenario.Head);

        var retry = await Run("confirm-early", new ConfirmOrder(LifecycleScenario.Promised), LifecycleScenario.Head);

        Assert.Equal((CommandStatus.Refused, CommandStatus.Replayed), (first.Status, retry.Status));
        Assert.False(retry.IsAccepted);
        Assert.Equal(RefusalReason.WrongState, retry.Refusal!.Reason);
        Assert.Equal(2, _store.AuditLog.Entries.Count);
    }

    [Fact]
    public async Task ExecuteAsync_UsedIdForAnotherCommand_IsIdReusedAndWritesNothing()
    {
        await Accept("cmd", new EnterOrder(LifecycleScenario.Order), LifecycleScenario.Sales);

        var other = await Run("cmd", new SubmitOrder(LifecycleScenario.Ready), LifecycleScenario.Sales);

        Assert.Equal(CommandStatus.IdReused, other.Status);
        Assert.Equal(LifecycleCommandKind.Enter, other.Receipt!.Kind);
        Assert.Single(_store.AuditLog.Entries);
        Assert.Equal(OrderStatus.Draft, other.Order!.State.Status);
    }

    [Fact]
    public async Task ExecuteAsync_SameCommandByAnotherPerson_IsIdReused()
    {
        await Accept("enter", new EnterOrder(LifecycleScenario.Order), LifecycleScenario.Sales);

        var other = await Run("enter", new EnterOrder(LifecycleScenario.Order), new Actor("sales.ma", Role.SalesRep));

        Assert.Equal(CommandStatus.IdReused, other.Status);
    }

    [Fact]
    public async Task ExecuteAsync_ReEnteringAStoredOrder_IsRefusedAuditedAndKeepsTheOrder()
    {
        await Confirmed();

        var again = await Run("enter-again", new EnterOrder(LifecycleScenario.Order), LifecycleScenario.Sales);

        Assert.Equal(CommandStatus.Refused, again.Status);
        Assert.Equal((4L, OrderStatus.Confirmed), (again.Order!.Version, again.Order.State.Status));
        Assert.Equal(("CommandRefused", "enter-again"), (_store.AuditLog.Entries[^1].Kind, CommandIdOf(_store.AuditLog.Entries[^1])));
        Assert.Equal(4, again.Receipt!.Version);
    }

    [Fact]
    public async Task ExecuteAsync_RefusedEntryOfNewOrder_IsAuditedWithNoOrderStored()
    {
        var refused = await Run("enter", new EnterOrder(LifecycleScenario.Order), LifecycleScenario.Head);

        Assert.Equal(CommandStatus.Refused, refused.Status);
        Assert.Null(refused.Order);
        Assert.Null(await _store.FindAsync(OrderId, CancellationToken.None));
        Assert.Equal((0L, (OrderStatus?)null), (refused.Receipt!.Version, refused.Receipt.Status));
        Assert.Equal(("CommandRefused", OrderId), (_store.AuditLog.Entries[0].Kind, _store.AuditLog.Entries[0].OrderId));
    }

    [Fact]
    public async Task ExecuteAsync_OrderChangedByAnotherWriterMeanwhile_PlansAgainOnTheNewState()
    {
        await Accept("enter", new EnterOrder(LifecycleScenario.Order), LifecycleScenario.Sales);
        await Accept("submit", new SubmitOrder(LifecycleScenario.Ready), LifecycleScenario.Sales);
        await Accept("review", new StartReview(LifecycleScenario.CreditHold), LifecycleScenario.Officer);
        // Another process places a hold after this one read the order and before it commits its confirmation.
        using var other = Processor(_store);
        var racing = new RacingStore(_store, () => other.ExecuteAsync("hold", OrderId, new PlaceHold("prepayment first"), LifecycleScenario.Finance, CancellationToken.None));
        using var processor = Processor(racing);
        var seen = new List<OrderStatus?>();

        var result = await processor.ExecuteAsync(
            CommandRequest.For("confirm", OrderId, new ConfirmOrder(LifecycleScenario.Promised), LifecycleScenario.Head),
            (state, _) =>
            {
                seen.Add(state?.Status);
                return ValueTask.FromResult<IReadOnlyList<CommandStep>>([new(new ConfirmOrder(LifecycleScenario.Promised), LifecycleScenario.Head)]);
            },
            CancellationToken.None);

        Assert.Equal([OrderStatus.UnderReview, OrderStatus.OnHold], seen);
        Assert.Equal((CommandStatus.Refused, RefusalReason.WrongState), (result.Status, result.Refusal!.Reason));
        Assert.Equal((4L, OrderStatus.OnHold), (result.Order!.Version, result.Order.State.Status));
        Assert.Equal([("CommandAccepted", "fin.zhao"), ("CommandRefused", "head.chen")], _store.AuditLog.Entries.TakeLast(2).Select(e => (e.Kind, e.Actor)));
    }

    [Fact]
    public async Task ExecuteAsync_AlwaysConflicting_GivesUpAsConflictWritingNothing()
    {
        await Accept("enter", new EnterOrder(LifecycleScenario.Order), LifecycleScenario.Sales);
        using var processor = new OrderCommandProcessor(new OrderStateMachine(new LifecycleScenario().Policy), new AlwaysConflictingStore(_store), _clock) { MaxAttempts = 3 };

        var result = await processor.ExecuteAsync("submit", OrderId, new SubmitOrder(LifecycleScenario.Ready), LifecycleScenario.Sales, CancellationToken.None);

        Assert.Equal(CommandStatus.Conflict, result.Status);
        Assert.Null(result.Receipt);
        Assert.Equal(3, ((AlwaysConflictingStore)processor.Store).Commits);
        Assert.Single(_store.AuditLog.Entries);
    }

    [Fact]
    public async Task ExecuteAsync_RetriedChangeId_IsAppliedOnceAsOneRevision()
    {
        await Confirmed();
        var change = ChangeScenario.Change(LineChange.Modify(1, quantity: 12m));
        CommandPlan plan = (state, _) => ValueTask.FromResult<IReadOnlyList<CommandStep>>(
            [new(new ApplyChange(new ChangeScenario().EvaluateAgainst(state!.ToSnapshot(), change)), LifecycleScenario.Officer)]);
        var request = new CommandRequest($"change:{change.ChangeId}", OrderId, CommandRequest.Digest("change", change.ChangeId));

        var first = await _processor.ExecuteAsync(request, plan, CancellationToken.None);
        var retry = await _processor.ExecuteAsync(request, plan, CancellationToken.None);

        Assert.Equal((CommandStatus.Accepted, CommandStatus.Replayed), (first.Status, retry.Status));
        Assert.Equal(2, retry.Order!.State.Revision);
        Assert.Single(retry.Order.State.Revisions);
        Assert.Single(_store.AuditLog.Entries, e => e.Kind == "ChangeOutcome");
    }

    [Fact]
    public async Task ExecuteAsync_InfeasibleChange_IsRefusedAndItsAssessmentAudited()
    {
        await Confirmed();
        var evaluation = new ChangeScenario().EvaluateAgainst((await _store.FindAsync(OrderId, CancellationToken.None))!.State.ToSnapshot(), ChangeScenario.Change(LineChange.Modify(1, quantity: 80m)));
        Assert.False(evaluation.Feasible);

        var result = await Run("change:CR-7", new ApplyChange(evaluation), LifecycleScenario.Officer);

        Assert.Equal(CommandStatus.Refused, result.Status);
        Assert.Equal(["ChangeRequest", "CommandRefused", "ChangeOutcome"], _store.AuditLog.Entries.TakeLast(3).Select(e => e.Kind));
    }

    [Fact]
    public async Task ExecuteAsync_SeveralSteps_AreCommittedTogetherAndStopAtTheFirstRefusal()
    {
        var result = await _processor.ExecuteAsync(
            new CommandRequest("enter-submit", OrderId, "fp"),
            (_, _) => ValueTask.FromResult<IReadOnlyList<CommandStep>>(
            [
                new(new EnterOrder(LifecycleScenario.Order), LifecycleScenario.Sales),
                new(new SubmitOrder(LifecycleScenario.PreliminaryFails), LifecycleScenario.Sales),
                new(new StartReview(LifecycleScenario.Ready), LifecycleScenario.Officer),
            ]),
            CancellationToken.None);

        Assert.Equal(CommandStatus.Refused, result.Status);
        Assert.Equal(2, result.Transitions.Count);
        Assert.Equal((1L, OrderStatus.Draft, LifecycleCommandKind.Submit), (result.Order!.Version, result.Order.State.Status, result.Receipt!.Kind));
        Assert.Equal(["CommandAccepted", "CommandRefused"], _store.AuditLog.Entries.Select(e => e.Kind));
    }

    [Fact]
    public async Task ExecuteAsync_CommandOnAnOrderNotStored_IsRefusedAndAuditedWithNoOrder()
    {
        var result = await Run("confirm", new ConfirmOrder(LifecycleScenario.Promised), LifecycleScenario.Head);

        Assert.Equal((CommandStatus.Refused, RefusalReason.WrongState), (result.Status, result.Refusal!.Reason));
        Assert.Null(result.Order);
        Assert.Equal((OrderId, 0L), (result.Receipt!.OrderId, result.Receipt.Version));
        var entry = Assert.Single(_store.AuditLog.Entries);
        Assert.Equal(("CommandRefused", OrderId), (entry.Kind, entry.OrderId));
    }

    [Fact]
    public async Task ExecuteAsync_PlanForAnotherOrder_ThrowsAndWritesNothing()
    {
        var other = LifecycleScenario.Order with { OrderId = "SO-2" };

        await Assert.ThrowsAsync<InvalidOperationException>(() => Run("enter", new EnterOrder(other), LifecycleScenario.Sales));

        Assert.Empty(_store.AuditLog.Entries);
        Assert.Null(await _store.FindCommandAsync("enter", CancellationToken.None));
    }

    [Fact]
    public async Task ExecuteAsync_AuditLogFails_NothingIsStoredAndTheCommandCanBeRetried()
    {
        var log = new FailingAuditLog { Failing = true };
        var store = new InMemoryOrderStore(log);
        using var processor = Processor(store);

        await Assert.ThrowsAsync<IOException>(() => Run("enter", new EnterOrder(LifecycleScenario.Order), LifecycleScenario.Sales, processor));
        Assert.Null(await store.FindAsync(OrderId, CancellationToken.None));
        Assert.Null(await store.FindCommandAsync("enter", CancellationToken.None));

        log.Failing = false;
        Assert.Equal(CommandStatus.Accepted, (await Run("enter", new EnterOrder(LifecycleScenario.Order), LifecycleScenario.Sales, processor)).Status);
    }

    [Fact]
    public async Task ExecuteAsync_ManyWritersOnOneOrder_LoseNoUpdateAndKeepOneChain()
    {
        await Confirmed();
        await Accept("start", new StartExecution(), LifecycleScenario.Executor);
        // Two processors over one store stand for two processes: they do not share their per-order turns.
        using var second = Processor(_store);
        var reports = Enumerable.Range(1, 60).Select(i => Run($"report-{i}", new ReportProgress(ProgressReport.Milestone($"step {i}")), LifecycleScenario.Executor, i % 2 == 0 ? _processor : second));

        var results = await Task.WhenAll(reports);

        Assert.All(results, r => Assert.Equal(CommandStatus.Accepted, r.Status));
        var stored = (await _store.FindAsync(OrderId, CancellationToken.None))!;
        Assert.Equal(60, stored.State.Reports.Count);
        Assert.Equal(5 + 60, stored.Version);
        Assert.Equal(Enumerable.Range(6, 60).Select(v => (long)v), results.Select(r => r.Receipt!.Version).Order());
        Assert.True(AuditChain.Verify(_store.AuditLog.Entries).IsIntact);
    }

    /// <summary>A store whose first commit lets another writer commit first.</summary>
    private sealed class RacingStore(IOrderStore inner, Func<ValueTask<CommandResult>> rival) : IOrderStore
    {
        private int _raced;

        public ValueTask<StoredOrder?> FindAsync(string orderId, CancellationToken cancellationToken = default) => inner.FindAsync(orderId, cancellationToken);

        public ValueTask<IReadOnlyList<StoredOrder>> ListAsync(IReadOnlyCollection<OrderStatus> statuses, CancellationToken cancellationToken = default) => inner.ListAsync(statuses, cancellationToken);

        public ValueTask<CommandReceipt?> FindCommandAsync(string commandId, CancellationToken cancellationToken = default) => inner.FindCommandAsync(commandId, cancellationToken);

        public async ValueTask<CommitResult> CommitAsync(OrderCommit commit, CancellationToken cancellationToken = default)
        {
            if (Interlocked.Exchange(ref _raced, 1) == 0)
            {
                Assert.Equal(CommandStatus.Accepted, (await rival()).Status);
            }

            return await inner.CommitAsync(commit, cancellationToken);
        }
    }

    /// <summary>A store on which every commit meets a version conflict.</summary>
    private sealed class AlwaysConflictingStore(IOrderStore inner) : IOrderStore
    {
        public int Commits { get; private set; }

        public ValueTask<StoredOrder?> FindAsync(string orderId, CancellationToken cancellationToken = default) => inner.FindAsync(orderId, cancellationToken);

        public ValueTask<IReadOnlyList<StoredOrder>> ListAsync(IReadOnlyCollection<OrderStatus> statuses, CancellationToken cancellationToken = default) => inner.ListAsync(statuses, cancellationToken);

        public ValueTask<CommandReceipt?> FindCommandAsync(string commandId, CancellationToken cancellationToken = default) => inner.FindCommandAsync(commandId, cancellationToken);

        public ValueTask<CommitResult> CommitAsync(OrderCommit commit, CancellationToken cancellationToken = default)
        {
            Commits++;
            return ValueTask.FromResult(new CommitResult(CommitStatus.VersionConflict, commit.ExpectedVersion + 1, []));
        }
    }

    /// <summary>An audit log that refuses every append while <see cref="Failing"/>, as a full disk would.</summary>
    private sealed class FailingAuditLog : IAuditLog
    {
        private readonly InMemoryAuditLog _inner = new();

        public bool Failing { get; set; }

        public IReadOnlyList<AuditEntry> Entries => _inner.Entries;

        public AuditHead Head => _inner.Head;

        public AuditEntry Append(AuditRecord record) => Failing ? throw new IOException("disk full") : _inner.Append(record);
    }
}
