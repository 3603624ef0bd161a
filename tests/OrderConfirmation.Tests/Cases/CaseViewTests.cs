using OrderConfirmation.Cases;
using OrderConfirmation.Kpis;
using OrderConfirmation.Lifecycle.State;
using OrderConfirmation.Tests.Builders;

namespace OrderConfirmation.Tests.Cases;

public sealed class CaseViewTests
{
    private readonly CaseScenario _cases = new();

    [Fact]
    public void For_ReportAndAuditor_ShowsTheCaseWithTheReportersText()
    {
        var view = CaseView.For(_cases.Received(CaseKind.Report), LifecycleScenario.Auditor, _cases.Policy);

        Assert.NotNull(view);
        Assert.Equal(CaseScenario.ReporterText, view.Case.Reporter);
    }

    [Theory]
    [InlineData(Role.SalesRep)]
    [InlineData(Role.ConfirmationOfficer)]
    [InlineData(Role.HeadOfOrderConfirmation)]
    [InlineData(Role.FinanceOfficer)]
    [InlineData(Role.ExecutionOfficer)]
    public void For_ReportAndAnyOtherRole_ShowsNothing(Role role) =>
        Assert.Null(CaseView.For(_cases.Received(CaseKind.Report), new Actor("someone", role), _cases.Policy));

    [Fact]
    public void For_ComplaintAndSales_ShowsTheCase() =>
        Assert.NotNull(CaseView.For(_cases.Received(CaseKind.Complaint), LifecycleScenario.Sales, _cases.Policy));

    [Fact]
    public void For_QueryAndFinance_ShowsNothing() =>
        Assert.Null(CaseView.For(_cases.Received(CaseKind.Query), LifecycleScenario.Finance, _cases.Policy));

    [Fact]
    public void For_DefaultActor_ShowsNothing() =>
        Assert.Null(CaseView.For(_cases.Received(CaseKind.Query), default, _cases.Policy));
}
