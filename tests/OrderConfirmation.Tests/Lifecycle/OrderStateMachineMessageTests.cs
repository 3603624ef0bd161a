using OrderConfirmation.Lifecycle.Commands;
using OrderConfirmation.Lifecycle.State;
using OrderConfirmation.Tests.Builders;

namespace OrderConfirmation.Tests.Lifecycle;

/// <summary>
/// The README's promise for refusals: "a message naming the state, command or role". Each message is written out by
/// hand for one example, so a refusal that names the wrong role, state or command, or says it badly, fails.
/// </summary>
public sealed class OrderStateMachineMessageTests
{
    private readonly LifecycleScenario _scenario = new();

    private static LifecycleScenario WithPermissions(Action<Dictionary<LifecycleCommandKind, IReadOnlySet<Role>>> change)
    {
        var permissions = new Dictionary<LifecycleCommandKind, IReadOnlySet<Role>>(LifecyclePolicy.DefaultPermissions);
        change(permissions);
        return new LifecycleScenario(new LifecycleScenario().Policy with { Permissions = permissions });
    }

    [Fact]
    public void Apply_RoleNotPermitted_NamesActorRoleCommandOrderAndWhoMay() =>
        Assert.Equal(
            "audit.sun acts as Auditor, who may not Confirm order SO-1001; only HeadOfOrderConfirmation may.",
            _scenario.Apply(_scenario.UnderReview(), new ConfirmOrder(LifecycleScenario.Promised), LifecycleScenario.Auditor).Refusal?.Message);

    [Fact]
    public void Apply_RoleNotPermitted_ListsThePermittedRolesInRoleOrder() =>
        Assert.Equal(
            "sales.li acts as SalesRep, who may not StartReview order SO-1001; only ConfirmationOfficer, HeadOfOrderConfirmation may.",
            _scenario.Apply(_scenario.Submitted(), new StartReview(LifecycleScenario.Ready), LifecycleScenario.Sales).Refusal?.Message);

    [Fact]
    public void Apply_EnterByWrongRole_NamesTheOrderGenerically() =>
        Assert.Equal(
            "exec.liu acts as ExecutionOfficer, who may not Enter the order; only SalesRep may.",
            _scenario.Apply(null, new EnterOrder(LifecycleScenario.Order), LifecycleScenario.Executor).Refusal?.Message);

    [Fact]
    public void Apply_CommandGrantedToNoRole_SaysNobodyMay()
    {
        var scenario = WithPermissions(p => p[LifecycleCommandKind.Confirm] = new HashSet<Role>());

        var refusal = scenario.Apply(scenario.UnderReview(), new ConfirmOrder(LifecycleScenario.Promised), LifecycleScenario.Head).Refusal;

        Assert.Equal((RefusalReason.RoleNotPermitted, "head.chen acts as HeadOfOrderConfirmation, who may not Confirm order SO-1001; nobody may."), (refusal?.Reason, refusal?.Message));
    }

    [Fact]
    public void Apply_CommandMissingFromThePermissions_SaysNobodyMay()
    {
        var scenario = WithPermissions(p => p.Remove(LifecycleCommandKind.Confirm));

        var refusal = scenario.Apply(scenario.UnderReview(), new ConfirmOrder(LifecycleScenario.Promised), LifecycleScenario.Head).Refusal;

        Assert.Equal((RefusalReason.RoleNotPermitted, "head.chen acts as HeadOfOrderConfirmation, who may not Confirm order SO-1001; nobody may."), (refusal?.Reason, refusal?.Message));
    }

    [Fact]
    public void Apply_EnterAnOrderAlreadyEntered_NamesItsStatus() =>
        Assert.Equal(
            "Enter is not possible: order SO-1001 has already been entered and is Submitted.",
            _scenario.Apply(_scenario.Submitted(), new EnterOrder(LifecycleScenario.Order), LifecycleScenario.Sales).Refusal?.Message);

    [Fact]
    public void Apply_NoOrderYet_SaysNoneHasBeenEntered() =>
        Assert.Equal(
            "Submit needs an order, but none has been entered.",
            _scenario.Apply(null, new SubmitOrder(LifecycleScenario.Ready), LifecycleScenario.Sales).Refusal?.Message);

    [Fact]
    public void Apply_WrongState_NamesTheStatusAndEveryStatusTheCommandNeeds() =>
        Assert.Equal(
            "Reject is not possible: order SO-1001 is Draft; Reject is possible only when it is UnderReview or AwaitingCustomer or OnHold.",
            _scenario.Apply(_scenario.Draft(), new RejectOrder("blocked customer"), LifecycleScenario.Officer).Refusal?.Message);

    [Fact]
    public void Apply_TerminalState_SaysTheOrdersLifeIsOver() =>
        Assert.Equal(
            "Submit is not possible: order SO-1001 is Cancelled and its life is over; Submit is possible only when it is Draft.",
            _scenario.Apply(_scenario.Cancelled(), new SubmitOrder(LifecycleScenario.Ready), LifecycleScenario.Sales).Refusal?.Message);

    [Fact]
    public void Apply_ConfirmByThePersonWhoEnteredIt_NamesThemAndSeparationOfDuties()
    {
        var entered = _scenario.Accept(null, new EnterOrder(LifecycleScenario.Order), new Actor("head.chen", Role.SalesRep));
        var reviewed = _scenario.Accept(_scenario.Accept(entered, new SubmitOrder(LifecycleScenario.Ready), LifecycleScenario.Sales), new StartReview(LifecycleScenario.Ready), LifecycleScenario.Officer);

        Assert.Equal(
            "head.chen entered order SO-1001 and so cannot also confirm it (separation of duties).",
            _scenario.Apply(reviewed, new ConfirmOrder(LifecycleScenario.Promised), LifecycleScenario.Head).Refusal?.Message);
    }

    [Fact]
    public void Apply_PreconditionFailed_NamesCommandOrderAndTheProblem() =>
        Assert.Equal(
            "Complete refused for order SO-1001: delivery has not been reported.",
            _scenario.Apply(_scenario.InExecution(), new CompleteOrder(), LifecycleScenario.Executor).Refusal?.Message);

    [Fact]
    public void Apply_Refused_KeepsWhoWhenAndTheCommand()
    {
        var command = new ConfirmOrder(LifecycleScenario.Promised);

        var result = _scenario.Apply(_scenario.Draft(), command, LifecycleScenario.Head);

        Assert.Equal((command, LifecycleScenario.Head, LifecycleScenario.Friday10), (result.Command, result.Actor, result.At));
    }
}
