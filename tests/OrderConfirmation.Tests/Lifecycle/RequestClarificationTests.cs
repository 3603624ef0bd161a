using OrderConfirmation.Lifecycle.Commands;
using OrderConfirmation.Lifecycle;
using OrderConfirmation.Tests.Builders;

namespace OrderConfirmation.Tests.Lifecycle;

/// <summary>Article 4.2: the customer is told clearly what to confirm and by when.</summary>
public sealed class RequestClarificationTests
{
    private readonly LifecycleScenario _scenario = new();

    [Fact]
    public void RequestClarification_Accepted_KeepsTheQuestion() =>
        Assert.Equal("Can you do without IPv6?", _scenario.AwaitingCustomer().Clarification!.Question);

    [Fact]
    public void RequestClarification_FridayMorning_EventGivesWednesdayCloseOfBusinessAndTheQuestion() =>
        Assert.Equal(
            "reply due by 2026-12-02T10:00:00Z: Can you do without IPv6?",
            _scenario.Apply(_scenario.UnderReview(LifecycleScenario.NeedsClarification), new RequestClarification("Can you do without IPv6?"), LifecycleScenario.Officer).Events.Single().Note);
}
