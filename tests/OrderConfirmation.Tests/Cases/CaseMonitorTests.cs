using NodaTime;
using OrderConfirmation.Cases;
using OrderConfirmation.Kpis;
using OrderConfirmation.Tests.Builders;

namespace OrderConfirmation.Tests.Cases;

public sealed class CaseMonitorTests
{
    private static readonly Instant Due = Instant.FromUtc(2026, 12, 1, 10, 0);

    private static CaseState Case(string id, Instant due, CaseStatus status = CaseStatus.Open) =>
        new CaseScenario().Received(CaseKind.Query) with { CaseId = id, ReplyDueAt = due, Status = status };

    [Fact]
    public void Overdue_UnansweredPastDue_AreListedEarliestDueFirst()
    {
        CaseState[] cases = [Case("late", Due), Case("later", Due + Duration.FromHours(1)), Case("earliest", Due - Duration.FromHours(5))];

        var overdue = CaseMonitor.Overdue(cases, Due + Duration.FromHours(2));

        Assert.Equal(["earliest", "late", "later"], overdue.Select(c => c.CaseId));
    }

    [Fact]
    public void Overdue_DueExactlyNow_IsNotYetOverdue() =>
        Assert.Empty(CaseMonitor.Overdue([Case("c", Due)], Due));

    [Theory]
    [InlineData(CaseStatus.Answered)]
    [InlineData(CaseStatus.Closed)]
    public void Overdue_AnsweredOrClosedPastDue_IsNotListed(CaseStatus status) =>
        Assert.Empty(CaseMonitor.Overdue([Case("c", Due, status)], Due + Duration.FromDays(3)));

    [Fact]
    public void Overdue_SameDue_OrderedByCaseId()
    {
        var overdue = CaseMonitor.Overdue([Case("b", Due), Case("a", Due)], Due + Duration.FromHours(1));

        Assert.Equal(["a", "b"], overdue.Select(c => c.CaseId));
    }

    [Fact]
    public void Overdue_NullCases_ThrowsNamingThem() =>
        Assert.Equal("cases", Assert.Throws<ArgumentNullException>(() => CaseMonitor.Overdue(null!, Due)).ParamName);
}
