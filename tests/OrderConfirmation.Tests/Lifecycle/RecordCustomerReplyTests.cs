using NodaTime;
using OrderConfirmation.Lifecycle.Commands;
using OrderConfirmation.Lifecycle.State;
using OrderConfirmation.Lifecycle;
using OrderConfirmation.Tests.Builders;

namespace OrderConfirmation.Tests.Lifecycle;

/// <summary>Article 4.2: the customer's reply brings the order back to review with a new decision, and ends the wait.</summary>
public sealed class RecordCustomerReplyTests
{
    private readonly LifecycleScenario _scenario = new();

    private TransitionResult Reply(OrderState asked, RecordCustomerReply reply) => _scenario.Apply(asked, reply, LifecycleScenario.Sales);

    [Fact]
    public void RecordCustomerReply_WithoutCorrection_KeepsTheOrderData()
    {
        var asked = _scenario.AwaitingCustomer();

        Assert.Same(asked.Order, Reply(asked, new RecordCustomerReply("IPv6 can wait.", LifecycleScenario.Ready)).State!.Order);
    }

    [Fact]
    public void RecordCustomerReply_ThreeHoursLater_RecordsTheThreeHourWait()
    {
        var asked = _scenario.AwaitingCustomer();
        _scenario.At = LifecycleScenario.Friday10 + Duration.FromHours(3);

        var replied = Reply(asked, new RecordCustomerReply("IPv6 can wait.", LifecycleScenario.Ready)).State!;

        Assert.Equal([new Interval(LifecycleScenario.Friday10, LifecycleScenario.Friday10 + Duration.FromHours(3))], replied.CustomerWaits);
    }

    [Fact]
    public void RecordCustomerReply_SecondRound_KeepsBothWaitsOldestFirst()
    {
        var asked = _scenario.AwaitingCustomer();
        _scenario.At = LifecycleScenario.Friday10 + Duration.FromMinutes(30);
        var first = Reply(asked, new RecordCustomerReply("IPv6 can wait.", LifecycleScenario.NeedsClarification)).State!;
        _scenario.At = LifecycleScenario.Friday10 + Duration.FromHours(1);
        var askedAgain = _scenario.Accept(first, new RequestClarification("And the SLA?"), LifecycleScenario.Officer);
        _scenario.At = LifecycleScenario.Friday10 + Duration.FromHours(4);

        var second = Reply(askedAgain, new RecordCustomerReply("SLA is fine.", LifecycleScenario.Ready)).State!;

        Assert.Equal(
            [
                new Interval(LifecycleScenario.Friday10, LifecycleScenario.Friday10 + Duration.FromMinutes(30)),
                new Interval(LifecycleScenario.Friday10 + Duration.FromHours(1), LifecycleScenario.Friday10 + Duration.FromHours(4)),
            ],
            second.CustomerWaits);
    }

    [Fact]
    public void RecordCustomerReply_DecisionForAnotherOrder_IsRefusedNamingIt()
    {
        var other = DefaultRules.Review(new FactsBuilder().WithOrder(o => o.With(x => x with { OrderId = "SO-2" })));

        Assert.Equal(
            "RecordCustomerReply refused for order SO-1001: the review decision is for order SO-2, not SO-1001.",
            Reply(_scenario.AwaitingCustomer(), new RecordCustomerReply("ok", other)).Refusal?.Message);
    }

    [Fact]
    public void RecordCustomerReply_DecisionWithoutOrderId_IsRefused() =>
        Assert.Equal(
            "RecordCustomerReply refused for order SO-1001: the review decision is for order (no id), not SO-1001.",
            Reply(_scenario.AwaitingCustomer(), new RecordCustomerReply("ok", HandMadeDecisions.ReadyFor(null))).Refusal?.Message);

    [Fact]
    public void RecordCustomerReply_CorrectedOrderForAnotherOrder_IsRefusedNamingIt() =>
        Assert.Equal(
            "RecordCustomerReply refused for order SO-1001: the order carried (SO-2) is not order SO-1001.",
            Reply(_scenario.AwaitingCustomer(), new RecordCustomerReply("ok", LifecycleScenario.Ready, LifecycleScenario.Order with { OrderId = "SO-2" })).Refusal?.Message);

    [Fact]
    public void RecordCustomerReply_CorrectedOrderWithoutId_IsRefused() =>
        Assert.Equal(
            "RecordCustomerReply refused for order SO-1001: the order carried (no id) is not order SO-1001.",
            Reply(_scenario.AwaitingCustomer(), new RecordCustomerReply("ok", LifecycleScenario.Ready, LifecycleScenario.Order with { OrderId = null })).Refusal?.Message);

    [Fact]
    public void RecordCustomerReply_Accepted_EventCarriesTheReply() =>
        Assert.Equal("IPv6 can wait.", Reply(_scenario.AwaitingCustomer(), new RecordCustomerReply("IPv6 can wait.", LifecycleScenario.Ready)).Events.Single(e => e.Kind == LifecycleEventKind.CustomerReplied).Note);
}
