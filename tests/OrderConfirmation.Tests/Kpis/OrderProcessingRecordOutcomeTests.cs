using NodaTime;
using OrderConfirmation.Kpis;
using static OrderConfirmation.Tests.Kpis.KpiRecords;

namespace OrderConfirmation.Tests.Kpis;

public sealed class OrderProcessingRecordOutcomeTests
{
    private static readonly Instant Received = Local(2026, 11, 23, 9, 0);
    private static readonly Instant Later = Local(2026, 11, 24, 9, 0);
    private static readonly Instant EvenLater = Local(2026, 11, 25, 9, 0);

    private static OrderProcessingRecord Create(ProcessingOutcome outcome, Instant? confirmedAt, Instant? closedAt) =>
        OrderProcessingRecord.ForOutcome("SO-77", Received, outcome, confirmedAt, closedAt, null, null);

    [Fact]
    public void Constructor_WithConfirmation_IsConfirmedAndNotClosed()
    {
        var record = new OrderProcessingRecord("SO-1", Received, Later, null, null);

        Assert.Equal((ProcessingOutcome.Confirmed, (Instant?)null), (record.Outcome, record.ClosedAt));
    }

    [Fact]
    public void Constructor_WithoutConfirmation_IsOpen() =>
        Assert.Equal(ProcessingOutcome.Open, new OrderProcessingRecord("SO-1", Received, null, null, null).Outcome);

    [Fact]
    public void ForOutcome_ConfirmedLikeTheConstructor_GivesAnEqualRecord() =>
        Assert.Equal(KpiRecords.Facts(new OrderProcessingRecord("SO-77", Received, Later, null, null)), KpiRecords.Facts(Create(ProcessingOutcome.Confirmed, Later, null)));

    [Theory]
    [InlineData(ProcessingOutcome.Rejected)]
    [InlineData(ProcessingOutcome.Cancelled)]
    public void ForOutcome_Closed_KeepsTheOutcomeAndTheClosingInstant(ProcessingOutcome outcome)
    {
        var record = Create(outcome, null, Later);

        Assert.Equal((outcome, Later, (Instant?)null), (record.Outcome, record.ClosedAt!.Value, record.ConfirmedAt));
    }

    [Fact]
    public void ForOutcome_CancelledAfterConfirmation_KeepsBothInstants()
    {
        var record = Create(ProcessingOutcome.Cancelled, Later, EvenLater);

        Assert.Equal((Later, EvenLater), (record.ConfirmedAt!.Value, record.ClosedAt!.Value));
    }

    public static TheoryData<string, ProcessingOutcome, Instant?, Instant?> InstantsThatDoNotFit => new()
    {
        { "confirmedAt", ProcessingOutcome.Open, Later, null },
        { "closedAt", ProcessingOutcome.Open, null, Later },
        { "confirmedAt", ProcessingOutcome.Confirmed, null, null },
        { "closedAt", ProcessingOutcome.Confirmed, Later, EvenLater },
        { "closedAt", ProcessingOutcome.Rejected, null, null },
        { "confirmedAt", ProcessingOutcome.Rejected, Later, EvenLater },
        { "closedAt", ProcessingOutcome.Cancelled, null, null },
        { "closedAt", ProcessingOutcome.Cancelled, Later, null },
        { "closedAt", ProcessingOutcome.Rejected, null, Received - Duration.FromMinutes(1) },
        { "closedAt", ProcessingOutcome.Cancelled, null, Received - Duration.FromMinutes(1) },
        { "closedAt", ProcessingOutcome.Cancelled, EvenLater, Later },
        { "confirmedAt", ProcessingOutcome.Confirmed, Received - Duration.FromMinutes(1), null },
    };

    [Theory]
    [MemberData(nameof(InstantsThatDoNotFit))]
    public void ForOutcome_InstantsThatDoNotFitTheOutcome_ThrowNamingTheField(string field, ProcessingOutcome outcome, Instant? confirmedAt, Instant? closedAt)
    {
        var thrown = Assert.Throws<ArgumentException>(() => Create(outcome, confirmedAt, closedAt));

        Assert.Equal(field, thrown.ParamName);
        Assert.Contains("SO-77", thrown.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ForOutcome_ClosedAtReceipt_IsAccepted() =>
        Assert.Equal(Received, Create(ProcessingOutcome.Rejected, null, Received).ClosedAt);

    [Fact]
    public void ForOutcome_CancelledAtTheConfirmationInstant_IsAccepted() =>
        Assert.Equal(Later, Create(ProcessingOutcome.Cancelled, Later, Later).ClosedAt);

    [Fact]
    public void ForOutcome_UndefinedOutcome_ThrowsNamingIt() =>
        Assert.Equal("outcome", Assert.Throws<ArgumentOutOfRangeException>(() => Create((ProcessingOutcome)7, null, null)).ParamName);

    [Fact]
    public void ForOutcome_BlankOrderId_ThrowsNamingIt() =>
        Assert.Equal("orderId", Assert.Throws<ArgumentException>(() => OrderProcessingRecord.ForOutcome(" ", Received, ProcessingOutcome.Open, null, null, null, null)).ParamName);

    [Theory]
    [InlineData(ProcessingOutcome.Rejected, "2026-11-24T08:59:00+08:00", ProcessingOutcome.Open)]
    [InlineData(ProcessingOutcome.Rejected, "2026-11-24T09:00:00+08:00", ProcessingOutcome.Rejected)]
    [InlineData(ProcessingOutcome.Cancelled, "2026-11-24T08:59:00+08:00", ProcessingOutcome.Open)]
    [InlineData(ProcessingOutcome.Cancelled, "2026-11-24T09:00:00+08:00", ProcessingOutcome.Cancelled)]
    public void OutcomeAsOf_ClosingAfterAsOf_WasOpenThen(ProcessingOutcome outcome, string asOf, ProcessingOutcome expected) =>
        Assert.Equal(expected, Create(outcome, null, Later).OutcomeAsOf(NodaTime.Text.OffsetDateTimePattern.ExtendedIso.Parse(asOf).Value.ToInstant()));

    [Fact]
    public void OutcomeAsOf_ConfirmedThenCancelledAfterAsOf_WasConfirmedThen() =>
        Assert.Equal(ProcessingOutcome.Confirmed, Create(ProcessingOutcome.Cancelled, Later, EvenLater).OutcomeAsOf(Later));
}
