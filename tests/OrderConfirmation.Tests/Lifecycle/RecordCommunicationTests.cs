using NodaTime;
using OrderConfirmation.Lifecycle.Commands;
using OrderConfirmation.Lifecycle.State;
using OrderConfirmation.Orders;
using OrderConfirmation.Tests.Builders;

namespace OrderConfirmation.Tests.Lifecycle;

/// <summary>
/// Issue 16, item 1 (articles 4.2 and 6.1, the communication records): everyone working on an order records its
/// communications, in every status, the auditor never; the library numbers them C1, C2, …; an outbound one answers the
/// customer notifications the lifecycle opened (article 4.4).
/// </summary>
public sealed class RecordCommunicationTests
{
    private static readonly Instant HalfAnHourAgo = LifecycleScenario.Friday10 - Duration.FromMinutes(30);

    private readonly LifecycleScenario _scenario = new();

    private static RecordCommunication Call(CommunicationDirection direction = CommunicationDirection.Inbound, params string[] answers) =>
        new(CommunicationChannel.Phone, direction, "Customer: Zhang Wei", "Asked when the hosts ship.", HalfAnHourAgo, answers);

    /// <summary>In execution with one customer notification open: N1, raised by a delay reported at <see cref="LifecycleScenario.Friday10"/>.</summary>
    private OrderState DelayReported() =>
        _scenario.Accept(_scenario.InExecution(), new ReportProgress(ProgressReport.IssueRaised(ExecutionIssueKind.Delay, "Supplier late by a week")), LifecycleScenario.Executor);

    [Theory]
    [InlineData(Role.SalesRep)]
    [InlineData(Role.ConfirmationOfficer)]
    [InlineData(Role.HeadOfOrderConfirmation)]
    [InlineData(Role.FinanceOfficer)]
    [InlineData(Role.ExecutionOfficer)]
    public void RecordCommunication_ByARoleWorkingOnTheOrder_RecordsItAsC1(Role role)
    {
        var actor = LifecycleCommands.ActingAs(role);

        var result = _scenario.Apply(_scenario.UnderReview(), new RecordCommunication(CommunicationChannel.Email, CommunicationDirection.Outbound, "Sales: lin", "Asked Sales about the IPv6 need.", HalfAnHourAgo), actor);

        Assert.True(result.IsAccepted, result.Refusal?.Message);
        var recorded = Assert.Single(result.State!.Communications);
        Assert.Equal(
            ("C1", CommunicationChannel.Email, CommunicationDirection.Outbound, "Sales: lin", "Asked Sales about the IPv6 need.", HalfAnHourAgo, actor.Id, LifecycleScenario.Friday10),
            (recorded.Id, recorded.Channel, recorded.Direction, recorded.Counterpart, recorded.Summary, recorded.OccurredAt, recorded.RecordedBy, recorded.RecordedAt));
        Assert.Empty(recorded.Answers);
        Assert.Empty(result.Events);
    }

    [Fact]
    public void RecordCommunication_ByTheAuditor_IsRefused()
    {
        var state = _scenario.UnderReview();

        var result = _scenario.Apply(state, Call(), LifecycleScenario.Auditor);

        Assert.Equal(RefusalReason.RoleNotPermitted, result.Refusal?.Reason);
        Assert.Same(state, result.State);
    }

    [Theory]
    [InlineData(OrderStatus.Draft)]
    [InlineData(OrderStatus.Submitted)]
    [InlineData(OrderStatus.AwaitingCustomer)]
    [InlineData(OrderStatus.OnHold)]
    [InlineData(OrderStatus.Confirmed)]
    [InlineData(OrderStatus.Completed)]
    [InlineData(OrderStatus.Rejected)]
    [InlineData(OrderStatus.Cancelled)]
    public void RecordCommunication_InAnyStatusTerminalOnesToo_IsRecordedAndKeepsTheStatus(OrderStatus status)
    {
        var state = _scenario.In(status);

        var after = _scenario.Accept(state, new RecordCommunication(CommunicationChannel.Phone, CommunicationDirection.Inbound, "Customer: Zhang Wei", "Complained that the racks were scratched.", HalfAnHourAgo), LifecycleScenario.Sales);

        Assert.Equal((status, state.Revision), (after.Status, after.Revision));
        Assert.Equal("C1", Assert.Single(after.Communications).Id);
        Assert.Equal(state with { Communications = after.Communications }, after);
    }

    [Fact]
    public void RecordCommunication_Several_AreNumberedInRecordingOrder()
    {
        var first = _scenario.Accept(_scenario.UnderReview(), Call(), LifecycleScenario.Sales);
        var second = _scenario.Accept(first, Call(CommunicationDirection.Outbound), LifecycleScenario.Officer);

        Assert.Equal(["C1", "C2"], second.Communications.Select(c => c.Id));
        Assert.Equal(["sales.li", "conf.wang"], second.Communications.Select(c => c.RecordedBy));
    }

    [Theory]
    [InlineData("", "Called back.", "counterpart")]
    [InlineData("  ", "Called back.", "counterpart")]
    [InlineData("Customer: Zhang Wei", "", "summary")]
    [InlineData("Customer: Zhang Wei", " ", "summary")]
    public void RecordCommunication_BlankCounterpartOrSummary_Throws(string counterpart, string summary, string parameter) =>
        Assert.Equal(parameter, Assert.ThrowsAny<ArgumentException>(() => new RecordCommunication(CommunicationChannel.Phone, CommunicationDirection.Inbound, counterpart, summary, HalfAnHourAgo)).ParamName);

    [Fact]
    public void RecordCommunication_UndefinedChannelOrDirection_Throws()
    {
        Assert.Equal("channel", Assert.Throws<ArgumentOutOfRangeException>(() => new RecordCommunication((CommunicationChannel)9, CommunicationDirection.Inbound, "Customer", "Hello.", HalfAnHourAgo)).ParamName);
        Assert.Equal("direction", Assert.Throws<ArgumentOutOfRangeException>(() => new RecordCommunication(CommunicationChannel.Letter, (CommunicationDirection)9, "Customer", "Hello.", HalfAnHourAgo)).ParamName);
    }

    [Fact]
    public void RecordCommunication_ANotificationNamedTwice_Throws() =>
        Assert.Equal("answers", Assert.Throws<ArgumentException>(() => Call(CommunicationDirection.Outbound, "N1", "N1")).ParamName);

    [Fact]
    public void RecordCommunication_OccurredAfterItIsRecorded_IsRefused()
    {
        var command = new RecordCommunication(CommunicationChannel.Phone, CommunicationDirection.Inbound, "Customer: Zhang Wei", "Will call tomorrow.", LifecycleScenario.Friday10 + Duration.FromMinutes(1));

        var result = _scenario.Apply(_scenario.UnderReview(), command, LifecycleScenario.Sales);

        Assert.Equal(RefusalReason.PreconditionFailed, result.Refusal?.Reason);
        Assert.Equal(
            "RecordCommunication refused for order SO-1001: the communication is said to have occurred at 2026-11-27T02:01:00Z, after it is recorded (2026-11-27T02:00:00Z); record a communication once it has happened.",
            result.Refusal?.Message);
    }

    [Fact]
    public void RecordCommunication_OccurredTheMomentItIsRecorded_IsAccepted() =>
        Assert.True(_scenario.Apply(_scenario.UnderReview(), new RecordCommunication(CommunicationChannel.Meeting, CommunicationDirection.Outbound, "Customer: Zhang Wei", "Walked through the offer.", LifecycleScenario.Friday10), LifecycleScenario.Sales).IsAccepted);

    [Fact]
    public void RecordCommunication_AnsweringAnUnknownNotification_IsRefused() =>
        Assert.Equal(
            "RecordCommunication refused for order SO-1001: there is no customer notification N2 on the order.",
            _scenario.Apply(DelayReported(), Call(CommunicationDirection.Outbound, "N2"), LifecycleScenario.Sales).Refusal?.Message);

    [Fact]
    public void RecordCommunication_InboundAnsweringANotification_IsRefused() =>
        Assert.Equal(
            "RecordCommunication refused for order SO-1001: an inbound communication cannot answer customer notification N1: the customer is told by an outbound one.",
            _scenario.Apply(DelayReported(), Call(CommunicationDirection.Inbound, "N1"), LifecycleScenario.Sales).Refusal?.Message);

    [Fact]
    public void RecordCommunication_AnsweringANotificationAlreadyAnswered_IsRefusedAndChangesNothing()
    {
        var told = _scenario.Accept(DelayReported(), Call(CommunicationDirection.Outbound, "N1"), LifecycleScenario.Sales);

        var result = _scenario.Apply(told, Call(CommunicationDirection.Outbound, "N1"), LifecycleScenario.Head);

        Assert.Equal("RecordCommunication refused for order SO-1001: customer notification N1 was already answered by communication C1.", result.Refusal?.Message);
        Assert.Same(told, result.State);
    }

    [Fact]
    public void ReportProgress_Issue_OpensNotificationN1()
    {
        var result = _scenario.Apply(_scenario.InExecution(), new ReportProgress(ProgressReport.IssueRaised(ExecutionIssueKind.Quality, "Two hosts failed burn-in")), LifecycleScenario.Executor);

        var raised = Assert.Single(result.Events, e => e.Kind == LifecycleEventKind.CustomerNotificationRequired);
        Assert.Equal("N1", raised.NotificationId);
        var notification = Assert.Single(result.State!.Notifications);
        Assert.Equal(new CustomerNotification("N1", "Two hosts failed burn-in", ExecutionIssueKind.Quality, LifecycleScenario.Friday10), notification);
        Assert.True(notification.IsOpen);
        Assert.All(result.Events.Where(e => e.Kind != LifecycleEventKind.CustomerNotificationRequired), e => Assert.Null(e.NotificationId));
    }

    [Fact]
    public void CustomerNotifications_FromDifferentCommands_AreNumberedInTheOrderRaised()
    {
        var moved = _scenario.Accept(DelayReported(), new RescheduleDelivery(new LocalDate(2026, 12, 22), ExecutionExceptionReason.Delay, "agreed by phone"), LifecycleScenario.Head);
        var result = _scenario.Apply(moved, new CancelExecution(ExecutionExceptionReason.ForceMajeure, "Flood; customer agreed"), LifecycleScenario.Head);

        Assert.Equal(["N1", "N2", "N3"], result.State!.Notifications.Select(n => n.Id));
        Assert.Equal([ExecutionIssueKind.Delay, ExecutionIssueKind.Delay, ExecutionIssueKind.ForceMajeure], result.State.Notifications.Select(n => n.Issue));
        Assert.All(result.State.Notifications, n => Assert.True(n.IsOpen));
        Assert.Equal("N3", Assert.Single(result.Events, e => e.Kind == LifecycleEventKind.CustomerNotificationRequired).NotificationId);
    }

    [Fact]
    public void RecordCommunication_OutboundAnsweringAnOpenNotification_ClosesIt()
    {
        var told = _scenario.Accept(DelayReported(), Call(CommunicationDirection.Outbound, "N1"), LifecycleScenario.Sales);

        var notification = Assert.Single(told.Notifications);
        Assert.False(notification.IsOpen);
        Assert.Equal(("C1", (Instant?)HalfAnHourAgo), (notification.AnsweredBy, notification.AnsweredAt));
        Assert.Equal(["N1"], Assert.Single(told.Communications).Answers);
        Assert.Equal(OrderStatus.InExecution, told.Status);
    }

    [Fact]
    public void RecordCommunication_AfterCompletion_AnswersANotificationStillOpen()
    {
        var delayed = DelayReported();
        var shipped = _scenario.Accept(delayed, new ReportProgress(ProgressReport.Shipped([new LineShipment(1, 10m)])), LifecycleScenario.Executor);
        var delivered = _scenario.Accept(shipped, new ReportProgress(ProgressReport.Delivered()), LifecycleScenario.Executor);
        var completed = _scenario.Accept(delivered, new CompleteOrder(), LifecycleScenario.Executor);

        var told = _scenario.Accept(completed, Call(CommunicationDirection.Outbound, "N1"), LifecycleScenario.Sales);

        Assert.Equal((OrderStatus.Completed, "C1"), (told.Status, told.Notifications[0].AnsweredBy));
    }
}
