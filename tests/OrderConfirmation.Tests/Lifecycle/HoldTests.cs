using NodaTime;
using OrderConfirmation.Lifecycle.Commands;
using OrderConfirmation.Lifecycle.State;
using OrderConfirmation.Tests.Builders;

namespace OrderConfirmation.Tests.Lifecycle;

/// <summary>Finance's holds and releases (article 3): who acted, in which role, when and why is kept with the order.</summary>
public sealed class HoldTests
{
    private readonly LifecycleScenario _scenario = new();

    [Fact]
    public void PlaceHold_Accepted_RecordsWhoInWhichRoleWhenAndWhy()
    {
        var held = _scenario.Accept(_scenario.UnderReview(LifecycleScenario.CreditHold), new PlaceHold("prepayment needed"), LifecycleScenario.Finance);

        Assert.Equal(new ActionRecord("fin.zhao", Role.FinanceOfficer, LifecycleScenario.Friday10, "prepayment needed"), held.Hold);
    }

    [Fact]
    public void PlaceHold_Accepted_EventCarriesTheReason() =>
        Assert.Equal("prepayment needed", _scenario.Apply(_scenario.UnderReview(), new PlaceHold("prepayment needed"), LifecycleScenario.Finance).Events.Single().Note);

    [Fact]
    public void ReleaseHold_Accepted_RecordsWhoInWhichRoleWhenAndOnWhatTerms()
    {
        var held = _scenario.OnHold();
        _scenario.At = LifecycleScenario.Friday10 + Duration.FromHours(5);

        var released = _scenario.Accept(held, new ReleaseHold("prepayment received"), LifecycleScenario.Finance);

        Assert.Equal(new ActionRecord("fin.zhao", Role.FinanceOfficer, LifecycleScenario.Friday10 + Duration.FromHours(5), "prepayment received"), released.HoldRelease);
    }

    [Fact]
    public void ReleaseHold_Accepted_EventCarriesTheNote() =>
        Assert.Equal("prepayment received", _scenario.Apply(_scenario.OnHold(), new ReleaseHold("prepayment received"), LifecycleScenario.Finance).Events.Single().Note);

    [Fact]
    public void PlaceHold_AfterARelease_LeavesNoReleaseInForce()
    {
        var released = _scenario.Accept(_scenario.OnHold(), new ReleaseHold("prepayment received"), LifecycleScenario.Finance);

        var heldAgain = _scenario.Accept(released, new PlaceHold("cheque bounced"), LifecycleScenario.Finance);

        Assert.Null(heldAgain.HoldRelease);
    }
}
