using NodaTime;
using NodaTime.Testing;
using OrderConfirmation.Audit;
using OrderConfirmation.Kpis;
using OrderConfirmation.Lifecycle.Commands;
using OrderConfirmation.Lifecycle.State;
using OrderConfirmation.Lifecycle;
using OrderConfirmation.Orders;
using OrderConfirmation.Tests.Builders;
using OrderConfirmation.Tests.Kpis;

namespace OrderConfirmation.Tests.Lifecycle;

public sealed class ProcessingRecordTests
{
    private readonly FakeClock _clock = new(LifecycleScenario.Friday10);
    private readonly OrderLifecycle _lifecycle;

    public ProcessingRecordTests() =>
        _lifecycle = new OrderLifecycle(new OrderStateMachine(new LifecycleScenario().Policy), new InMemoryAuditLog(), _clock);

    private OrderState At(Instant at, OrderState? state, LifecycleCommand command, Actor actor)
    {
        _clock.Reset(at);
        var result = _lifecycle.Execute(state, command, actor);
        Assert.True(result.IsAccepted, result.Refusal?.Message);
        return result.State!;
    }

    private OrderState AwaitingCustomer()
    {
        var state = At(KpiRecords.Local(2026, 11, 20, 9, 30), null, new EnterOrder(LifecycleScenario.Order), LifecycleScenario.Sales);
        state = At(KpiRecords.Local(2026, 11, 20, 9, 45), state, new SubmitOrder(LifecycleScenario.Ready), LifecycleScenario.Sales);
        state = At(KpiRecords.Local(2026, 11, 20, 10, 0), state, new StartReview(LifecycleScenario.NeedsClarification), LifecycleScenario.Officer);
        return At(KpiRecords.Local(2026, 11, 20, 11, 0), state, new RequestClarification("Can you do without IPv6?"), LifecycleScenario.Officer);
    }

    [Fact]
    public void ToProcessingRecord_ConfirmedAfterAClarification_RecordsReceiptConfirmationOfficerAndTheWait()
    {
        var replied = At(KpiRecords.Local(2026, 11, 23, 10, 0), AwaitingCustomer(), new RecordCustomerReply("No IPv6 needed", LifecycleScenario.Ready), LifecycleScenario.Sales);
        var confirmed = At(KpiRecords.Local(2026, 11, 23, 11, 0), replied, new ConfirmOrder(LifecycleScenario.Promised), LifecycleScenario.Head);

        var record = confirmed.ToProcessingRecord(KpiRecords.Local(2026, 12, 1, 9, 0));

        Assert.Equal((LifecycleScenario.Order.ReceivedAt!.Value, KpiRecords.Local(2026, 11, 23, 11, 0), "OrderConfirmation", "conf.wang"), (record.ReceivedAt, record.ConfirmedAt!.Value, record.Department, record.Employee));
        Assert.Equal([new Interval(KpiRecords.Local(2026, 11, 20, 11, 0), KpiRecords.Local(2026, 11, 23, 10, 0))], record.CustomerWaits);
        // Friday 09:15 → Monday 11:00 is 2.75 + 5 + 2 = 9.75 business hours, of which 1 + 5 + 1 = 7 waiting for the customer.
        var calculator = new KpiCalculator(OrderConfirmation.Calendars.CalendarFile.LoadDefault());
        Assert.Equal(Duration.FromMinutes(165), calculator.ProcessingTime(record, KpiRecords.Local(2026, 12, 1, 9, 0)));
    }

    [Fact]
    public void ToProcessingRecord_StillAwaitingTheCustomer_CountsTheOpenWaitUntilAsOf()
    {
        var record = AwaitingCustomer().ToProcessingRecord(KpiRecords.Local(2026, 11, 24, 9, 0));

        Assert.Null(record.ConfirmedAt);
        Assert.Equal([new Interval(KpiRecords.Local(2026, 11, 20, 11, 0), KpiRecords.Local(2026, 11, 24, 9, 0))], record.CustomerWaits);
    }

    [Fact]
    public void ToProcessingRecord_RejectedWhileAwaitingTheCustomer_ClosesTheWait()
    {
        var rejected = At(KpiRecords.Local(2026, 11, 24, 9, 0), AwaitingCustomer(), new RejectOrder("no reply"), LifecycleScenario.Officer);

        Assert.Equal(KpiRecords.Local(2026, 11, 24, 9, 0), Assert.Single(rejected.CustomerWaits).End);
    }

    /// <summary>A confirmed state built directly, as a host restoring it from its own storage may hold it.</summary>
    private static OrderState Confirmed(string? reviewedBy, Instant? receivedAt) => new()
    {
        OrderId = "SO-42",
        Order = LifecycleScenario.Order with { ReceivedAt = receivedAt },
        Status = OrderStatus.Confirmed,
        EnteredBy = LifecycleScenario.Sales.Id,
        EnteredAt = KpiRecords.Local(2026, 11, 20, 9, 30),
        ReviewedBy = reviewedBy,
        Confirmation = new ConfirmationRecord("SO-42", 1, LifecycleScenario.Head.Id, Role.HeadOfOrderConfirmation, KpiRecords.Local(2026, 11, 20, 15, 0), "v1", LifecycleScenario.Ready, null, LifecycleScenario.Promised),
    };

    [Fact]
    public void ToProcessingRecord_NoOfficerStartedTheReview_NamesTheHeadWhoConfirmed() =>
        Assert.Equal(LifecycleScenario.Head.Id, Confirmed(reviewedBy: null, LifecycleScenario.Order.ReceivedAt).ToProcessingRecord(KpiRecords.Local(2026, 12, 1, 9, 0)).Employee);

    [Fact]
    public void ToProcessingRecord_AnOfficerStartedTheReview_NamesTheOfficerNotTheHead() =>
        Assert.Equal("conf.li", Confirmed(reviewedBy: "conf.li", LifecycleScenario.Order.ReceivedAt).ToProcessingRecord(KpiRecords.Local(2026, 12, 1, 9, 0)).Employee);

    [Fact]
    public void ToProcessingRecord_OrderWithoutAReceiptTime_IsReceivedWhenEntered() =>
        Assert.Equal(KpiRecords.Local(2026, 11, 20, 9, 30), Confirmed("conf.wang", receivedAt: null).ToProcessingRecord(KpiRecords.Local(2026, 12, 1, 9, 0)).ReceivedAt);

    [Fact]
    public void ToProcessingRecord_AssessmentAndDefects_AreCarriedIntoTheRecord()
    {
        ConfirmationDefect[] defects = [new("InfeasibleDate", true)];

        var record = Confirmed("conf.wang", LifecycleScenario.Order.ReceivedAt).ToProcessingRecord(KpiRecords.Local(2026, 12, 1, 9, 0), assessed: true, defects);

        Assert.Equal(("SO-42", KpiRecords.Local(2026, 11, 20, 15, 0), true), (record.OrderId, record.ConfirmedAt!.Value, record.Assessed));
        Assert.Equal(defects, record.Defects);
        Assert.Equal(AccuracyStatus.Inaccurate, KpiCalculator.Accuracy(record, KpiRecords.Local(2026, 12, 1, 9, 0)));
    }

    [Fact]
    public void ToProcessingRecord_NeitherAssessedNorDefectsGiven_IsNotAssessed()
    {
        var record = Confirmed("conf.wang", LifecycleScenario.Order.ReceivedAt).ToProcessingRecord(KpiRecords.Local(2026, 12, 1, 9, 0));

        Assert.Equal((false, 0), (record.Assessed, record.Defects.Count));
        Assert.Equal(AccuracyStatus.NotAssessed, KpiCalculator.Accuracy(record, KpiRecords.Local(2026, 12, 1, 9, 0)));
    }
}
