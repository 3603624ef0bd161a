using NodaTime;
using NodaTime.Testing;
using OrderConfirmation.Audit;
using OrderConfirmation.Lifecycle;
using OrderConfirmation.Lifecycle.Commands;
using OrderConfirmation.Lifecycle.State;
using OrderConfirmation.Storage;
using OrderConfirmation.Tests.Builders;

namespace OrderConfirmation.Tests.Lifecycle;

/// <summary>
/// The read log (issue 16, point 5): a read through the need-to-know view is recorded — who, role, when, which order —
/// before the data is handed over, and only the Auditor can list who read an order (articles 5 and 6.1).
/// </summary>
public sealed class OrderReadLogTests
{
    private static readonly LifecycleScenario Scenario = new();
    private static readonly OrderState Order = Scenario.UnderReview();

    private readonly FakeClock _clock = new(LifecycleScenario.Friday10);
    private readonly InMemoryOrderStore _store = new();

    [Fact]
    public async Task ReadAsync_RoleWithCustomerDataRights_RecordsWhoWhenAndNothingMasked()
    {
        var log = new OrderReadLog(Scenario.Policy, _store, _clock);

        var view = await log.ReadAsync(Order, LifecycleScenario.Officer);

        Assert.False(view.CustomerDataMasked);
        var entry = Assert.Single(_store.AuditLog.Entries);
        Assert.Equal(("conf.wang", "ConfirmationOfficer", Order.OrderId, "OrderRead", LifecycleScenario.Friday10), (entry.Actor, entry.Role, entry.OrderId, entry.Kind, entry.At));
        Assert.Equal("""{"masked":[]}""", entry.Payload);
    }

    [Fact]
    public async Task ReadAsync_RoleWithoutCustomerDataRights_GetsTheMaskedViewAndTheReadSaysSo()
    {
        var log = new OrderReadLog(Scenario.Policy, _store, _clock);

        var view = await log.ReadAsync(Order, LifecycleScenario.Executor);

        Assert.True(view.CustomerDataMasked);
        Assert.Equal(OrderView.Masked, view.Order.Customer.Contact.Email);
        Assert.Equal("""{"masked":["customerData"]}""", Assert.Single(_store.AuditLog.Entries).Payload);
    }

    [Fact]
    public async Task ReadAsync_TrailCannotBeWritten_FailsAndHandsNothingOver()
    {
        var log = new OrderReadLog(Scenario.Policy, new FailingAppender(), _clock);

        await Assert.ThrowsAsync<IOException>(async () => await log.ReadAsync(Order, LifecycleScenario.Officer));
    }

    [Fact]
    public async Task Readers_Auditor_ListsEveryReadOfThatOrderOnlyOldestFirst()
    {
        var log = new OrderReadLog(Scenario.Policy, _store, _clock);
        await log.ReadAsync(Order, LifecycleScenario.Officer);
        _clock.AdvanceMinutes(7);
        await log.ReadAsync(Order with { OrderId = "SO-OTHER" }, LifecycleScenario.Finance);
        _clock.AdvanceMinutes(3);
        await log.RecordReadAsync(Order.OrderId, LifecycleScenario.Executor, ["customerData", "prices"]);

        var readers = await OrderReadLog.ReadersAsync(_store, Order.OrderId, LifecycleScenario.Auditor);

        Assert.Equal(
            [
                ("conf.wang", "ConfirmationOfficer", LifecycleScenario.Friday10, ""),
                ("exec.liu", "ExecutionOfficer", LifecycleScenario.Friday10 + Duration.FromMinutes(10), "customerData,prices"),
            ],
            readers.Select(r => (r.ReaderId, r.Role, r.At, string.Join(',', r.Masked))));
        Assert.Equal([1L, 3L], readers.Select(r => r.Sequence));
        static string Describe(OrderReading r) => $"{r.Sequence} {r.OrderId} {r.ReaderId} {r.Role} {r.At} {string.Join(',', r.Masked)}";
        Assert.Equal(readers.Select(Describe), OrderReadLog.Readers(_store.AuditLog.Entries, Order.OrderId, LifecycleScenario.Auditor).Select(Describe));
    }

    [Theory]
    [InlineData(Role.SalesRep)]
    [InlineData(Role.ConfirmationOfficer)]
    [InlineData(Role.HeadOfOrderConfirmation)]
    [InlineData(Role.FinanceOfficer)]
    [InlineData(Role.ExecutionOfficer)]
    public async Task Readers_NotAnAuditor_IsRefused(Role role)
    {
        var requester = new Actor("someone", role);

        await Assert.ThrowsAsync<UnauthorizedAccessException>(async () => await OrderReadLog.ReadersAsync(_store, Order.OrderId, requester));
        Assert.Throws<UnauthorizedAccessException>(() => OrderReadLog.Readers(_store.AuditLog.Entries, Order.OrderId, requester));
    }

    [Fact]
    public async Task Reads_BetweenCommands_KeepTheOneChainIntact()
    {
        using var processor = new OrderCommandProcessor(Scenario.Machine, _store, _clock);
        var log = new OrderReadLog(Scenario.Policy, _store, _clock);
        var entered = await processor.ExecuteAsync("enter-1", LifecycleScenario.Order.OrderId!, new EnterOrder(LifecycleScenario.Order), LifecycleScenario.Sales);
        await log.ReadAsync(entered.Order!.State, LifecycleScenario.Executor);
        await processor.ExecuteAsync("submit-1", LifecycleScenario.Order.OrderId!, new SubmitOrder(LifecycleScenario.Ready), LifecycleScenario.Sales);

        var verification = await _store.VerifyAsync();

        Assert.True(verification.IsIntact, verification.Problem);
        Assert.Equal(["CommandAccepted", "OrderRead", "CommandAccepted"], _store.AuditLog.Entries.Select(e => e.Kind).Where(k => k is "CommandAccepted" or "OrderRead"));
    }

    [Fact]
    public async Task RecordReadAsync_BlankMaskedName_IsRefusedAndNothingIsRecorded()
    {
        var log = new OrderReadLog(Scenario.Policy, _store, _clock);

        await Assert.ThrowsAsync<ArgumentException>(async () => await log.RecordReadAsync(Order.OrderId, LifecycleScenario.Officer, [" "]));
        Assert.Empty(_store.AuditLog.Entries);
    }

    private sealed class FailingAppender : IAuditAppender
    {
        public ValueTask<AuditEntry> AppendAsync(AuditRecord record, CancellationToken cancellationToken = default) =>
            throw new IOException("disk full");
    }
}
