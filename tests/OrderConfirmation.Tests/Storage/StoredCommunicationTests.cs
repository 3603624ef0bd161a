using System.Text.Json.Nodes;
using NodaTime;
using OrderConfirmation.Lifecycle.Commands;
using OrderConfirmation.Lifecycle.State;
using OrderConfirmation.Storage;
using OrderConfirmation.Tests.Builders;

namespace OrderConfirmation.Tests.Storage;

/// <summary>
/// Format 3 of a stored state (issue 16) keeps the communication records, the customer notifications and the
/// clarifications replied to, with the communications that carried them; documents of formats 1 and 2 read as states
/// without them.
/// </summary>
public sealed class StoredCommunicationTests
{
    private static readonly Instant Earlier = LifecycleScenario.Friday10 - Duration.FromMinutes(20);

    private readonly LifecycleScenario _scenario = new();

    /// <summary>
    /// A clarification asked by e-mail (C1) and answered by phone (C2), then, in execution, a delay (N1, answered by C3) and
    /// a reschedule (N2, still open).
    /// </summary>
    private OrderState Communicated()
    {
        var emailed = _scenario.Accept(_scenario.UnderReview(LifecycleScenario.NeedsClarification), new RecordCommunication(CommunicationChannel.Email, CommunicationDirection.Outbound, "Customer: Zhang Wei", "Asked about IPv6.", Earlier), LifecycleScenario.Officer);
        var asked = _scenario.Accept(emailed, new RequestClarification("Can you do without IPv6?") { CommunicationId = "C1" }, LifecycleScenario.Officer);
        var called = _scenario.Accept(asked, new RecordCommunication(CommunicationChannel.Phone, CommunicationDirection.Inbound, "Customer: Zhang Wei", "IPv4 will do.", Earlier), LifecycleScenario.Sales);
        var replied = _scenario.Accept(called, new RecordCustomerReply("IPv4 will do.", LifecycleScenario.Ready) { CommunicationId = "C2" }, LifecycleScenario.Sales);
        var confirmed = _scenario.Accept(replied, new ConfirmOrder(LifecycleScenario.Promised), LifecycleScenario.Head);
        var executing = _scenario.Accept(confirmed, new StartExecution(), LifecycleScenario.Executor);
        var delayed = _scenario.Accept(executing, new ReportProgress(ProgressReport.IssueRaised(ExecutionIssueKind.Delay, "Supplier late")), LifecycleScenario.Executor);
        var told = _scenario.Accept(delayed, new RecordCommunication(CommunicationChannel.Letter, CommunicationDirection.Outbound, "Customer: Zhang Wei", "Told of the delay.", LifecycleScenario.Friday10, ["N1"]), LifecycleScenario.Sales);
        return _scenario.Accept(told, new RescheduleDelivery(new LocalDate(2026, 12, 22), ExecutionExceptionReason.Delay, "agreed by phone"), LifecycleScenario.Head);
    }

    [Fact]
    public void Read_Written_RestoresCommunicationsNotificationsAndRepliedClarifications()
    {
        var state = Communicated();

        var read = OrderStateDocument.Read(OrderStateDocument.Write(state));

        Assert.Empty(MemberComparison.Differences(state, read));
        Assert.Equal(["C1", "C2", "C3"], read.Communications.Select(c => c.Id));
        Assert.Equal(["N1"], read.Communications[2].Answers);
        Assert.Equal([("N1", "C3"), ("N2", null)], read.Notifications.Select(n => (n.Id, n.AnsweredBy)));
        Assert.Equal(("C1", "C2"), (read.RepliedClarifications[0].CommunicationId, read.RepliedClarifications[0].ReplyCommunicationId));
    }

    [Fact]
    public void Write_Communication_UsesTheDocumentedMembers()
    {
        var root = JsonNode.Parse(OrderStateDocument.Write(Communicated()))!;

        Assert.Equal(3, (int)root["format"]!);
        Assert.Equal(
            """{"id":"C3","channel":"Letter","direction":"Outbound","counterpart":"Customer: Zhang Wei","summary":"Told of the delay.","occurredAt":"2026-11-27T02:00:00Z","recordedBy":"sales.li","recordedAt":"2026-11-27T02:00:00Z","answers":["N1"]}""",
            root["communications"]![2]!.ToJsonString());
        Assert.Equal(
            """{"id":"N1","reason":"Supplier late","issue":"Delay","raisedAt":"2026-11-27T02:00:00Z","answeredBy":"C3","answeredAt":"2026-11-27T02:00:00Z"}""",
            root["notifications"]![0]!.ToJsonString());
    }

    [Fact]
    public void Read_OpenClarificationWithItsCommunication_KeepsTheId()
    {
        var emailed = _scenario.Accept(_scenario.UnderReview(LifecycleScenario.NeedsClarification), new RecordCommunication(CommunicationChannel.Email, CommunicationDirection.Outbound, "Customer: Zhang Wei", "Asked about IPv6.", Earlier), LifecycleScenario.Officer);
        var asked = _scenario.Accept(emailed, new RequestClarification("Can you do without IPv6?") { CommunicationId = "C1" }, LifecycleScenario.Officer);

        Assert.Equal("C1", OrderStateDocument.Read(OrderStateDocument.Write(asked)).Clarification!.CommunicationId);
    }

    [Fact]
    public void Read_Format2Document_ReadsWithoutCommunications()
    {
        var format2 = OrderStateFormatTests.Format2(OrderStateDocument.Write(_scenario.AwaitingCustomer()));

        var read = OrderStateDocument.Read(format2);

        Assert.Empty(read.Communications);
        Assert.Empty(read.Notifications);
        Assert.Empty(read.RepliedClarifications);
        Assert.Null(read.Clarification!.CommunicationId);
        Assert.True(_scenario.Apply(read, LifecycleCommands.Of(LifecycleCommandKind.RecordCommunication), LifecycleScenario.Sales).IsAccepted);
    }

    [Theory]
    [InlineData("communications")]
    [InlineData("notifications")]
    [InlineData("repliedClarifications")]
    public void Read_Format3DocumentWithoutAMember_IsRefusedAtIt(string member) =>
        Assert.Equal($"$.{member}", Assert.Throws<StoredStateFormatException>(() => OrderStateDocument.Read(OrderStateFormatTests.Edit(OrderStateDocument.Write(_scenario.Confirmed()), root => root.Remove(member)))).Path);

    [Fact]
    public void Read_Format3ClarificationWithoutItsCommunicationId_IsRefusedAtIt() =>
        Assert.Equal("$.clarification.communicationId", Assert.Throws<StoredStateFormatException>(() => OrderStateDocument.Read(OrderStateFormatTests.Edit(OrderStateDocument.Write(_scenario.AwaitingCustomer()), root => root["clarification"]!.AsObject().Remove("communicationId")))).Path);

    [Fact]
    public void Read_Format2DocumentWithCommunications_IsRefused() =>
        Assert.Equal("$.communications", Assert.Throws<StoredStateFormatException>(() => OrderStateDocument.Read(OrderStateFormatTests.Edit(OrderStateFormatTests.Format2(OrderStateDocument.Write(_scenario.Confirmed())), root => root["communications"] = new JsonArray()))).Path);

    [Theory]
    [InlineData("channel", "Fax")]
    [InlineData("direction", "Sideways")]
    public void Read_UnknownChannelOrDirection_IsRefusedAtIt(string member, string value) =>
        Assert.Equal($"$.communications[0].{member}", Assert.Throws<StoredStateFormatException>(() => OrderStateDocument.Read(OrderStateFormatTests.Edit(OrderStateDocument.Write(Communicated()), root => root["communications"]![0]![member] = value))).Path);
}
