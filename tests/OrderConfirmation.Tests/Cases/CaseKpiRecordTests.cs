using NodaTime;
using OrderConfirmation.Cases;
using OrderConfirmation.Findings;
using OrderConfirmation.Kpis;
using OrderConfirmation.Tests.Builders;

namespace OrderConfirmation.Tests.Cases;

public sealed class CaseKpiRecordTests
{
    private readonly CaseScenario _cases = new();

    [Fact]
    public void ToKpiRecord_AnsweredComplaint_CarriesItsKindTimesAssignmentAndSubstantiation()
    {
        var assigned = _cases.Accept(_cases.Received(CaseKind.Complaint), new AssignCase(Department.Sales, "sales.li"), LifecycleScenario.Officer);
        _cases.At += Duration.FromHours(4);
        var answered = _cases.Accept(assigned, new AnswerCase("Refunded.", substantiated: true), LifecycleScenario.Officer);

        var record = answered.ToKpiRecord();

        Assert.Equal(
            ("C-1", CaseKind.Complaint, LifecycleScenario.Friday10, (Instant?)_cases.At, "SO-1001", "Sales", "sales.li", (bool?)true),
            (record.CaseId, record.Kind, record.ReceivedAt, record.AnsweredAt, record.OrderId, record.Department, record.Employee, record.Substantiated));
        Assert.Empty(record.CustomerWaits);
    }

    [Fact]
    public void ToKpiRecord_Unanswered_HasNoAnswerNorSubstantiation()
    {
        var record = _cases.Received(CaseKind.Query).ToKpiRecord();

        Assert.Equal(((Instant?)null, (bool?)null, (string?)null), (record.AnsweredAt, record.Substantiated, record.Department));
    }
}
