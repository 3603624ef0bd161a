using NodaTime;
using OrderConfirmation.Kpis;
using static OrderConfirmation.Tests.Kpis.KpiRecords;

namespace OrderConfirmation.Tests.Kpis;

/// <summary>The record's contract: waits kept sorted with overlapping or touching ones merged, defects and their attribution, and what the constructor refuses.</summary>
public sealed class OrderProcessingRecordTests
{
    private static readonly Instant Received = Local(2026, 11, 23, 9, 0);

    private static Interval Wait(int fromHour, int fromMinute, int toHour, int toMinute) =>
        new(Local(2026, 11, 23, fromHour, fromMinute), Local(2026, 11, 23, toHour, toMinute));

    private static OrderProcessingRecord WithWaits(params Interval[] waits) =>
        new("SO-1", Received, null, null, null, waits);

    private static OrderProcessingRecord WithDefects(params ConfirmationDefect[] defects) =>
        new("SO-1", Received, Local(2026, 11, 23, 10, 0), null, null, assessed: true, defects: defects);

    [Fact]
    public void Constructor_DisjointWaitsGivenOutOfOrder_AreKeptInTimeOrder() =>
        Assert.Equal([Wait(10, 0, 11, 0), Wait(14, 0, 15, 0)], WithWaits(Wait(14, 0, 15, 0), Wait(10, 0, 11, 0)).CustomerWaits);

    [Fact]
    public void Constructor_OverlappingWaitsGivenOutOfOrder_AreMergedIntoTheirUnion() =>
        Assert.Equal([Wait(10, 0, 14, 0)], WithWaits(Wait(11, 0, 14, 0), Wait(10, 0, 12, 0)).CustomerWaits);

    [Fact]
    public void Constructor_TouchingWaits_AreMergedIntoOne() =>
        Assert.Equal([Wait(10, 0, 12, 0)], WithWaits(Wait(10, 0, 11, 0), Wait(11, 0, 12, 0)).CustomerWaits);

    [Fact]
    public void Constructor_WaitInsideAnother_KeepsTheOuterWait() =>
        Assert.Equal([Wait(10, 0, 14, 0)], WithWaits(Wait(10, 0, 14, 0), Wait(11, 0, 12, 0)).CustomerWaits);

    [Fact]
    public void Constructor_OverlapThenGap_MergesTheOverlapAndKeepsTheSeparateWait() =>
        Assert.Equal(
            [Wait(9, 0, 10, 30), Wait(12, 0, 13, 0), Wait(15, 0, 16, 0)],
            WithWaits(Wait(15, 0, 16, 0), Wait(9, 30, 10, 30), Wait(12, 0, 13, 0), Wait(9, 0, 10, 0)).CustomerWaits);

    [Fact]
    public void Constructor_NoWaitsGiven_HasNoWaits()
    {
        Assert.Empty(new OrderProcessingRecord("SO-1", Received, null, null, null).CustomerWaits);
        Assert.Empty(WithWaits().CustomerWaits);
    }

    [Fact]
    public void Constructor_SingleWait_IsKeptAsGiven() =>
        Assert.Equal([Wait(10, 0, 11, 0)], WithWaits(Wait(10, 0, 11, 0)).CustomerWaits);

    [Fact]
    public void Constructor_TwoAttributableDefects_HasAnAttributableDefect() =>
        Assert.True(WithDefects(new ConfirmationDefect("InfeasibleDate", true), new ConfirmationDefect("WrongPrice", true)).HasAttributableDefect);

    [Fact]
    public void Constructor_AttributableDefectFollowedByAnotherDefect_HasAnAttributableDefect() =>
        Assert.True(WithDefects(new ConfirmationDefect("InfeasibleDate", true), new ConfirmationDefect("CustomerChangedMind", false)).HasAttributableDefect);

    [Fact]
    public void Constructor_OnlyDefectsNotAttributable_HasNoAttributableDefect() =>
        Assert.False(WithDefects(new ConfirmationDefect("CustomerChangedMind", false), new ConfirmationDefect("CarrierStrike", false)).HasAttributableDefect);

    [Fact]
    public void Constructor_Defects_AreKeptAsGivenInOrder()
    {
        ConfirmationDefect[] defects = [new("CustomerChangedMind", false), new("InfeasibleDate", true)];

        Assert.Equal(defects, WithDefects(defects).Defects);
    }

    [Fact]
    public void Constructor_NoDefectsGiven_HasNoDefects()
    {
        var record = new OrderProcessingRecord("SO-1", Received, null, null, null, defects: null);

        Assert.Empty(record.Defects);
        Assert.False(record.HasAttributableDefect);
    }

    [Fact]
    public void Constructor_ConfirmedTheMomentItWasReceived_IsAccepted() =>
        Assert.Equal(Received, new OrderProcessingRecord("SO-1", Received, Received, null, null).ConfirmedAt);

    [Fact]
    public void Constructor_Fields_AreKeptAsGiven()
    {
        var record = new OrderProcessingRecord("SO-9", Received, Local(2026, 11, 24, 9, 0), "Sales", "sales.zhang", assessed: true);

        Assert.Equal(("SO-9", Received, Local(2026, 11, 24, 9, 0), "Sales", "sales.zhang", true), (record.OrderId, record.ReceivedAt, record.ConfirmedAt!.Value, record.Department, record.Employee, record.Assessed));
    }

    public static TheoryData<string, Type, Func<OrderProcessingRecord>> InvalidArguments => new()
    {
        { "orderId", typeof(ArgumentNullException), () => new OrderProcessingRecord(null!, Received, null, null, null) },
        { "orderId", typeof(ArgumentException), () => new OrderProcessingRecord("", Received, null, null, null) },
        { "orderId", typeof(ArgumentException), () => new OrderProcessingRecord("  ", Received, null, null, null) },
        { "confirmedAt", typeof(ArgumentException), () => new OrderProcessingRecord("SO-1", Received, Received - Duration.FromMinutes(1), null, null) },
        { "customerWaits", typeof(ArgumentException), () => WithWaits(new Interval(Local(2026, 11, 23, 10, 0), null)) },
        { "customerWaits", typeof(ArgumentException), () => WithWaits(new Interval(null, Local(2026, 11, 23, 10, 0))) },
        { "customerWaits", typeof(ArgumentException), () => WithWaits(Wait(10, 0, 11, 0), new Interval(Local(2026, 11, 23, 12, 0), null)) },
        { "defects", typeof(ArgumentNullException), () => WithDefects(new ConfirmationDefect("InfeasibleDate", false), null!) },
    };

    [Theory]
    [MemberData(nameof(InvalidArguments))]
    public void Constructor_InvalidArgument_ThrowsNamingTheParameter(string parameter, Type exception, Func<OrderProcessingRecord> create)
    {
        var thrown = Assert.Throws(exception, () => create());

        Assert.Equal(parameter, ((ArgumentException)thrown).ParamName);
    }

    [Fact]
    public void Constructor_ConfirmedBeforeReceived_MessageNamesTheOrderAndBothInstants()
    {
        var confirmed = Received - Duration.FromHours(1);

        var message = Assert.Throws<ArgumentException>(() => new OrderProcessingRecord("SO-77", Received, confirmed, null, null)).Message;

        Assert.Contains("SO-77", message, StringComparison.Ordinal);
        Assert.Contains($"({confirmed})", message, StringComparison.Ordinal);
        Assert.Contains($"({Received})", message, StringComparison.Ordinal);
    }

    [Fact]
    public void Constructor_WaitWithoutEnd_MessageNamesTheOrderAndWhatIsMissing()
    {
        var message = Assert.Throws<ArgumentException>(() => new OrderProcessingRecord("SO-77", Received, null, null, null, [new Interval(Received, null)])).Message;

        Assert.Contains("SO-77", message, StringComparison.Ordinal);
        Assert.Contains("a start and an end", message, StringComparison.Ordinal);
    }
}
