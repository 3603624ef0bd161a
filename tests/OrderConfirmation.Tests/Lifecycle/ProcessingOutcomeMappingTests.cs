using NodaTime;
using OrderConfirmation.Kpis;
using OrderConfirmation.Lifecycle.Commands;
using OrderConfirmation.Lifecycle.State;
using OrderConfirmation.Orders;
using OrderConfirmation.Tests.Builders;
using OrderConfirmation.Tests.Kpis;

namespace OrderConfirmation.Tests.Lifecycle;

/// <summary>
/// <see cref="OrderState.ToProcessingRecord"/> maps the lifecycle's states to the KPI outcomes (issue 15): Rejected at
/// the rejection instant, Cancelled at the cancellation instant (also after confirmation), confirmed, in execution and
/// completed as Confirmed, every other status open.
/// </summary>
public sealed class ProcessingOutcomeMappingTests
{
    /// <summary>The scenario's order is received on Friday 20 November 2026 at 09:15 in Shanghai.</summary>
    private static readonly Instant Friday1015 = KpiRecords.Local(2026, 11, 20, 10, 15);

    private static readonly Instant Friday11 = KpiRecords.Local(2026, 11, 20, 11, 0);

    private static readonly Instant MonthLater = KpiRecords.Local(2026, 12, 21, 9, 0);

    private static readonly KpiCalculator Calculator = new(KpiRecords.NineToSixWeekdays());

    private readonly LifecycleScenario _scenario = new() { At = Friday1015 };

    public static TheoryData<OrderStatus, ProcessingOutcome> Outcomes => new()
    {
        { OrderStatus.Draft, ProcessingOutcome.Open },
        { OrderStatus.Submitted, ProcessingOutcome.Open },
        { OrderStatus.UnderReview, ProcessingOutcome.Open },
        { OrderStatus.AwaitingCustomer, ProcessingOutcome.Open },
        { OrderStatus.OnHold, ProcessingOutcome.Open },
        { OrderStatus.Confirmed, ProcessingOutcome.Confirmed },
        { OrderStatus.InExecution, ProcessingOutcome.Confirmed },
        { OrderStatus.Completed, ProcessingOutcome.Confirmed },
        { OrderStatus.Rejected, ProcessingOutcome.Rejected },
        { OrderStatus.Cancelled, ProcessingOutcome.Cancelled },
    };

    [Theory]
    [MemberData(nameof(Outcomes))]
    public void ToProcessingRecord_EachStatus_HasItsOutcome(OrderStatus status, ProcessingOutcome expected)
    {
        var state = _scenario.In(status);

        var record = state.ToProcessingRecord(MonthLater);

        Assert.Equal(status, state.Status);
        Assert.Equal(expected, record.Outcome);
        Assert.Equal(expected is ProcessingOutcome.Confirmed ? Friday1015 : null, record.ConfirmedAt);
        Assert.Equal(expected is ProcessingOutcome.Rejected or ProcessingOutcome.Cancelled ? Friday1015 : null, record.ClosedAt);
    }

    [Fact]
    public void ToProcessingRecord_RejectedWithinTheStandardTime_IsProcessedOnTimeAtTheRejection()
    {
        var underReview = _scenario.UnderReview();
        _scenario.At = Friday11;

        var record = _scenario.Accept(underReview, new RejectOrder("blocked customer"), LifecycleScenario.Officer).ToProcessingRecord(MonthLater);

        Assert.Equal((ProcessingOutcome.Rejected, Friday11), (record.Outcome, record.ClosedAt!.Value));
        Assert.Equal(TimelinessStatus.OnTime, Calculator.Timeliness(record, MonthLater));
    }

    [Fact]
    public void ToProcessingRecord_RejectedBeyondTheStandardTime_IsProcessedLate()
    {
        var underReview = _scenario.UnderReview();
        _scenario.At = KpiRecords.Local(2026, 11, 23, 9, 16); // Friday 09:15–18:00 and Monday 09:00–09:16: 8 h 61 min

        var record = _scenario.Accept(underReview, new RejectOrder("blocked customer"), LifecycleScenario.Officer).ToProcessingRecord(MonthLater);

        Assert.Equal(TimelinessStatus.Late, Calculator.Timeliness(record, MonthLater));
    }

    [Fact]
    public void ToProcessingRecord_CancelledInExecution_IsCancelledKeepingItsConfirmationAndLeavesTheFigures()
    {
        var confirmed = _scenario.Confirmed();
        _scenario.At = Friday11;

        var record = _scenario.Accept(confirmed, new CancelOrder("customer withdrew"), LifecycleScenario.Head).ToProcessingRecord(MonthLater, assessed: true);

        Assert.Equal((ProcessingOutcome.Cancelled, Friday1015, Friday11), (record.Outcome, record.ConfirmedAt!.Value, record.ClosedAt!.Value));
        Assert.Equal(KpiTally.Empty, Calculator.Tally(record, MonthLater));
    }

    [Fact]
    public void ToProcessingRecord_CancelledWhileInExecution_IsClosedAtTheCancellation()
    {
        var inExecution = _scenario.InExecution();
        _scenario.At = Friday11;

        var state = _scenario.Accept(inExecution, new CancelExecution(ExecutionExceptionReason.ForceMajeure, "flood; customer agreed"), LifecycleScenario.Head);
        var record = state.ToProcessingRecord(MonthLater, assessed: true);

        Assert.Equal((ProcessingOutcome.Cancelled, Friday11), (record.Outcome, record.ClosedAt!.Value));
        Assert.Equal((LifecycleScenario.Head.Id, "ForceMajeure: flood; customer agreed"), (state.Closure!.By, state.Closure.Note));
        Assert.Equal(KpiTally.Empty, Calculator.Tally(record, MonthLater));
    }

    [Fact]
    public void ShortCloseOrder_CompletesWithoutAClosure_AndCountsAsConfirmed()
    {
        var shipped = _scenario.Accept(_scenario.InExecution(), new ReportProgress(ProgressReport.Shipped([new LineShipment(1, 4m)])), LifecycleScenario.Executor);

        var state = _scenario.Accept(shipped, new ShortCloseOrder(ExecutionExceptionReason.CustomerRequest, "customer takes 4"), LifecycleScenario.Head);

        Assert.Null(state.Closure);
        Assert.Equal(ProcessingOutcome.Confirmed, state.ToProcessingRecord(MonthLater).Outcome);
    }

    [Fact]
    public void RejectOrder_RecordsWhoClosedTheOrderWhenAndWhy()
    {
        var underReview = _scenario.UnderReview();
        _scenario.At = Friday11;

        var rejected = _scenario.Accept(underReview, new RejectOrder("blocked customer"), LifecycleScenario.Officer);

        Assert.Equal(new ActionRecord(LifecycleScenario.Officer.Id, Role.ConfirmationOfficer, Friday11, "blocked customer"), rejected.Closure);
    }

    [Fact]
    public void ToProcessingRecord_RejectedStateStoredWithoutItsClosure_IsClosedAtTheLatestInstantItRecords()
    {
        var awaiting = _scenario.AwaitingCustomer();
        _scenario.At = MonthLater - Duration.FromDays(7);
        var rejected = _scenario.Accept(awaiting, new RejectOrder("no reply"), LifecycleScenario.Officer) with { Closure = null };

        var record = rejected.ToProcessingRecord(MonthLater);

        // The rejection closed the customer wait, so its end is the latest instant the state still records.
        Assert.Equal((ProcessingOutcome.Rejected, MonthLater - Duration.FromDays(7)), (record.Outcome, record.ClosedAt!.Value));
    }

    [Fact]
    public void ToProcessingRecord_CancelledStateStoredWithoutItsClosure_IsStillCancelled() =>
        Assert.Equal(ProcessingOutcome.Cancelled, (_scenario.Cancelled() with { Closure = null }).ToProcessingRecord(MonthLater).Outcome);
}
