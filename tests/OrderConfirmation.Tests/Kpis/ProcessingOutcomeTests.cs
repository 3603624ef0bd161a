using NodaTime;
using OrderConfirmation.Kpis;
using static OrderConfirmation.Tests.Kpis.KpiRecords;

namespace OrderConfirmation.Tests.Kpis;

/// <summary>
/// The KPI outcomes of issue 15 on the calendar Monday–Friday 09:00–18:00 in Shanghai with a standard time of 8
/// business hours: timely processing counts an order as processed at its confirmation or rejection, a cancelled order
/// leaves the timeliness figures, an open order is late once the standard time has passed at as-of, and only confirmed
/// orders count for accuracy.
/// </summary>
public sealed class ProcessingOutcomeTests
{
    /// <summary>Monday 23 November 2026, 09:00: the standard time runs out at 17:00 the same day.</summary>
    private static readonly Instant Received = Local(2026, 11, 23, 9, 0);

    private static readonly Instant WeekLater = Local(2026, 11, 30, 12, 0);

    private readonly KpiCalculator _calculator = new(NineToSixWeekdays());

    private static OrderProcessingRecord Record(ProcessingOutcome outcome, Instant? confirmedAt, Instant? closedAt, bool assessed = false) =>
        OrderProcessingRecord.ForOutcome("SO-1", Received, outcome, confirmedAt, closedAt, "OrderConfirmation", "conf.wang", assessed: assessed);

    [Fact]
    public void Tally_RejectedWithinTheStandardTime_IsDueAndOnTime()
    {
        var tally = _calculator.Tally(Record(ProcessingOutcome.Rejected, null, Local(2026, 11, 23, 17, 0)), WeekLater);

        Assert.Equal((1L, 1L, 0L), (tally.OnTime, tally.Due, tally.NotYetDue));
        Assert.Equal(1m, tally.TimelinessRate);
    }

    [Fact]
    public void Tally_RejectedOneMinuteBeyondTheStandardTime_IsDueAndLate()
    {
        var tally = _calculator.Tally(Record(ProcessingOutcome.Rejected, null, Local(2026, 11, 23, 17, 1)), WeekLater);

        Assert.Equal((0L, 1L, 0L), (tally.OnTime, tally.Due, tally.NotYetDue));
        Assert.Equal(0m, tally.TimelinessRate);
    }

    [Fact]
    public void Tally_Rejected_NeverCountsForAccuracy()
    {
        var tally = _calculator.Tally(Record(ProcessingOutcome.Rejected, null, Local(2026, 11, 23, 10, 0), assessed: true), WeekLater);

        Assert.Equal((0L, 0L, 0L), (tally.Accurate, tally.Assessed, tally.NotAssessed));
    }

    [Fact]
    public void Timeliness_RejectedBeforeAsOfWithinTheStandardTime_IsOnTimeNotLateForever() =>
        Assert.Equal(TimelinessStatus.OnTime, _calculator.Timeliness(Record(ProcessingOutcome.Rejected, null, Local(2026, 11, 23, 12, 0)), Local(2027, 6, 1, 9, 0)));

    [Fact]
    public void ProcessingTime_Rejected_RunsFromReceiptToTheRejection() =>
        Assert.Equal(Duration.FromHours(3), _calculator.ProcessingTime(Record(ProcessingOutcome.Rejected, null, Local(2026, 11, 23, 12, 0)), WeekLater));

    [Fact]
    public void Tally_CancelledBeforeConfirmation_IsNeitherDueNorOnTimeNorNotYetDue()
    {
        var tally = _calculator.Tally(Record(ProcessingOutcome.Cancelled, null, Local(2026, 11, 25, 10, 0)), WeekLater);

        Assert.Equal(KpiTally.Empty, tally);
        Assert.Equal(TimelinessStatus.Cancelled, _calculator.Timeliness(Record(ProcessingOutcome.Cancelled, null, Local(2026, 11, 25, 10, 0)), WeekLater));
    }

    [Fact]
    public void Tally_CancelledAfterAnAssessedConfirmation_LeavesTimelinessAndAccuracy()
    {
        var record = Record(ProcessingOutcome.Cancelled, Local(2026, 11, 23, 10, 0), Local(2026, 11, 26, 10, 0), assessed: true);

        Assert.Equal(KpiTally.Empty, _calculator.Tally(record, WeekLater));
        Assert.Equal(AccuracyStatus.NotConfirmed, KpiCalculator.Accuracy(record, WeekLater));
    }

    [Fact]
    public void Total_AddingACancelledOrder_LeavesTheTimelinessFigures()
    {
        OrderProcessingRecord[] orders =
        [
            Order("SO-1", Received, Local(2026, 11, 23, 10, 0)),
            Order("SO-2", Received, Local(2026, 11, 24, 10, 0)),
        ];
        var cancelled = OrderProcessingRecord.ForOutcome("SO-3", Received, ProcessingOutcome.Cancelled, null, Local(2026, 11, 27, 9, 0), null, null);

        var before = _calculator.Total(orders, [], WeekLater);
        var after = _calculator.Total([.. orders, cancelled], [], WeekLater);

        Assert.Equal((1L, 2L, 0L), (before.OnTime, before.Due, before.NotYetDue));
        Assert.Equal(before, after);
    }

    [Fact]
    public void Timeliness_OpenPastTheStandardTimeAtAsOf_IsLate() =>
        Assert.Equal(TimelinessStatus.Late, _calculator.Timeliness(Record(ProcessingOutcome.Open, null, null), Local(2026, 11, 23, 17, 1)));

    [Fact]
    public void Timeliness_OpenWithinTheStandardTimeAtAsOf_IsNotYetDue() =>
        Assert.Equal(TimelinessStatus.NotYetDue, _calculator.Timeliness(Record(ProcessingOutcome.Open, null, null), Local(2026, 11, 23, 17, 0)));

    [Fact]
    public void Timeliness_RejectedAfterAsOf_CountsAsOpenAtAsOf()
    {
        var record = Record(ProcessingOutcome.Rejected, null, Local(2026, 11, 24, 10, 0));

        Assert.Equal(TimelinessStatus.NotYetDue, _calculator.Timeliness(record, Local(2026, 11, 23, 12, 0)));
        Assert.Equal(TimelinessStatus.Late, _calculator.Timeliness(record, Local(2026, 11, 24, 9, 30)));
        Assert.Equal(TimelinessStatus.Late, _calculator.Timeliness(record, Local(2026, 11, 24, 10, 0)));
    }

    [Fact]
    public void Timeliness_CancelledAfterAsOf_CountsAsItStoodAtAsOf()
    {
        var confirmedThenCancelled = Record(ProcessingOutcome.Cancelled, Local(2026, 11, 23, 10, 0), Local(2026, 11, 26, 10, 0));
        var cancelledOpen = Record(ProcessingOutcome.Cancelled, null, Local(2026, 11, 26, 10, 0));

        Assert.Equal(TimelinessStatus.OnTime, _calculator.Timeliness(confirmedThenCancelled, Local(2026, 11, 25, 9, 0)));
        Assert.Equal(TimelinessStatus.Late, _calculator.Timeliness(cancelledOpen, Local(2026, 11, 25, 9, 0)));
        Assert.Equal(TimelinessStatus.Cancelled, _calculator.Timeliness(cancelledOpen, Local(2026, 11, 26, 10, 0)));
    }

    [Fact]
    public void Explain_RejectedAndCancelledOrders_AreListedWithWhyTheyCountOrNot()
    {
        OrderProcessingRecord[] orders =
        [
            OrderProcessingRecord.ForOutcome("SO-R", Received, ProcessingOutcome.Rejected, null, Local(2026, 11, 23, 11, 0), null, null),
            OrderProcessingRecord.ForOutcome("SO-C", Received, ProcessingOutcome.Cancelled, Local(2026, 11, 23, 10, 0), Local(2026, 11, 24, 11, 0), null, null, assessed: true),
            Order("SO-K", Received, Local(2026, 11, 23, 12, 0), assessed: true),
        ];

        var explanation = Assert.Single(_calculator.Explain(orders, [], new KpiQuery(WeekLater)));

        Assert.Equal(["SO-R"], explanation.Rejected);
        Assert.Equal(["SO-C"], explanation.Cancelled);
        Assert.Equal(["SO-R", "SO-K"], explanation.OnTime);
        Assert.Equal(["SO-R", "SO-K"], explanation.Due);
        Assert.Equal(["SO-K"], explanation.Assessed);
        Assert.Empty(explanation.NotYetDue);
    }

    [Fact]
    public void Explain_OutcomesAfterAsOf_AreNotListedAsRejectedOrCancelled()
    {
        OrderProcessingRecord[] orders =
        [
            OrderProcessingRecord.ForOutcome("SO-R", Received, ProcessingOutcome.Rejected, null, Local(2026, 11, 24, 11, 0), null, null),
            OrderProcessingRecord.ForOutcome("SO-C", Received, ProcessingOutcome.Cancelled, null, Local(2026, 11, 24, 11, 0), null, null),
        ];

        var explanation = Assert.Single(_calculator.Explain(orders, [], new KpiQuery(Local(2026, 11, 23, 12, 0))));

        Assert.Empty(explanation.Rejected);
        Assert.Empty(explanation.Cancelled);
        Assert.Equal(["SO-R", "SO-C"], explanation.NotYetDue);
    }
}
