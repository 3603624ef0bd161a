using OrderConfirmation.Lifecycle.Commands;
using OrderConfirmation.Lifecycle;
using OrderConfirmation.Tests.Builders;

namespace OrderConfirmation.Tests.Lifecycle;

/// <summary>Article 4.1: Sales corrects its own draft; a decision made on the old data no longer applies.</summary>
public sealed class EditDraftTests
{
    private readonly LifecycleScenario _scenario = new();

    [Fact]
    public void EditDraft_DraftWithADecision_DropsTheDecisionMadeOnTheOldData()
    {
        var restored = _scenario.Draft() with { LatestReview = LifecycleScenario.Ready };

        Assert.Null(_scenario.Accept(restored, new EditDraft(LifecycleScenario.Order with { SpecialRequirements = "None" }), LifecycleScenario.Sales).LatestReview);
    }

    [Fact]
    public void EditDraft_AnotherOrder_IsRefusedNamingBoth() =>
        Assert.Equal(
            "EditDraft refused for order SO-1001: the order carried (SO-9) is not order SO-1001.",
            _scenario.Apply(_scenario.Draft(), new EditDraft(LifecycleScenario.Order with { OrderId = "SO-9" }), LifecycleScenario.Sales).Refusal?.Message);
}
