using NodaTime;
using NodaTime.Testing;
using OrderConfirmation.Audit;
using OrderConfirmation.Lifecycle;
using OrderConfirmation.Lifecycle.Commands;
using OrderConfirmation.Lifecycle.State;
using OrderConfirmation.Tests.Builders;

namespace OrderConfirmation.Tests.Lifecycle;

/// <summary>
/// The audit-trail contract supervision reads (issue 16, contract between communications and supervision), written out by
/// hand: a <c>RecordCommunication</c>'s details with its assigned id and answers, the carrying communication of a
/// clarification and a reply, and the notification id on each <c>CustomerNotificationRequired</c> event.
/// </summary>
public sealed class CommunicationAuditTests
{
    private readonly InMemoryAuditLog _log = new();
    private readonly OrderLifecycle _lifecycle;
    private readonly LifecycleScenario _scenario = new();

    public CommunicationAuditTests() =>
        _lifecycle = new OrderLifecycle(_scenario.Machine, _log, new FakeClock(LifecycleScenario.Friday10));

    private static Instant Occurred => Instant.FromUtc(2026, 11, 27, 1, 30);

    private OrderState Run(OrderState state, LifecycleCommand command, Actor actor)
    {
        var result = _lifecycle.Execute(state, command, actor);
        Assert.True(result.IsAccepted, result.Refusal?.Message);
        return result.State!;
    }

    private string Last(string kind) => _log.Entries.Last(e => e.Kind == kind).Payload;

    [Fact]
    public void RecordCommunication_Accepted_WritesTheContractDetails()
    {
        var delayed = Run(_scenario.InExecution(), new ReportProgress(ProgressReport.IssueRaised(ExecutionIssueKind.Delay, "Supplier late")), LifecycleScenario.Executor);
        var first = Run(delayed, new RecordCommunication(CommunicationChannel.Phone, CommunicationDirection.Inbound, "Customer: Zhang Wei", "Asked where the hosts are.", Occurred), LifecycleScenario.Sales);

        Run(first, new RecordCommunication(CommunicationChannel.Email, CommunicationDirection.Outbound, "Customer: Zhang Wei", "Told of the delay.", Occurred, ["N1"]), LifecycleScenario.Sales);

        Assert.Equal(
            """{"command":"RecordCommunication","from":"InExecution","to":"InExecution","revision":1,"details":{"communicationId":"C2","channel":"Email","direction":"Outbound","counterpart":"Customer: Zhang Wei","summary":"Told of the delay.","occurredAt":"2026-11-27T01:30:00Z","answers":["N1"]},"events":[]}""",
            Last(nameof(AuditEntryKind.CommandAccepted)));
    }

    [Fact]
    public void RecordCommunication_WithoutAnswers_WritesAnEmptyList()
    {
        Run(_scenario.UnderReview(), new RecordCommunication(CommunicationChannel.InstantMessage, CommunicationDirection.Outbound, "Sales: lin", "Asked about IPv6.", Occurred), LifecycleScenario.Officer);

        Assert.Contains("""
            "details":{"communicationId":"C1","channel":"InstantMessage","direction":"Outbound","counterpart":"Sales: lin","summary":"Asked about IPv6.","occurredAt":"2026-11-27T01:30:00Z","answers":[]}
            """, Last(nameof(AuditEntryKind.CommandAccepted)), StringComparison.Ordinal);
    }

    [Fact]
    public void RecordCommunication_Refused_WritesNoId()
    {
        _lifecycle.Execute(_scenario.UnderReview(), new RecordCommunication(CommunicationChannel.Letter, CommunicationDirection.Outbound, "Customer: Zhang Wei", "Sent the offer.", Occurred, ["N1"]), LifecycleScenario.Sales);

        var refused = Last(nameof(AuditEntryKind.CommandRefused));
        Assert.Contains("""
            "details":{"channel":"Letter","direction":"Outbound","counterpart":"Customer: Zhang Wei","summary":"Sent the offer.","occurredAt":"2026-11-27T01:30:00Z","answers":["N1"]}
            """, refused, StringComparison.Ordinal);
    }

    [Fact]
    public void CustomerNotificationRequired_Event_CarriesItsNotificationId()
    {
        Run(_scenario.InExecution(), new ReportProgress(ProgressReport.IssueRaised(ExecutionIssueKind.Quality, "Burn-in failed")), LifecycleScenario.Executor);

        Assert.EndsWith(
            """
            "events":[{"kind":"ProgressReported","note":"Issue: Burn-in failed"},{"kind":"CustomerNotificationRequired","note":"Burn-in failed","issue":"Quality","notificationId":"N1"}]}
            """,
            Last(nameof(AuditEntryKind.CommandAccepted)),
            StringComparison.Ordinal);
    }

    [Fact]
    public void ClarificationAndReply_WithTheirCommunications_WriteTheirIds()
    {
        var emailed = Run(_scenario.UnderReview(LifecycleScenario.NeedsClarification), new RecordCommunication(CommunicationChannel.Email, CommunicationDirection.Outbound, "Customer: Zhang Wei", "Asked about IPv6.", Occurred), LifecycleScenario.Officer);
        var asked = Run(emailed, new RequestClarification("Can you do without IPv6?") { CommunicationId = "C1" }, LifecycleScenario.Officer);
        Assert.Contains("""
            "details":{"question":"Can you do without IPv6?","communicationId":"C1"}
            """, Last(nameof(AuditEntryKind.CommandAccepted)), StringComparison.Ordinal);
        var called = Run(asked, new RecordCommunication(CommunicationChannel.Phone, CommunicationDirection.Inbound, "Customer: Zhang Wei", "IPv4 will do.", Occurred), LifecycleScenario.Sales);

        Run(called, new RecordCustomerReply("IPv4 will do.", LifecycleScenario.Ready) { CommunicationId = "C2" }, LifecycleScenario.Sales);

        var reply = Last(nameof(AuditEntryKind.CommandAccepted));
        Assert.Contains("\"reply\":\"IPv4 will do.\",\"orderCorrected\":false,", reply, StringComparison.Ordinal);
        Assert.Contains(",\"communicationId\":\"C2\"},\"events\"", reply, StringComparison.Ordinal);
    }

    [Fact]
    public void ClarificationAndReply_WithoutCommunications_WriteNoId()
    {
        var asked = Run(_scenario.UnderReview(LifecycleScenario.NeedsClarification), new RequestClarification("Can you do without IPv6?"), LifecycleScenario.Officer);
        Assert.Contains("\"details\":{\"question\":\"Can you do without IPv6?\"},", Last(nameof(AuditEntryKind.CommandAccepted)), StringComparison.Ordinal);

        Run(asked, new RecordCustomerReply("IPv4 will do.", LifecycleScenario.Ready), LifecycleScenario.Sales);

        Assert.DoesNotContain("communicationId", Last(nameof(AuditEntryKind.CommandAccepted)), StringComparison.Ordinal);
    }
}
