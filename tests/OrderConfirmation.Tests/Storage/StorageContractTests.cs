using Microsoft.Extensions.Logging;
using NodaTime;
using NodaTime.Testing;
using OrderConfirmation.Audit;
using OrderConfirmation.Lifecycle;
using OrderConfirmation.Lifecycle.Commands;
using OrderConfirmation.Lifecycle.State;
using OrderConfirmation.Orders;
using OrderConfirmation.Storage;
using OrderConfirmation.Tests.Builders;

namespace OrderConfirmation.Tests.Storage;

/// <summary>
/// The storage contracts at their edges: what a request's id and fingerprint tell apart, the arguments every store and
/// the processor refuse, and what they say when they refuse.
/// </summary>
public sealed class StorageContractTests
{
    private static readonly LifecycleScenario Scenario = new();

    private static CommandReceipt Receipt(long version, Refusal? refusal = null) =>
        new("c1", "SO-1", LifecycleCommandKind.Enter, "sales.li", Role.SalesRep, LifecycleScenario.Friday10, refusal, version, 1, OrderStatus.Draft, "fp");

    [Theory]
    [InlineData(" ", "SO-1", "fp")]
    [InlineData("c1", "", "fp")]
    [InlineData("c1", "SO-1", "\t")]
    public void CommandRequest_BlankPart_Throws(string commandId, string orderId, string fingerprint) =>
        Assert.Throws<ArgumentException>(() => new CommandRequest(commandId, orderId, fingerprint));

    [Fact]
    public void CommandRequest_IdAtTheLimit_IsTakenOneMoreIsRefusedNamingItsLength()
    {
        Assert.Equal(200, new CommandRequest(new string('k', 200), "SO-1", "fp").CommandId.Length);

        var error = Assert.Throws<ArgumentException>(() => new CommandRequest(new string('k', 201), "SO-1", "fp"));

        Assert.Contains("201 characters; at most 200", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void For_SameCommandOrderAndActor_GivesTheSameFingerprint() =>
        Assert.Equal(
            CommandRequest.For("a", "SO-1", new ConfirmOrder(new LocalDate(2026, 12, 15)), LifecycleScenario.Head).Fingerprint,
            CommandRequest.For("b", "SO-1", new ConfirmOrder(new LocalDate(2026, 12, 15)), LifecycleScenario.Head).Fingerprint);

    public static TheoryData<string, LifecycleCommand, Actor> Differences() => new()
    {
        { "SO-1", new StartExecution(), LifecycleScenario.Executor },
        { "SO-1", new CompleteOrder(), LifecycleScenario.Head },
        { "SO-2", new CompleteOrder(), LifecycleScenario.Executor },
        { "SO-1", new CompleteOrder(), new Actor("exec.ma", Role.ExecutionOfficer) },
        { "SO-1", new CompleteOrder(), new Actor(LifecycleScenario.Executor.Id, Role.HeadOfOrderConfirmation) },
    };

    [Theory]
    [MemberData(nameof(Differences))]
    public void For_AnotherKindOrderActorOrRole_GivesAnotherFingerprint(string orderId, LifecycleCommand command, Actor actor) =>
        Assert.NotEqual(
            CommandRequest.For("c", "SO-1", new CompleteOrder(), LifecycleScenario.Executor).Fingerprint,
            CommandRequest.For("c", orderId, command, actor).Fingerprint);

    [Fact]
    public void For_SameCommandWithOtherData_GivesAnotherFingerprint() =>
        Assert.NotEqual(
            CommandRequest.For("c", "SO-1", new ConfirmOrder(new LocalDate(2026, 12, 15)), LifecycleScenario.Head).Fingerprint,
            CommandRequest.For("c", "SO-1", new ConfirmOrder(new LocalDate(2026, 12, 16)), LifecycleScenario.Head).Fingerprint);

    [Fact]
    public void For_NoCommand_Throws() =>
        Assert.Throws<ArgumentNullException>(() => CommandRequest.For("c", "SO-1", null!, LifecycleScenario.Head));

    [Fact]
    public void Digest_Texts_AreToldApartHoweverTheyAreCut()
    {
        Assert.NotEqual(CommandRequest.Digest("ab", "c"), CommandRequest.Digest("a", "bc"));
        Assert.NotEqual(CommandRequest.Digest("a", "b"), CommandRequest.Digest("ab"));
        Assert.Equal(64, CommandRequest.Digest("a").Length);
        Assert.Equal(CommandRequest.Digest("x", "y"), CommandRequest.Digest("x", "y"));
    }

    [Fact]
    public void Refusal_OfAReusedIdWhoseFirstCommandWasRefused_IsNone()
    {
        var result = new CommandResult(CommandStatus.IdReused, Receipt(0, new Refusal(RefusalReason.WrongState, "no")), null, []);

        Assert.Null(result.Refusal);
        Assert.False(result.IsAccepted);
    }

    [Fact]
    public async Task InMemoryOrderStore_NullArguments_Throw()
    {
        var store = new InMemoryOrderStore();

        await Assert.ThrowsAsync<ArgumentNullException>(() => store.FindAsync(null!).AsTask());
        await Assert.ThrowsAsync<ArgumentNullException>(() => store.ListAsync(null!).AsTask());
        await Assert.ThrowsAsync<ArgumentNullException>(() => store.FindCommandAsync(null!).AsTask());
        await Assert.ThrowsAsync<ArgumentNullException>(async () => await store.ReadAsync(null!).ToListAsync());
        await Assert.ThrowsAsync<ArgumentNullException>(() => store.CommitAsync(null!).AsTask());
    }

    [Fact]
    public async Task InMemoryOrderStore_ReadCancelled_StopsWithOperationCanceled()
    {
        var store = new InMemoryOrderStore();
        await store.CommitAsync(new OrderCommit(Receipt(1), 0, Scenario.Draft() with { OrderId = "SO-1" }, [new AuditRecord(LifecycleScenario.Friday10, "sales.li", "SalesRep", "SO-1", "CommandAccepted", "{}")]));
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () => await store.ReadAsync(AuditQuery.All, cancelled.Token).ToListAsync());
    }

    [Fact]
    public void OrderCommitCheck_NegativeExpectedVersion_SaysVersionsStartAtZero()
    {
        var error = Assert.Throws<ArgumentException>(() => OrderCommitCheck.ThrowIfInvalid(new OrderCommit(Receipt(-1), -1, null, [])));

        Assert.Contains("expected version is -1; versions start at 0", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(true, 3, "a commit with a state from version 1 leaves the order at 2")]
    [InlineData(false, 2, "a commit without a state from version 1 leaves the order at 1")]
    public void OrderCommitCheck_ReceiptVersionOff_SaysWhichVersionTheCommitLeaves(bool withState, long receiptVersion, string expected)
    {
        var commit = new OrderCommit(Receipt(receiptVersion), 1, withState ? Scenario.Draft() with { OrderId = "SO-1" } : null, []);

        var error = Assert.Throws<ArgumentException>(() => OrderCommitCheck.ThrowIfInvalid(commit));

        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void OrderCommitCheck_MissingParts_Throw()
    {
        Assert.Throws<ArgumentNullException>(() => OrderCommitCheck.ThrowIfInvalid(null!));
        Assert.Throws<ArgumentNullException>(() => OrderCommitCheck.ThrowIfInvalid(new OrderCommit(null!, 0, null, [])));
        Assert.Throws<ArgumentNullException>(() => OrderCommitCheck.ThrowIfInvalid(new OrderCommit(Receipt(0), 0, null, null!)));
        var error = Assert.Throws<ArgumentException>(() => OrderCommitCheck.ThrowIfInvalid(new OrderCommit(Receipt(0), 0, null, [null!])));
        Assert.Contains("An audit record is null", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-3)]
    public void MaxAttempts_BelowOne_Throws(int attempts)
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => new OrderCommandProcessor(Scenario.Machine, new InMemoryOrderStore(), new FakeClock(LifecycleScenario.Friday10)) { MaxAttempts = attempts });

        Assert.Contains("At least one attempt", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task MaxAttempts_One_TriesOnce()
    {
        using var processor = new OrderCommandProcessor(Scenario.Machine, new InMemoryOrderStore(), new FakeClock(LifecycleScenario.Friday10)) { MaxAttempts = 1 };

        var result = await processor.ExecuteAsync("enter", "SO-1001", new EnterOrder(LifecycleScenario.Order), LifecycleScenario.Sales, CancellationToken.None);

        Assert.Equal((1, CommandStatus.Accepted), (processor.MaxAttempts, result.Status));
    }

    [Fact]
    public async Task ExecuteAsync_NullRequestOrPlan_Throws()
    {
        using var processor = new OrderCommandProcessor(Scenario.Machine, new InMemoryOrderStore(), new FakeClock(LifecycleScenario.Friday10));

        await Assert.ThrowsAsync<ArgumentNullException>(() => processor.ExecuteAsync(null!, (_, _) => ValueTask.FromResult<IReadOnlyList<CommandStep>>([]), CancellationToken.None).AsTask());
        await Assert.ThrowsAsync<ArgumentNullException>(() => processor.ExecuteAsync(new CommandRequest("c", "SO-1", "fp"), null!, CancellationToken.None).AsTask());
    }

    [Fact]
    public async Task ExecuteAsync_PlanWithNoCommand_ThrowsNamingTheCommandId()
    {
        using var processor = new OrderCommandProcessor(Scenario.Machine, new InMemoryOrderStore(), new FakeClock(LifecycleScenario.Friday10));

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() =>
            processor.ExecuteAsync(new CommandRequest("c-empty", "SO-1", "fp"), (_, _) => ValueTask.FromResult<IReadOnlyList<CommandStep>>([]), CancellationToken.None).AsTask());

        Assert.Contains("c-empty gave no command", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ExecuteAsync_EntryOfAnotherOrder_ThrowsNamingBothOrders()
    {
        using var processor = new OrderCommandProcessor(Scenario.Machine, new InMemoryOrderStore(), new FakeClock(LifecycleScenario.Friday10));

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() =>
            processor.ExecuteAsync("c", "SO-9", new EnterOrder(LifecycleScenario.Order), LifecycleScenario.Sales, CancellationToken.None).AsTask());

        Assert.Equal("Command c is for order SO-9, but its Enter is for SO-1001.", error.Message);
    }

    [Fact]
    public async Task ExecuteAsync_RefusedEntryOfAnotherOrder_ThrowsAndWritesNothing()
    {
        var store = new InMemoryOrderStore();
        using var processor = new OrderCommandProcessor(Scenario.Machine, store, new FakeClock(LifecycleScenario.Friday10));

        await Assert.ThrowsAsync<InvalidOperationException>(() =>
            processor.ExecuteAsync("c", "SO-9", new EnterOrder(LifecycleScenario.Order), LifecycleScenario.Head, CancellationToken.None).AsTask());

        Assert.Empty(store.AuditLog.Entries);
    }

    [Fact]
    public async Task ExecuteAsync_WithALogger_LogsEachCommandCarriedOut()
    {
        var logger = new RecordingLogger<OrderCommandProcessor>();
        using var processor = new OrderCommandProcessor(Scenario.Machine, new InMemoryOrderStore(), new FakeClock(LifecycleScenario.Friday10), logger);

        await processor.ExecuteAsync("enter", "SO-1001", new EnterOrder(LifecycleScenario.Order), LifecycleScenario.Sales, CancellationToken.None);

        var (level, message) = Assert.Single(logger.Records);
        Assert.Equal(LogLevel.Information, level);
        Assert.Contains("Order SO-1001: Enter by sales.li (SalesRep)", message, StringComparison.Ordinal);
    }
}
