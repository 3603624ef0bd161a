using NodaTime;
using OrderConfirmation.Calendars;
using OrderConfirmation.Lifecycle.Commands;
using OrderConfirmation.Lifecycle.State;
using OrderConfirmation.Tests.Builders;

namespace OrderConfirmation.Tests.Lifecycle;

/// <summary>
/// Issue 16, item 1: the follow-up monitor lists the customer notifications not sent within
/// <see cref="LifecyclePolicy.NotificationWithin"/> (4 business hours by default) on the working calendar,
/// Monday–Friday 09:00–12:00 and 13:00–18:00 in Shanghai. Due instants are worked out by hand from the calendar.
/// </summary>
public sealed class UnsentNotificationTests
{
    private static Instant Local(int month, int day, int hour, int minute = 0) =>
        new LocalDateTime(2026, month, day, hour, minute).InZoneStrictly(FactsBuilder.Shanghai).ToInstant();

    /// <summary>An order in execution whose delay was reported at <paramref name="raisedAt"/>, opening notification N1.</summary>
    private static OrderState DelayReportedAt(LifecycleScenario scenario, Instant raisedAt, string orderId = "SO-1001")
    {
        scenario.At = LifecycleScenario.Friday10;
        var executing = scenario.InExecution();
        scenario.At = raisedAt;
        var reported = scenario.Accept(executing, new ReportProgress(ProgressReport.IssueRaised(ExecutionIssueKind.Delay, "Supplier late")), LifecycleScenario.Executor);
        return reported with { OrderId = orderId };
    }

    [Fact]
    public void NotificationWithin_ByDefault_IsFourHours() =>
        Assert.Equal(Duration.FromHours(4), new LifecycleScenario().Policy.NotificationWithin);

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    public void NotificationWithin_NotPositive_Throws(int minutes) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new LifecycleScenario().Policy with { NotificationWithin = Duration.FromMinutes(minutes) });

    [Fact]
    public void UnsentNotifications_RaisedFridayAt17_AreDueMondayAtNoon()
    {
        var scenario = new LifecycleScenario();
        var reported = DelayReportedAt(scenario, Local(11, 27, 17));
        var monitor = new FollowUpMonitor(scenario.Policy);

        Assert.Empty(monitor.UnsentNotifications([reported], Local(11, 30, 12))); // due: 17–18 on Friday, 09–12 on Monday
        var unsent = Assert.Single(monitor.UnsentNotifications([reported], Local(11, 30, 12, 1)));
        Assert.Equal(("SO-1001", "N1", Local(11, 30, 12)), (unsent.OrderId, unsent.Notification.Id, unsent.Due));
    }

    [Fact]
    public void UnsentNotifications_MondayAHoliday_AreDueTuesdayAtNoon()
    {
        var standard = WorkingCalendar.Standard(FactsBuilder.Shanghai);
        var calendar = new WorkingCalendar(standard.Zone, standard.Week, [new LocalDate(2026, 11, 30)]);
        var scenario = new LifecycleScenario(new LifecyclePolicy(calendar));
        var reported = DelayReportedAt(scenario, Local(11, 27, 17));
        var monitor = new FollowUpMonitor(scenario.Policy);

        Assert.Empty(monitor.UnsentNotifications([reported], Local(12, 1, 12)));
        Assert.Equal(Local(12, 1, 12), Assert.Single(monitor.UnsentNotifications([reported], Local(12, 1, 12, 1))).Due);
    }

    [Fact]
    public void UnsentNotifications_RaisedDuringLunch_CountFromOnePm()
    {
        var scenario = new LifecycleScenario();
        var reported = DelayReportedAt(scenario, Local(11, 27, 12, 30));

        Assert.Equal(Local(11, 27, 17), Assert.Single(new FollowUpMonitor(scenario.Policy).UnsentNotifications([reported], Local(11, 28, 9))).Due);
    }

    [Fact]
    public void UnsentNotifications_AnsweredByAnOutboundCommunication_AreNotListed()
    {
        var scenario = new LifecycleScenario();
        var reported = DelayReportedAt(scenario, Local(11, 27, 10));
        var told = scenario.Accept(reported, new RecordCommunication(CommunicationChannel.Email, CommunicationDirection.Outbound, "Customer: Zhang Wei", "Told of the delay.", Local(11, 27, 10)), LifecycleScenario.Sales);
        var answered = scenario.Accept(told, new RecordCommunication(CommunicationChannel.Email, CommunicationDirection.Outbound, "Customer: Zhang Wei", "Told of the delay.", Local(11, 27, 10), ["N1"]), LifecycleScenario.Sales);
        var monitor = new FollowUpMonitor(scenario.Policy);

        Assert.Single(monitor.UnsentNotifications([told], Local(12, 10, 9)));
        Assert.Empty(monitor.UnsentNotifications([answered], Local(12, 10, 9)));
    }

    [Fact]
    public void UnsentNotifications_SeveralOrders_OldestDueFirst()
    {
        var scenario = new LifecycleScenario();
        var later = DelayReportedAt(scenario, Local(11, 27, 11, 30), "SO-2");
        var earlier = DelayReportedAt(scenario, Local(11, 27, 10, 30), "SO-3");
        var policy = scenario.Policy with { NotificationWithin = Duration.FromHours(1) };

        var unsent = new FollowUpMonitor(policy).UnsentNotifications([later, earlier], Local(11, 27, 15));

        Assert.Equal([("SO-3", Local(11, 27, 11, 30)), ("SO-2", Local(11, 27, 13, 30))], unsent.Select(u => (u.OrderId, u.Due)));
    }

    [Fact]
    public void UnsentNotifications_NullOrders_Throws() =>
        Assert.Equal("orders", Assert.Throws<ArgumentNullException>(() => new FollowUpMonitor(new LifecycleScenario().Policy).UnsentNotifications(null!, LifecycleScenario.Friday10)).ParamName);
}
