using OrderConfirmation.Lifecycle.State;
using OrderConfirmation.Tests.Builders;

namespace OrderConfirmation.Tests.Lifecycle;

/// <summary>The default policy is the README's table of commands and roles (articles 3 and 4), with its time limits.</summary>
public sealed class LifecyclePolicyTests
{
    private static readonly LifecyclePolicy Policy = new LifecycleScenario().Policy;

    /// <summary>The README's "Default roles" column, written out.</summary>
    public static TheoryData<LifecycleCommandKind, Role[]> ReadmeDefaultRoles() => new()
    {
        { LifecycleCommandKind.Enter, [Role.SalesRep] },
        { LifecycleCommandKind.EditDraft, [Role.SalesRep] },
        { LifecycleCommandKind.Submit, [Role.SalesRep] },
        { LifecycleCommandKind.StartReview, [Role.ConfirmationOfficer, Role.HeadOfOrderConfirmation] },
        { LifecycleCommandKind.RequestClarification, [Role.ConfirmationOfficer, Role.HeadOfOrderConfirmation] },
        { LifecycleCommandKind.RecordCustomerReply, [Role.SalesRep, Role.ConfirmationOfficer, Role.HeadOfOrderConfirmation] },
        { LifecycleCommandKind.PlaceHold, [Role.FinanceOfficer] },
        { LifecycleCommandKind.ReleaseHold, [Role.FinanceOfficer] },
        { LifecycleCommandKind.Confirm, [Role.HeadOfOrderConfirmation] },
        { LifecycleCommandKind.StartExecution, [Role.ExecutionOfficer, Role.HeadOfOrderConfirmation] },
        { LifecycleCommandKind.ReportProgress, [Role.ExecutionOfficer] },
        { LifecycleCommandKind.Complete, [Role.ExecutionOfficer, Role.ConfirmationOfficer, Role.HeadOfOrderConfirmation] },
        { LifecycleCommandKind.Cancel, [Role.SalesRep, Role.HeadOfOrderConfirmation] },
        { LifecycleCommandKind.Reject, [Role.ConfirmationOfficer, Role.HeadOfOrderConfirmation] },
        { LifecycleCommandKind.ApplyChange, [Role.ConfirmationOfficer, Role.HeadOfOrderConfirmation] },
    };

    [Theory]
    [MemberData(nameof(ReadmeDefaultRoles))]
    public void Permits_DefaultPolicy_ExactlyTheReadmesRoles(LifecycleCommandKind command, Role[] roles) =>
        Assert.Equal(roles.Order(), Enum.GetValues<Role>().Where(r => Policy.Permits(r, command)));

    [Fact]
    public void DefaultPermissions_CoverEveryCommand() =>
        Assert.Equal(Enum.GetValues<LifecycleCommandKind>(), LifecyclePolicy.DefaultPermissions.Keys.Order());

    [Fact]
    public void DefaultCustomerDataRoles_AreSalesOrderConfirmationAndFinance() =>
        Assert.Equal([Role.SalesRep, Role.ConfirmationOfficer, Role.FinanceOfficer, Role.HeadOfOrderConfirmation], LifecyclePolicy.DefaultCustomerDataRoles.Order());

    [Fact]
    public void Permits_CommandAbsentFromTheMap_NobodyMay()
    {
        var policy = Policy with { Permissions = new Dictionary<LifecycleCommandKind, IReadOnlySet<Role>>() };

        Assert.DoesNotContain(Enum.GetValues<Role>(), r => policy.Permits(r, LifecycleCommandKind.Enter));
    }

    [Fact]
    public void Defaults_ThreeBusinessDaysToReplyThreeDaysAtRiskAndSeparationOfDuties() =>
        Assert.Equal((3, 3, true), (Policy.ReplyBusinessDays, Policy.AtRiskWithinDays, Policy.SeparationOfDuties));

    [Fact]
    public void ReplyBusinessDays_One_IsAllowed() =>
        Assert.Equal(1, (Policy with { ReplyBusinessDays = 1 }).ReplyBusinessDays);

    [Fact]
    public void AtRiskWithinDays_Zero_IsAllowed() =>
        Assert.Equal(0, (Policy with { AtRiskWithinDays = 0 }).AtRiskWithinDays);
}
