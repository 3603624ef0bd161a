using OrderConfirmation.Lifecycle.Commands;
using OrderConfirmation.Lifecycle.State;
using OrderConfirmation.Orders;
using OrderConfirmation.Tests.Builders;

namespace OrderConfirmation.Tests.Lifecycle;

public sealed class OrderStateMachineRefusalTests
{
    public static TheoryData<OrderStatus, LifecycleCommandKind> WrongStatePairs()
    {
        var data = new TheoryData<OrderStatus, LifecycleCommandKind>();
        foreach (var status in Enum.GetValues<OrderStatus>())
        {
            foreach (var kind in LifecycleCommands.Kinds.Where(k => !LifecycleCommands.Of(k).AllowedFrom.Contains(status)))
            {
                data.Add(status, kind);
            }
        }

        return data;
    }

    public static TheoryData<LifecycleCommandKind, Role> ForbiddenRoles()
    {
        var data = new TheoryData<LifecycleCommandKind, Role>();
        foreach (var kind in LifecycleCommands.Kinds)
        {
            foreach (var role in Enum.GetValues<Role>().Where(r => !LifecyclePolicy.DefaultPermissions[kind].Contains(r)))
            {
                data.Add(kind, role);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(WrongStatePairs))]
    public void Apply_CommandInWrongState_IsRefusedNamingStateAndCommandAndChangesNothing(OrderStatus status, LifecycleCommandKind kind)
    {
        var scenario = new LifecycleScenario();
        var state = scenario.In(status);

        var result = scenario.Apply(state, LifecycleCommands.Of(kind), LifecycleCommands.PermittedFor(kind));

        Assert.False(result.IsAccepted);
        Assert.Equal(RefusalReason.WrongState, result.Refusal!.Reason);
        Assert.Contains(kind.ToString(), result.Refusal.Message, StringComparison.Ordinal);
        Assert.Contains(status.ToString(), result.Refusal.Message, StringComparison.Ordinal);
        Assert.Same(state, result.State);
        Assert.Empty(result.Events);
    }

    [Theory]
    [MemberData(nameof(ForbiddenRoles))]
    public void Apply_ActorWithoutTheRole_IsRefusedNamingTheRole(LifecycleCommandKind kind, Role role)
    {
        var scenario = new LifecycleScenario();
        var command = LifecycleCommands.Of(kind);
        var state = kind == LifecycleCommandKind.Enter ? null : scenario.In(command.AllowedFrom[0]);

        var result = scenario.Apply(state, command, LifecycleCommands.ActingAs(role));

        Assert.False(result.IsAccepted);
        Assert.Equal(RefusalReason.RoleNotPermitted, result.Refusal!.Reason);
        Assert.Contains(role.ToString(), result.Refusal.Message, StringComparison.Ordinal);
        Assert.Same(state, result.State);
    }

    [Fact]
    public void Apply_Auditor_MayGiveNoCommand() =>
        Assert.DoesNotContain(LifecycleCommands.Kinds, k => LifecyclePolicy.DefaultPermissions[k].Contains(Role.Auditor));

    [Fact]
    public void Apply_OnlyTheHeadConfirms() =>
        Assert.Equal([Role.HeadOfOrderConfirmation], LifecyclePolicy.DefaultPermissions[LifecycleCommandKind.Confirm]);

    [Fact]
    public void Confirm_ByThePersonWhoEnteredTheOrder_IsRefusedForSeparationOfDuties()
    {
        var scenario = new LifecycleScenario();
        var enteredByHead = scenario.Accept(null, new EnterOrder(LifecycleScenario.Order), new Actor("HEAD.chen", Role.SalesRep));
        var reviewed = scenario.Accept(scenario.Accept(enteredByHead, new SubmitOrder(LifecycleScenario.Ready), LifecycleScenario.Sales), new StartReview(LifecycleScenario.Ready), LifecycleScenario.Officer);

        var result = scenario.Apply(reviewed, new ConfirmOrder(LifecycleScenario.Promised), LifecycleScenario.Head);

        Assert.Equal(RefusalReason.SeparationOfDuties, result.Refusal?.Reason);
        Assert.Contains("head.chen", result.Refusal!.Message, StringComparison.Ordinal);
        Assert.Same(reviewed, result.State);
    }

    [Fact]
    public void Confirm_ByThePersonWhoEnteredTheOrder_IsAcceptedWhenSeparationIsOff()
    {
        var scenario = new LifecycleScenario(new LifecycleScenario().Policy with { SeparationOfDuties = false });
        var entered = scenario.Accept(null, new EnterOrder(LifecycleScenario.Order), new Actor("head.chen", Role.SalesRep));
        var reviewed = scenario.Accept(scenario.Accept(entered, new SubmitOrder(LifecycleScenario.Ready), LifecycleScenario.Sales), new StartReview(LifecycleScenario.Ready), LifecycleScenario.Officer);

        Assert.True(scenario.Apply(reviewed, new ConfirmOrder(LifecycleScenario.Promised), LifecycleScenario.Head).IsAccepted);
    }

    [Fact]
    public void Permissions_Configured_ReplaceTheDefaults()
    {
        var permissions = new Dictionary<LifecycleCommandKind, IReadOnlySet<Role>>(LifecyclePolicy.DefaultPermissions)
        {
            [LifecycleCommandKind.PlaceHold] = new HashSet<Role> { Role.HeadOfOrderConfirmation },
        };
        var scenario = new LifecycleScenario(new LifecycleScenario().Policy with { Permissions = permissions });
        var state = scenario.UnderReview();

        Assert.False(scenario.Apply(state, new PlaceHold("credit"), LifecycleScenario.Finance).IsAccepted);
        Assert.True(scenario.Apply(state, new PlaceHold("credit"), LifecycleScenario.Head).IsAccepted);
    }

    [Fact]
    public void Enter_OrderAlreadyEntered_IsRefused()
    {
        var scenario = new LifecycleScenario();

        Assert.Equal(RefusalReason.WrongState, scenario.Apply(scenario.Draft(), new EnterOrder(LifecycleScenario.Order), LifecycleScenario.Sales).Refusal?.Reason);
    }

    [Fact]
    public void Apply_NoOrderYet_IsRefused()
    {
        var result = new LifecycleScenario().Apply(null, new SubmitOrder(LifecycleScenario.Ready), LifecycleScenario.Sales);

        Assert.Equal(RefusalReason.WrongState, result.Refusal?.Reason);
        Assert.Null(result.State);
    }
}
