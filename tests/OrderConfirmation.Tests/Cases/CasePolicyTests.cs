using NodaTime;
using OrderConfirmation.Calendars;
using OrderConfirmation.Cases;
using OrderConfirmation.Kpis;
using OrderConfirmation.Lifecycle.State;
using OrderConfirmation.Tests.Builders;

namespace OrderConfirmation.Tests.Cases;

public sealed class CasePolicyTests
{
    private static readonly WorkingCalendar Standard = WorkingCalendar.Standard(FactsBuilder.Shanghai);

    [Fact]
    public void DefaultReplyTimes_StandardCalendar_AreEightHoursTwoDaysAndFiveDays()
    {
        var policy = new CasePolicy(Standard);

        Assert.Equal((Duration.FromHours(8), Duration.FromHours(16), Duration.FromHours(40)), (policy.ReplyTimes[CaseKind.Query], policy.ReplyTimes[CaseKind.Complaint], policy.ReplyTimes[CaseKind.Report]));
    }

    [Fact]
    public void For_CalendarSettings_TakesTheCalendarAndItsReplyTimePerKind()
    {
        var settings = new CalendarSettings(Standard, Duration.FromHours(8), PauseWhileAwaitingCustomer: true)
        {
            CaseReplyTimes = new Dictionary<string, Duration> { ["Query"] = Duration.FromHours(4), ["Complaint"] = Duration.FromHours(24), ["Report"] = Duration.FromHours(80) },
        };

        var policy = CasePolicy.For(settings);

        Assert.Same(Standard, policy.Calendar);
        Assert.Equal((Duration.FromHours(4), Duration.FromHours(24), Duration.FromHours(80)), (policy.ReplyTimes[CaseKind.Query], policy.ReplyTimes[CaseKind.Complaint], policy.ReplyTimes[CaseKind.Report]));
    }

    [Fact]
    public void For_ShippedCalendarFile_GivesTheIssuesReplyTimes()
    {
        var policy = CasePolicy.For(CalendarFile.LoadDefault());

        Assert.Equal((Duration.FromHours(8), Duration.FromHours(16), Duration.FromHours(40)), (policy.ReplyTimes[CaseKind.Query], policy.ReplyTimes[CaseKind.Complaint], policy.ReplyTimes[CaseKind.Report]));
    }

    [Fact]
    public void Constructor_ReplyTimesMissingAKind_Throws()
    {
        var times = new Dictionary<CaseKind, Duration> { [CaseKind.Query] = Duration.FromHours(8), [CaseKind.Complaint] = Duration.FromHours(16) };

        var error = Assert.Throws<ArgumentException>(() => new CasePolicy(Standard, times));

        Assert.Equal("replyTimes", error.ParamName);
        Assert.Contains("Report", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ReplyTimes_ZeroTime_Throws()
    {
        var times = new Dictionary<CaseKind, Duration> { [CaseKind.Query] = Duration.Zero, [CaseKind.Complaint] = Duration.FromHours(16), [CaseKind.Report] = Duration.FromHours(40) };

        Assert.Throws<ArgumentException>(() => new CasePolicy(Standard) { ReplyTimes = times });
    }

    [Fact]
    public void Constructor_NullCalendar_ThrowsNamingIt() =>
        Assert.Equal("calendar", Assert.Throws<ArgumentNullException>(() => new CasePolicy(null!)).ParamName);

    [Theory]
    [InlineData(CaseKind.Query, Role.SalesRep, true)]
    [InlineData(CaseKind.Query, Role.HeadOfOrderConfirmation, true)]
    [InlineData(CaseKind.Query, Role.Auditor, true)]
    [InlineData(CaseKind.Query, Role.FinanceOfficer, false)]
    [InlineData(CaseKind.Complaint, Role.ConfirmationOfficer, true)]
    [InlineData(CaseKind.Complaint, Role.ExecutionOfficer, false)]
    [InlineData(CaseKind.Report, Role.Auditor, true)]
    [InlineData(CaseKind.Report, Role.HeadOfOrderConfirmation, false)]
    [InlineData(CaseKind.Report, Role.SalesRep, false)]
    public void MayRead_DefaultPolicy_FollowsNeedToKnow(CaseKind kind, Role role, bool expected) =>
        Assert.Equal(expected, new CasePolicy(Standard).MayRead(kind, role));

    [Fact]
    public void Permits_ReportReceipt_EveryRoleMayFileOne() =>
        Assert.All(Enum.GetValues<Role>(), role => Assert.True(new CasePolicy(Standard).Permits(CaseKind.Report, role, CaseCommandKind.Receive)));
}
