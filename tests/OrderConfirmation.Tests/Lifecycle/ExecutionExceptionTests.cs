using System.Text.Json;
using NodaTime;
using NodaTime.Testing;
using OrderConfirmation.Audit;
using OrderConfirmation.Findings;
using OrderConfirmation.Lifecycle;
using OrderConfirmation.Lifecycle.Commands;
using OrderConfirmation.Lifecycle.State;
using OrderConfirmation.Orders;
using OrderConfirmation.Tests.Builders;

namespace OrderConfirmation.Tests.Lifecycle;

/// <summary>
/// Article 4.4 and issue 15: the head of Order Confirmation reschedules a promised date as agreed with the customer
/// (who is told), cancels an order in execution (Finance told) or short-closes it (completed, the unshipped remainder
/// cancelled); Finance may hold a confirmed order before execution starts.
/// </summary>
public sealed class ExecutionExceptionTests
{
    private readonly LifecycleScenario _scenario = new();

    /// <summary>In execution with 4 of the 10 hosts of line 1 shipped.</summary>
    private OrderState PartlyShipped() =>
        _scenario.Accept(_scenario.InExecution(), new ReportProgress(ProgressReport.Shipped([new LineShipment(1, 4m)])), LifecycleScenario.Executor);

    [Theory]
    [InlineData(OrderStatus.Confirmed)]
    [InlineData(OrderStatus.InExecution)]
    public void RescheduleDelivery_ByTheHead_MovesThePromiseRecordsItAndTellsTheCustomer(OrderStatus status)
    {
        var result = _scenario.Apply(_scenario.In(status), new RescheduleDelivery(new LocalDate(2026, 12, 22), ExecutionExceptionReason.ForceMajeure, "Ms Wang agreed by phone"), LifecycleScenario.Head);

        Assert.True(result.IsAccepted, result.Refusal?.Message);
        Assert.Equal((status, (LocalDate?)new LocalDate(2026, 12, 22)), (result.State!.Status, result.State.PromisedDeliveryDate));
        Assert.Equal(new DeliveryReschedule(LifecycleScenario.Promised, new LocalDate(2026, 12, 22), ExecutionExceptionReason.ForceMajeure, "Ms Wang agreed by phone", "head.chen", Role.HeadOfOrderConfirmation, LifecycleScenario.Friday10), Assert.Single(result.State.Reschedules));
        Assert.Equal([LifecycleEventKind.DeliveryRescheduled, LifecycleEventKind.CustomerNotificationRequired], result.Events.Select(e => e.Kind));
        Assert.Equal(ExecutionIssueKind.ForceMajeure, result.Events[1].Issue);
        Assert.Equal("delivery moved from 2026-12-15 to 2026-12-22 (ForceMajeure), agreed: Ms Wang agreed by phone", result.Events[1].Note);
    }

    [Fact]
    public void RescheduleDelivery_AtTheCustomersRequest_NotifiesWithoutAnIssue() =>
        Assert.Null(_scenario.Apply(_scenario.InExecution(), new RescheduleDelivery(new LocalDate(2026, 12, 22), ExecutionExceptionReason.CustomerRequest, "e-mail of 27 Nov"), LifecycleScenario.Head).Events[1].Issue);

    [Fact]
    public void RescheduleDelivery_LateOrder_MovesThePassedPromiseForward()
    {
        var late = _scenario.InExecution();
        _scenario.At = Instant.FromUtc(2026, 12, 18, 2, 0); // three days after the promised 2026-12-15

        var state = _scenario.Accept(late, new RescheduleDelivery(new LocalDate(2026, 12, 28), ExecutionExceptionReason.Delay, "agreed in the weekly call"), LifecycleScenario.Head);

        Assert.Equal(new LocalDate(2026, 12, 28), state.PromisedDeliveryDate);
    }

    [Fact]
    public void RescheduleDelivery_DateBeforeToday_IsRefused() =>
        Assert.Equal(
            "RescheduleDelivery refused for order SO-1001: the new promised delivery date 2026-11-26 is before today (2026-11-27).",
            _scenario.Apply(_scenario.InExecution(), new RescheduleDelivery(new LocalDate(2026, 11, 26), ExecutionExceptionReason.Delay, "agreed"), LifecycleScenario.Head).Refusal?.Message);

    [Fact]
    public void RescheduleDelivery_TheDateAlreadyPromised_IsRefused() =>
        Assert.Equal(RefusalReason.PreconditionFailed, _scenario.Apply(_scenario.InExecution(), new RescheduleDelivery(LifecycleScenario.Promised, ExecutionExceptionReason.Delay, "agreed"), LifecycleScenario.Head).Refusal?.Reason);

    [Fact]
    public void RescheduleDelivery_AfterDelivery_IsRefused() =>
        Assert.Equal(RefusalReason.PreconditionFailed, _scenario.Apply(_scenario.Delivered(), new RescheduleDelivery(new LocalDate(2026, 12, 22), ExecutionExceptionReason.Delay, "agreed"), LifecycleScenario.Head).Refusal?.Reason);

    [Theory]
    [InlineData(Role.ConfirmationOfficer)]
    [InlineData(Role.ExecutionOfficer)]
    [InlineData(Role.SalesRep)]
    [InlineData(Role.FinanceOfficer)]
    public void ExecutionExceptions_OtherThanTheHead_AreRefused(Role role)
    {
        var actor = LifecycleCommands.ActingAs(role);

        Assert.Equal(RefusalReason.RoleNotPermitted, _scenario.Apply(PartlyShipped(), new RescheduleDelivery(new LocalDate(2026, 12, 22), ExecutionExceptionReason.Delay, "agreed"), actor).Refusal?.Reason);
        Assert.Equal(RefusalReason.RoleNotPermitted, _scenario.Apply(PartlyShipped(), new CancelExecution(ExecutionExceptionReason.Delay, "agreed"), actor).Refusal?.Reason);
        Assert.Equal(RefusalReason.RoleNotPermitted, _scenario.Apply(PartlyShipped(), new ShortCloseOrder(ExecutionExceptionReason.Delay, "agreed"), actor).Refusal?.Reason);
    }

    [Theory]
    [InlineData(OrderStatus.UnderReview)]
    [InlineData(OrderStatus.Completed)]
    [InlineData(OrderStatus.Cancelled)]
    public void RescheduleDelivery_BeforeConfirmationOrAfterTheEnd_IsRefusedAsWrongState(OrderStatus status) =>
        Assert.Equal(RefusalReason.WrongState, _scenario.Apply(_scenario.In(status), new RescheduleDelivery(new LocalDate(2026, 12, 22), ExecutionExceptionReason.Delay, "agreed"), LifecycleScenario.Head).Refusal?.Reason);

    [Fact]
    public void CancelExecution_PartlyShipped_CancelsRecordsTheRemainderAndTellsFinanceAndTheCustomer()
    {
        var result = _scenario.Apply(PartlyShipped(), new CancelExecution(ExecutionExceptionReason.ForceMajeure, "Flood at the data centre; customer agreed"), LifecycleScenario.Head);

        Assert.True(result.IsAccepted, result.Refusal?.Message);
        Assert.Equal(OrderStatus.Cancelled, result.State!.Status);
        var cancelled = result.State.RemainderCancellation!;
        Assert.Equal((ExecutionExceptionReason.ForceMajeure, "head.chen", LifecycleScenario.Friday10), (cancelled.Reason, cancelled.By, cancelled.At));
        Assert.Equal(new Dictionary<int, decimal> { [1] = 6m }, cancelled.Remainder);
        Assert.Equal([LifecycleEventKind.OrderCancelled, LifecycleEventKind.DepartmentNotificationRequired, LifecycleEventKind.CustomerNotificationRequired], result.Events.Select(e => e.Kind));
        Assert.Equal(Department.Finance, result.Events[1].Department);
        Assert.Equal("invoice only what shipped; ForceMajeure: Flood at the data centre; customer agreed; unshipped remainder cancelled: line 1 × 6", result.Events[1].Note);
    }

    [Fact]
    public void CancelExecution_AfterDelivery_IsRefused() =>
        Assert.Equal(RefusalReason.PreconditionFailed, _scenario.Apply(_scenario.Delivered(), new CancelExecution(ExecutionExceptionReason.CustomerRequest, "agreed"), LifecycleScenario.Head).Refusal?.Reason);

    [Fact]
    public void CancelOrder_InExecution_IsStillRefused() =>
        Assert.Equal(RefusalReason.WrongState, _scenario.Apply(_scenario.InExecution(), new CancelOrder("customer withdrew"), LifecycleScenario.Head).Refusal?.Reason);

    [Fact]
    public void ShortCloseOrder_PartlyShipped_CompletesWithTheRemainderCancelled()
    {
        var result = _scenario.Apply(PartlyShipped(), new ShortCloseOrder(ExecutionExceptionReason.CustomerRequest, "Customer needs only four hosts"), LifecycleScenario.Head);

        Assert.True(result.IsAccepted, result.Refusal?.Message);
        Assert.Equal(OrderStatus.Completed, result.State!.Status);
        Assert.Null(result.State.DeliveredAt);
        Assert.Equal(new Dictionary<int, decimal> { [1] = 6m }, result.State.RemainderCancellation!.Remainder);
        Assert.Equal([LifecycleEventKind.OrderShortClosed, LifecycleEventKind.DepartmentNotificationRequired, LifecycleEventKind.CustomerNotificationRequired], result.Events.Select(e => e.Kind));
        Assert.Null(result.Events[2].Issue);
    }

    [Fact]
    public void ShortCloseOrder_NothingShipped_IsRefusedSayingToCancel() =>
        Assert.Equal(
            "ShortClose refused for order SO-1001: nothing has shipped, so there is nothing to close short; cancel the order in execution instead.",
            _scenario.Apply(_scenario.InExecution(), new ShortCloseOrder(ExecutionExceptionReason.Delay, "agreed"), LifecycleScenario.Head).Refusal?.Message);

    [Fact]
    public void ShortCloseOrder_ShippedInFull_IsRefusedSayingToComplete()
    {
        var shipped = _scenario.Accept(_scenario.InExecution(), new ReportProgress(ProgressReport.Shipped([new LineShipment(1, 10m)])), LifecycleScenario.Executor);

        Assert.Contains("complete the order instead", _scenario.Apply(shipped, new ShortCloseOrder(ExecutionExceptionReason.Delay, "agreed"), LifecycleScenario.Head).Refusal?.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ExecutionClosures_BlankNoteOrUndefinedReason_Throw()
    {
        Assert.Equal("note", Assert.ThrowsAny<ArgumentException>(() => new CancelExecution(ExecutionExceptionReason.Delay, " ")).ParamName);
        Assert.Equal("reason", Assert.Throws<ArgumentOutOfRangeException>(() => new ShortCloseOrder((ExecutionExceptionReason)9, "agreed")).ParamName);
        Assert.Equal("agreement", Assert.ThrowsAny<ArgumentException>(() => new RescheduleDelivery(LifecycleScenario.Promised, ExecutionExceptionReason.Delay, "")).ParamName);
    }

    [Fact]
    public void PlaceHold_ConfirmedOrder_HoldsItUntilFinanceReleasesItBackToConfirmed()
    {
        var held = _scenario.Accept(_scenario.Confirmed(), new PlaceHold("cheque bounced"), LifecycleScenario.Finance);
        Assert.Equal(OrderStatus.OnHold, held.Status);
        Assert.Equal(RefusalReason.WrongState, _scenario.Apply(held, new StartExecution(), LifecycleScenario.Executor).Refusal?.Reason);
        Assert.Equal(RefusalReason.PreconditionFailed, _scenario.Apply(held, new RejectOrder("no"), LifecycleScenario.Officer).Refusal?.Reason);

        var released = _scenario.Accept(held, new ReleaseHold("payment received"), LifecycleScenario.Finance);

        Assert.Equal(OrderStatus.Confirmed, released.Status);
        Assert.Equal(OrderStatus.InExecution, _scenario.Accept(released, new StartExecution(), LifecycleScenario.Executor).Status);
    }

    [Fact]
    public void PlaceHold_InExecution_IsRefusedAsWrongState() =>
        Assert.Equal(RefusalReason.WrongState, _scenario.Apply(_scenario.InExecution(), new PlaceHold("too late"), LifecycleScenario.Finance).Refusal?.Reason);

    [Fact]
    public void OrderLifecycle_ExecutionExceptions_AreAuditedWithTheirDetailsAndNotifications()
    {
        var log = new InMemoryAuditLog();
        var lifecycle = new OrderLifecycle(_scenario.Machine, log, new FakeClock(LifecycleScenario.Friday10));
        var state = lifecycle.Execute(PartlyShipped(), new RescheduleDelivery(new LocalDate(2026, 12, 22), ExecutionExceptionReason.Delay, "agreed by phone"), LifecycleScenario.Head).State;

        lifecycle.Execute(state, new ShortCloseOrder(ExecutionExceptionReason.CustomerRequest, "four are enough"), LifecycleScenario.Head);

        var payloads = log.Entries.Select(e => (e.Kind, Json: JsonDocument.Parse(e.Payload).RootElement)).ToList();
        Assert.Equal([nameof(AuditEntryKind.CommandAccepted), nameof(AuditEntryKind.CommandAccepted)], payloads.Select(p => p.Kind));
        Assert.Equal("""{"promisedDeliveryDate":"2026-12-22","reason":"Delay","agreement":"agreed by phone"}""", payloads[0].Json.GetProperty("details").GetRawText());
        Assert.Equal("""{"reason":"CustomerRequest","note":"four are enough"}""", payloads[1].Json.GetProperty("details").GetRawText());
        Assert.Equal(("ShortClose", "Completed"), (payloads[1].Json.GetProperty("command").GetString(), payloads[1].Json.GetProperty("to").GetString()));
        Assert.Equal("Finance", payloads[1].Json.GetProperty("events")[1].GetProperty("department").GetString());
    }
}
