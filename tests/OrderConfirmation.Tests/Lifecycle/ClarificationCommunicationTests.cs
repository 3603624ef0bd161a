using NodaTime;
using OrderConfirmation.Lifecycle.Commands;
using OrderConfirmation.Lifecycle.State;
using OrderConfirmation.Orders;
using OrderConfirmation.Tests.Builders;

namespace OrderConfirmation.Tests.Lifecycle;

/// <summary>
/// Issue 16, item 1: a clarification's question and the customer's reply name the communication that carried them: one
/// already recorded on the order, outbound for the question, inbound for the reply.
/// </summary>
public sealed class ClarificationCommunicationTests
{
    private static readonly Instant Earlier = LifecycleScenario.Friday10 - Duration.FromMinutes(10);

    private readonly LifecycleScenario _scenario = new();

    /// <summary>Under review needing clarification, with C1 an outbound e-mail to the customer and C2 the customer's inbound call.</summary>
    private OrderState WithTwoCommunications()
    {
        var emailed = _scenario.Accept(_scenario.UnderReview(LifecycleScenario.NeedsClarification), new RecordCommunication(CommunicationChannel.Email, CommunicationDirection.Outbound, "Customer: Zhang Wei", "Asked whether IPv4 only will do.", Earlier), LifecycleScenario.Officer);
        return _scenario.Accept(emailed, new RecordCommunication(CommunicationChannel.Phone, CommunicationDirection.Inbound, "Customer: Zhang Wei", "IPv4 only is fine.", Earlier), LifecycleScenario.Sales);
    }

    private static RequestClarification Ask(string? communicationId) => new("Can you do without IPv6?") { CommunicationId = communicationId };

    private static RecordCustomerReply Reply(string? communicationId) => new("IPv4 only is fine.", LifecycleScenario.Ready) { CommunicationId = communicationId };

    [Fact]
    public void RequestClarification_CarriedByAnOutboundCommunication_KeepsItsId()
    {
        var asked = _scenario.Accept(WithTwoCommunications(), Ask("C1"), LifecycleScenario.Officer);

        Assert.Equal((OrderStatus.AwaitingCustomer, "C1"), (asked.Status, asked.Clarification!.CommunicationId));
    }

    [Fact]
    public void RequestClarification_WithoutACommunication_IsStillAccepted() =>
        Assert.Null(_scenario.Accept(_scenario.UnderReview(LifecycleScenario.NeedsClarification), Ask(null), LifecycleScenario.Officer).Clarification!.CommunicationId);

    [Fact]
    public void RequestClarification_UnknownCommunication_IsRefused() =>
        Assert.Equal(
            "RequestClarification refused for order SO-1001: there is no communication C3 on the order to have carried the question; record it first.",
            _scenario.Apply(WithTwoCommunications(), Ask("C3"), LifecycleScenario.Officer).Refusal?.Message);

    [Fact]
    public void RequestClarification_CarriedByAnInboundCommunication_IsRefused() =>
        Assert.Equal(
            "RequestClarification refused for order SO-1001: communication C2 is inbound, so it cannot have carried the question, which needs an outbound one.",
            _scenario.Apply(WithTwoCommunications(), Ask("C2"), LifecycleScenario.Officer).Refusal?.Message);

    [Fact]
    public void RecordCustomerReply_CarriedByAnInboundCommunication_KeepsTheClarificationWithBothIds()
    {
        var asked = _scenario.Accept(WithTwoCommunications(), Ask("C1"), LifecycleScenario.Officer);

        var replied = _scenario.Accept(asked, Reply("C2"), LifecycleScenario.Sales);

        Assert.Null(replied.Clarification);
        var answered = Assert.Single(replied.RepliedClarifications);
        Assert.Equal(("Can you do without IPv6?", "C1", "C2"), (answered.Question, answered.CommunicationId, answered.ReplyCommunicationId));
    }

    [Fact]
    public void RecordCustomerReply_CarriedByAnOutboundCommunication_IsRefused()
    {
        var asked = _scenario.Accept(WithTwoCommunications(), Ask("C1"), LifecycleScenario.Officer);

        var result = _scenario.Apply(asked, Reply("C1"), LifecycleScenario.Sales);

        Assert.Equal("RecordCustomerReply refused for order SO-1001: communication C1 is outbound, so it cannot have carried the reply, which needs an inbound one.", result.Refusal?.Message);
        Assert.Same(asked, result.State);
    }

    [Fact]
    public void RecordCustomerReply_UnknownCommunication_IsRefused() =>
        Assert.Equal(
            RefusalReason.PreconditionFailed,
            _scenario.Apply(_scenario.AwaitingCustomer(), Reply("C1"), LifecycleScenario.Sales).Refusal?.Reason);

    [Fact]
    public void RecordCustomerReply_WithoutACommunication_KeepsTheClarificationWithoutReplyId()
    {
        var replied = _scenario.Accept(_scenario.AwaitingCustomer(), Reply(null), LifecycleScenario.Sales);

        var answered = Assert.Single(replied.RepliedClarifications);
        Assert.Equal(("Can you do without IPv6?", (string?)null, (string?)null), (answered.Question, answered.CommunicationId, answered.ReplyCommunicationId));
    }
}
