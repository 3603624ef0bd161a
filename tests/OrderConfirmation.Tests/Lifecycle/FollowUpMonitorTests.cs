using NodaTime;
using NodaTime.Testing;
using OrderConfirmation.Lifecycle.Commands;
using OrderConfirmation.Lifecycle.State;
using OrderConfirmation.Tests.Builders;

namespace OrderConfirmation.Tests.Lifecycle;

public sealed class FollowUpMonitorTests
{
    private static readonly DateTimeZone Shanghai = FactsBuilder.Shanghai;

    private readonly LifecycleScenario _scenario = new();
    private readonly FakeClock _clock = new(LifecycleScenario.Friday10);

    private FollowUpMonitor Monitor => new(_scenario.Policy);

    private static Instant Local(int month, int day, int hour, int minute = 0) =>
        new LocalDateTime(2026, month, day, hour, minute).InZoneStrictly(Shanghai).ToInstant();

    private OrderState AskedOnFriday()
    {
        _scenario.At = _clock.GetCurrentInstant();
        return _scenario.AwaitingCustomer();
    }

    [Theory]
    [InlineData(11, 28, 12)] // Saturday
    [InlineData(11, 30, 17)] // Monday
    [InlineData(12, 2, 17)]  // Wednesday, before close of business
    [InlineData(12, 2, 18)]  // Wednesday at close of business: the deadline itself, still in time
    public void OverdueClarifications_BeforeTheDeadline_IsEmpty(int month, int day, int hour)
    {
        var asked = AskedOnFriday();
        _clock.Reset(Local(month, day, hour));

        Assert.Empty(FollowUpMonitor.OverdueClarifications([asked], _clock.GetCurrentInstant()));
    }

    [Fact]
    public void OverdueClarifications_AfterWednesdayCloseOfBusiness_ListsTheOrder()
    {
        var asked = AskedOnFriday();
        _clock.Reset(Local(12, 2, 18));
        _clock.Advance(Duration.FromMinutes(1));

        Assert.Same(asked, Assert.Single(FollowUpMonitor.OverdueClarifications([asked, _scenario.UnderReview()], _clock.GetCurrentInstant())));
    }

    [Fact]
    public void OverdueClarifications_AfterTheReply_IsEmpty()
    {
        var replied = _scenario.Accept(AskedOnFriday(), new RecordCustomerReply("done", LifecycleScenario.Ready), LifecycleScenario.Sales);
        _clock.Reset(Local(12, 10, 9));

        Assert.Empty(FollowUpMonitor.OverdueClarifications([replied], _clock.GetCurrentInstant()));
    }

    [Theory]
    [InlineData(12, 11, false)] // Friday: 4 days before the promise
    [InlineData(12, 12, true)]  // Saturday: 3 days before
    [InlineData(12, 15, true)]  // the promised day itself
    [InlineData(12, 16, false)] // late, not at risk
    public void AtRisk_PromiseWithinThreeDaysAndNotShipped_DependsOnTheDay(int month, int day, bool atRisk)
    {
        var executing = _scenario.InExecution();
        _clock.Reset(Local(month, day, 9));

        Assert.Equal(atRisk, Monitor.AtRisk([executing], _clock.GetCurrentInstant()).Contains(executing));
    }

    [Fact]
    public void AtRisk_ShippedInFull_IsNotAtRisk()
    {
        var shipped = _scenario.Accept(_scenario.InExecution(), new ReportProgress(ProgressReport.Shipped([new LineShipment(1, 10m)])), LifecycleScenario.Executor);
        _clock.Reset(Local(12, 14, 9));

        Assert.Empty(Monitor.AtRisk([shipped], _clock.GetCurrentInstant()));
    }

    [Fact]
    public void AtRisk_ConfiguredWindow_IsUsed()
    {
        var monitor = new FollowUpMonitor(_scenario.Policy with { AtRiskWithinDays = 7 });
        var confirmed = _scenario.Confirmed();

        Assert.Single(monitor.AtRisk([confirmed], Local(12, 8, 9)));
    }

    [Fact]
    public void Late_PromisePassedWithoutDelivery_ListsTheOrder()
    {
        var executing = _scenario.InExecution();

        Assert.Empty(Monitor.Late([executing], Local(12, 15, 23, 59)));
        Assert.Same(executing, Assert.Single(Monitor.Late([executing], Local(12, 16, 0, 1))));
    }

    [Fact]
    public void Late_Delivered_IsNotLate() =>
        Assert.Empty(Monitor.Late([_scenario.Delivered()], Local(12, 20, 9)));

    [Fact]
    public void Late_OrdersOutsideExecution_AreIgnored() =>
        Assert.Empty(Monitor.Late([_scenario.UnderReview(), _scenario.Completed(), _scenario.Cancelled()], Local(12, 20, 9)));

    private OrderState ConfirmedFor(LocalDate promised) =>
        _scenario.Accept(_scenario.UnderReview(), new ConfirmOrder(promised), LifecycleScenario.Head);

    [Fact]
    public void OverdueClarifications_SeveralOrders_EarliestDeadlineFirst()
    {
        var askedFriday = AskedOnFriday();
        _scenario.At = Local(11, 30, 10);
        var askedMonday = _scenario.AwaitingCustomer();

        Assert.Equal([askedFriday, askedMonday], FollowUpMonitor.OverdueClarifications([askedMonday, askedFriday], Local(12, 10, 9)));
    }

    [Fact]
    public void AtRisk_SeveralOrders_EarliestPromiseFirst()
    {
        var promised14 = ConfirmedFor(new LocalDate(2026, 12, 14));
        var promised13 = ConfirmedFor(new LocalDate(2026, 12, 13));

        Assert.Equal([promised13, promised14], Monitor.AtRisk([promised14, promised13], Local(12, 12, 9)));
    }

    [Fact]
    public void AtRisk_CancelledAfterConfirmation_IsNotFollowedUp()
    {
        var cancelled = _scenario.Accept(_scenario.Confirmed(), new CancelOrder("customer withdrew"), LifecycleScenario.Head);

        Assert.Empty(Monitor.AtRisk([cancelled], Local(12, 14, 9)));
    }

    [Fact]
    public void AtRisk_JustAfterMidnightInShanghai_CountsFromTheCompanysDate()
    {
        var confirmed = _scenario.Confirmed(); // promised 2026-12-15, at risk from Saturday 12-12

        Assert.Single(Monitor.AtRisk([confirmed], Instant.FromUtc(2026, 12, 11, 16, 30))); // 12-12 00:30 in Shanghai, 12-11 in UTC
    }

    [Fact]
    public void Late_SeveralOrders_EarliestPromiseFirst()
    {
        var promised14 = ConfirmedFor(new LocalDate(2026, 12, 14));
        var promised13 = ConfirmedFor(new LocalDate(2026, 12, 13));

        Assert.Equal([promised13, promised14], Monitor.Late([promised14, promised13], Local(12, 20, 9)));
    }

    [Fact]
    public void Late_CancelledAfterConfirmation_IsNotLate()
    {
        var cancelled = _scenario.Accept(_scenario.Confirmed(), new CancelOrder("customer withdrew"), LifecycleScenario.Head);

        Assert.Empty(Monitor.Late([cancelled], Local(12, 20, 9)));
    }

    [Fact]
    public void Late_JustAfterMidnightInShanghai_CountsFromTheCompanysDate() =>
        Assert.Single(Monitor.Late([_scenario.Confirmed()], Instant.FromUtc(2026, 12, 15, 16, 30))); // 12-16 00:30 in Shanghai, 12-15 in UTC
}
