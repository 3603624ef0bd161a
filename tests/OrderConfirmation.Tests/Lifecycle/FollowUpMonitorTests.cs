using NodaTime;
using NodaTime.Testing;
using OrderConfirmation.Lifecycle;
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
}
