using System.Text;
using NodaTime;
using OrderConfirmation.Calendars;
using OrderConfirmation.Kpis;
using static OrderConfirmation.Tests.Kpis.KpiRecords;

namespace OrderConfirmation.Tests.Kpis;

/// <summary>
/// The customer-case KPIs (issue 16, item 4) worked out by hand on a calendar file like the shipped one: Asia/Shanghai,
/// Monday to Friday 09:00–12:00 and 13:00–18:00 (a business day is 8 hours), the issue's reply times (Query PT8H,
/// Complaint P2D = 16 h, Report P5D = 40 h), and Monday 7 December 2026 declared a holiday, so that a case received on
/// Friday 4 December at 16:00 has its clock run over a weekend and a holiday: Friday 16:00–18:00 is 2 hours, Tuesday 8
/// more (10), Wednesday 8 more (18).
/// </summary>
public sealed class CaseKpiTests
{
    private const string CalendarText = """
        {
          "timeZone": "Asia/Shanghai",
          "week": { "Monday": ["09:00-12:00", "13:00-18:00"], "Tuesday": ["09:00-12:00", "13:00-18:00"], "Wednesday": ["09:00-12:00", "13:00-18:00"],
                    "Thursday": ["09:00-12:00", "13:00-18:00"], "Friday": ["09:00-12:00", "13:00-18:00"] },
          "holidays": ["2026-12-07"],
          "standardTime": "PT8H",
          "pauseWhileAwaitingCustomer": true,
          "caseReplyTime": { "Query": "PT8H", "Complaint": "P2D", "Report": "P5D" }
        }
        """;

    private static readonly CalendarSettings Settings = CalendarFile.Read(Encoding.UTF8.GetBytes(CalendarText), "cases-calendar.json");

    private static readonly KpiCalculator Calculator = new(Settings);

    /// <summary>Friday 4 December 2026, 16:00 in Shanghai.</summary>
    private static readonly Instant FridayFour = Local(2026, 12, 4, 16);

    private static CustomerCaseRecord Case(string id, CaseKind kind, Instant? answered, bool? substantiated = null, string? department = "OrderConfirmation", string? employee = "conf.wang", IReadOnlyList<Interval>? waits = null, Instant? received = null) =>
        new(id, kind, received ?? FridayFour, answered, orderId: "SO-1", department, employee, substantiated, waits);

    [Fact]
    public void ReplyTime_TheIssuesDurations_AreBusinessHoursOfAnEightHourDay() =>
        Assert.Equal(
            (Duration.FromHours(8), Duration.FromHours(16), Duration.FromHours(40)),
            (Calculator.ReplyTime(CaseKind.Query), Calculator.ReplyTime(CaseKind.Complaint), Calculator.ReplyTime(CaseKind.Report)));

    [Fact]
    public void ReplyTime_NotAKind_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>("kind", () => Calculator.ReplyTime((CaseKind)3));

    [Fact]
    public void AnswerTime_AcrossTheWeekendAndTheHoliday_CountsOnlyWorkingHours() =>
        // Friday 16:00–18:00 (2 h), Saturday, Sunday and Monday's holiday nothing, Tuesday 09:00–12:00 and 13:00–15:00 (5 h).
        Assert.Equal(Duration.FromHours(7), Calculator.AnswerTime(Case("C-1", CaseKind.Complaint, Local(2026, 12, 8, 15)), Local(2026, 12, 31, 0)));

    [Fact]
    public void Timeliness_ComplaintAnsweredAtTheEndOfItsTwoBusinessDays_IsOnTime() =>
        // 2 h Friday + 8 h Tuesday + 09:00–12:00 and 13:00–16:00 Wednesday = 16 h = P2D.
        Assert.Equal(TimelinessStatus.OnTime, Calculator.Timeliness(Case("C-1", CaseKind.Complaint, Local(2026, 12, 9, 16)), Local(2026, 12, 31, 0)));

    [Fact]
    public void Timeliness_ComplaintAnsweredAMinuteLater_IsLate() =>
        Assert.Equal(TimelinessStatus.Late, Calculator.Timeliness(Case("C-1", CaseKind.Complaint, Local(2026, 12, 9, 16, 1)), Local(2026, 12, 31, 0)));

    [Theory]
    [InlineData(CaseKind.Query, TimelinessStatus.Late)]
    [InlineData(CaseKind.Complaint, TimelinessStatus.OnTime)]
    [InlineData(CaseKind.Report, TimelinessStatus.OnTime)]
    public void Timeliness_SameAnswerAfterNineBusinessHours_DependsOnTheKindsReplyTime(CaseKind kind, TimelinessStatus expected) =>
        // Answered Tuesday 17:00: 2 h Friday + 3 h + 4 h Tuesday = 9 h, over PT8H, within P2D (16 h) and P5D (40 h).
        Assert.Equal(expected, Calculator.Timeliness(Case("C-1", kind, Local(2026, 12, 8, 17)), Local(2026, 12, 31, 0)));

    [Fact]
    public void Timeliness_UnansweredReportOnTheLastMinuteOfItsFiveDays_IsNotYetDue() =>
        // 2 h Friday, then Tuesday to Friday 32 h (34), then Monday 14 December 09:00–12:00 and 13:00–16:00: 40 h at 16:00.
        Assert.Equal(TimelinessStatus.NotYetDue, Calculator.Timeliness(Case("R-1", CaseKind.Report, null), Local(2026, 12, 14, 16)));

    [Fact]
    public void Timeliness_UnansweredReportPastItsFiveDays_IsLate() =>
        Assert.Equal(TimelinessStatus.Late, Calculator.Timeliness(Case("R-1", CaseKind.Report, null), Local(2026, 12, 14, 16, 1)));

    [Fact]
    public void Timeliness_AnsweredAfterAsOf_CountsAsUnansweredThen() =>
        // As of Tuesday 10:00 the complaint has run 3 business hours; the answer on Wednesday has not happened yet.
        Assert.Equal(TimelinessStatus.NotYetDue, Calculator.Timeliness(Case("C-1", CaseKind.Complaint, Local(2026, 12, 9, 10)), Local(2026, 12, 8, 10)));

    [Fact]
    public void Timeliness_ReceivedAfterAsOf_IsNotYetDue() =>
        Assert.Equal(TimelinessStatus.NotYetDue, Calculator.Timeliness(Case("Q-1", CaseKind.Query, null), Local(2026, 12, 1, 9)));

    [Fact]
    public void Timeliness_WaitingForTheCustomer_PausesTheClock()
    {
        // Answered Wednesday 18:00: 2 + 8 + 8 = 18 h, less Tuesday 09:00–12:00 waiting for the customer = 15 h ≤ 16 h.
        var complaint = Case("C-1", CaseKind.Complaint, Local(2026, 12, 9, 18), waits: [new Interval(Local(2026, 12, 8, 9), Local(2026, 12, 8, 12))]);

        Assert.Equal(TimelinessStatus.OnTime, Calculator.Timeliness(complaint, Local(2026, 12, 31, 0)));
    }

    [Fact]
    public void Timeliness_WaitingForTheCustomerWithoutThePause_Counts()
    {
        var complaint = Case("C-1", CaseKind.Complaint, Local(2026, 12, 9, 18), waits: [new Interval(Local(2026, 12, 8, 9), Local(2026, 12, 8, 12))]);
        var calculator = new KpiCalculator(new CalendarSettings(Settings.Calendar, Settings.StandardTime, PauseWhileAwaitingCustomer: false) { CaseReplyTimes = Settings.CaseReplyTimes });

        Assert.Equal(TimelinessStatus.Late, calculator.Timeliness(complaint, Local(2026, 12, 31, 0)));
    }

    [Fact]
    public void Timeliness_OverlappingWaits_PauseTheirUnionOnce()
    {
        // Two waits over Tuesday 09:00–12:00 and 10:00–13:00 pause 09:00–12:00 (3 business hours) once: 18 − 3 = 15 h.
        var waits = new[] { new Interval(Local(2026, 12, 8, 10), Local(2026, 12, 8, 13)), new Interval(Local(2026, 12, 8, 9), Local(2026, 12, 8, 12)) };

        Assert.Equal(Duration.FromHours(15), Calculator.AnswerTime(Case("C-1", CaseKind.Complaint, Local(2026, 12, 9, 18), waits: waits), Local(2026, 12, 31, 0)));
    }

    [Fact]
    public void Compute_CasesOfEveryStanding_AreCountedInTheGroup()
    {
        var asOf = Local(2026, 12, 9, 12); // Wednesday noon: a complaint from Friday 16:00 has run 13 of its 16 hours.
        var cases = new[]
        {
            Case("Q-1", CaseKind.Query, Local(2026, 12, 8, 15)),                      // 7 h: on time
            Case("Q-2", CaseKind.Query, null),                                        // 13 h unanswered: late
            Case("C-1", CaseKind.Complaint, Local(2026, 12, 8, 17), substantiated: true), // 9 h: on time
            Case("C-2", CaseKind.Complaint, null, substantiated: false),              // 13 h unanswered: not yet due
            Case("R-1", CaseKind.Report, null),                                       // 13 h unanswered: not yet due
        };

        var tally = Assert.Single(Calculator.Compute([], [], new KpiQuery(asOf), cases)).Tally;

        Assert.Equal(new CaseTally(Received: 5, AnsweredOnTime: 2, Due: 3, NotYetDue: 2, Complaints: 2, SubstantiatedComplaints: 1), tally.Cases);
        Assert.Equal(2m / 3m, tally.Cases.Rate);
        Assert.Null(tally.ComplaintsPer100Orders);
    }

    [Fact]
    public void Compute_OneSubstantiatedComplaintAndFourConfirmedOrders_IsTwentyFivePerHundredOrders()
    {
        var asOf = Local(2026, 12, 31, 0);
        var orders = new[]
        {
            Order("SO-1", Local(2026, 12, 1, 9), Local(2026, 12, 1, 10)),
            Order("SO-2", Local(2026, 12, 1, 9), Local(2026, 12, 1, 11)),
            Order("SO-3", Local(2026, 12, 2, 9), Local(2026, 12, 2, 10)),
            Order("SO-4", Local(2026, 12, 2, 9), Local(2026, 12, 3, 10)),
            Order("SO-5", Local(2026, 12, 3, 9), null), // open: not a confirmed order
            OrderProcessingRecord.ForOutcome("SO-6", Local(2026, 12, 3, 9), ProcessingOutcome.Cancelled, Local(2026, 12, 3, 10), Local(2026, 12, 4, 10), "OrderConfirmation", "conf.wang"),
        };
        var cases = new[]
        {
            Case("C-1", CaseKind.Complaint, Local(2026, 12, 8, 15), substantiated: true),
            Case("C-2", CaseKind.Complaint, Local(2026, 12, 8, 15), substantiated: false),
            Case("C-3", CaseKind.Complaint, null),
        };

        var tally = Assert.Single(Calculator.Compute(orders, [], new KpiQuery(asOf), cases)).Tally;

        Assert.Equal((3L, 1L, 25m), (tally.Cases.Complaints, tally.Cases.SubstantiatedComplaints, tally.ComplaintsPer100Orders));
    }

    [Fact]
    public void Compute_ByDepartment_SetsEachDepartmentsComplaintsAgainstItsOwnOrders()
    {
        var asOf = Local(2026, 12, 31, 0);
        var confirmed = new[]
        {
            Order("SO-1", Local(2026, 12, 1, 9), Local(2026, 12, 1, 10), department: "OrderConfirmation"),
            Order("SO-2", Local(2026, 12, 1, 9), Local(2026, 12, 1, 10), department: "OrderConfirmation"),
            Order("SO-3", Local(2026, 12, 1, 9), Local(2026, 12, 1, 10), department: "OrderConfirmation"),
        };
        var cases = new[]
        {
            Case("C-1", CaseKind.Complaint, Local(2026, 12, 8, 15), substantiated: true, department: "OrderConfirmation"),
            Case("C-2", CaseKind.Complaint, Local(2026, 12, 8, 15), substantiated: true, department: "Sales"),
            Case("Q-1", CaseKind.Query, Local(2026, 12, 8, 15), department: null),
        };

        var groups = Calculator.Compute(confirmed, [], new KpiQuery(asOf, By: KpiGrouping.Department), cases);

        Assert.Equal(
            [("(none)", 1L, 0L, (decimal?)null), ("OrderConfirmation", 1L, 1L, 100m / 3m), ("Sales", 1L, 1L, null)],
            groups.Select(g => (g.Name, g.Tally.Cases.Received, g.Tally.Cases.SubstantiatedComplaints, g.Tally.ComplaintsPer100Orders)));
    }

    [Fact]
    public void Compute_ByEmployeeInAPeriod_SelectsCasesByTheirReceiptDate()
    {
        var cases = new[]
        {
            Case("Q-1", CaseKind.Query, Local(2026, 12, 8, 15), employee: "conf.li"),
            Case("Q-2", CaseKind.Query, Local(2026, 12, 8, 15), employee: "conf.wang", received: Local(2026, 12, 3, 9)),
        };

        var groups = Calculator.Compute([], [], new KpiQuery(Local(2026, 12, 31, 0), From: new LocalDate(2026, 12, 4), By: KpiGrouping.Employee), cases);

        Assert.Equal([("conf.li", 1L)], groups.Select(g => (g.Name, g.Tally.Cases.Received)));
    }

    [Fact]
    public void Total_WithCases_EqualsTheMergedTallies()
    {
        var asOf = Local(2026, 12, 9, 12);
        var query = Case("Q-1", CaseKind.Query, Local(2026, 12, 8, 15));
        var complaint = Case("C-1", CaseKind.Complaint, null, substantiated: true);

        var total = Calculator.Total([], [], asOf, [query, complaint]);

        Assert.Equal(new CaseTally(2, 1, 1, 1, 1, 1), total.Cases);
    }

    [Fact]
    public void Explain_ListsTheLateAndUnansweredCasesAndTheSubstantiatedComplaints()
    {
        var asOf = Local(2026, 12, 9, 12);
        var cases = new[]
        {
            Case("Q-1", CaseKind.Query, Local(2026, 12, 8, 15)),                          // on time
            Case("Q-2", CaseKind.Query, Local(2026, 12, 8, 17)),                          // answered late (9 h)
            Case("Q-3", CaseKind.Query, null),                                            // unanswered, late
            Case("C-1", CaseKind.Complaint, null, substantiated: true),                   // unanswered, not yet due
            Case("C-2", CaseKind.Complaint, Local(2026, 12, 10, 9), substantiated: false), // answered after asOf: unanswered then
        };

        var explanation = Assert.Single(Calculator.Explain([], [], new KpiQuery(asOf), cases));

        Assert.Equal(["Q-2", "Q-3"], explanation.LateCases);
        Assert.Equal(["Q-3", "C-1", "C-2"], explanation.UnansweredCases);
        Assert.Equal(["C-1"], explanation.SubstantiatedComplaints);
    }

    [Fact]
    public void Tally_ASubstantiatedFlagOnAQuery_IsNotAComplaint() =>
        Assert.Equal(CaseTally.Empty with { Received = 1, AnsweredOnTime = 1, Due = 1 }, Calculator.Tally(Case("Q-1", CaseKind.Query, Local(2026, 12, 8, 15), substantiated: true), Local(2026, 12, 31, 0)).Cases);

    [Fact]
    public void Rate_NothingDue_IsNull() =>
        Assert.Null(new CaseTally(2, 0, 0, 2, 0, 0).Rate);

    [Fact]
    public void ComplaintsPer100Orders_ConfirmedButNotAssessedOrders_CountAsConfirmed() =>
        // 1 substantiated complaint over 1 assessed + 2 not assessed confirmed orders: 100 / 3.
        Assert.Equal(100m / 3m, (new KpiTally(1, 1, 2, 0, 0, 0, 0, 0, 0, 0, 0) with { Cases = CaseTally.Empty with { SubstantiatedComplaints = 1 } }).ComplaintsPer100Orders);
}
