using NodaTime;
using OrderConfirmation.Calendars;
using OrderConfirmation.Formats;
using OrderConfirmation.Kpis;
using static OrderConfirmation.Tests.Kpis.KpiRecords;

namespace OrderConfirmation.Tests.Kpis;

public sealed class KpiCalculatorTests
{
    private static readonly Instant Monday18 = Local(2026, 11, 23, 18, 0);
    private readonly KpiCalculator _calculator = new(NineToSixWeekdays());

    [Fact]
    public void Accuracy_ConfirmedAssessedWithoutAttributableDefect_IsAccurate()
    {
        var order = new OrderProcessingRecord("SO-1", Local(2026, 11, 23, 9, 0), Local(2026, 11, 23, 10, 0), null, null, assessed: true, defects: [new ConfirmationDefect("WrongPrice", false)]);

        Assert.Equal(AccuracyStatus.Accurate, KpiCalculator.Accuracy(order, Monday18));
    }

    [Fact]
    public void Accuracy_AttributableDefect_IsInaccurate() =>
        Assert.Equal(AccuracyStatus.Inaccurate, KpiCalculator.Accuracy(Order("SO-1", Local(2026, 11, 23, 9, 0), Local(2026, 11, 23, 10, 0), assessed: true, attributableDefect: true), Monday18));

    [Fact]
    public void Accuracy_NotAssessed_IsCountedSeparately()
    {
        var tally = _calculator.Tally(Order("SO-1", Local(2026, 11, 23, 9, 0), Local(2026, 11, 23, 10, 0), assessed: false, attributableDefect: true), Monday18);

        Assert.Equal((0L, 0L, 1L), (tally.Accurate, tally.Assessed, tally.NotAssessed));
        Assert.Null(tally.AccuracyRate);
    }

    [Fact]
    public void Accuracy_ConfirmedAfterTheInstantAskedAbout_IsNotYetConfirmed() =>
        Assert.Equal(AccuracyStatus.NotConfirmed, KpiCalculator.Accuracy(Order("SO-1", Local(2026, 11, 23, 9, 0), Local(2026, 11, 24, 10, 0), assessed: true), Monday18));

    [Fact]
    public void Timeliness_ConfirmedAtExactlyTheStandardTime_IsOnTime() =>
        Assert.Equal(TimelinessStatus.OnTime, _calculator.Timeliness(Order("SO-1", Local(2026, 11, 23, 9, 0), Local(2026, 11, 23, 17, 0)), Monday18));

    [Fact]
    public void Timeliness_ConfirmedOneMinuteLate_IsLate() =>
        Assert.Equal(TimelinessStatus.Late, _calculator.Timeliness(Order("SO-1", Local(2026, 11, 23, 9, 0), Local(2026, 11, 23, 17, 1)), Monday18));

    [Fact]
    public void Timeliness_OpenWithinTheStandardTime_IsNotYetDue()
    {
        var tally = _calculator.Tally(Order("SO-1", Local(2026, 11, 23, 11, 0), confirmed: null), Monday18);

        Assert.Equal((0L, 0L, 1L), (tally.OnTime, tally.Due, tally.NotYetDue));
        Assert.Null(tally.TimelinessRate);
    }

    [Fact]
    public void Timeliness_OpenPastTheStandardTime_IsLate()
    {
        var tally = _calculator.Tally(Order("SO-1", Local(2026, 11, 23, 9, 0), confirmed: null), Local(2026, 11, 24, 9, 30));

        Assert.Equal((0L, 1L, 0L), (tally.OnTime, tally.Due, tally.NotYetDue));
        Assert.Equal(0m, tally.TimelinessRate);
    }

    [Fact]
    public void Tally_SurveyResponse_CountsScoresAndSatisfiedAnswers()
    {
        var tally = KpiCalculator.Tally(Survey("SO-1", 5, 3, 4));

        Assert.Equal((1L, 5L, 3L, 4L, 2L), (tally.Responses, tally.CommunicationPoints, tally.EfficiencyPoints, tally.AttitudePoints, tally.SatisfiedScores));
        Assert.Equal(4m, tally.Overall);
        Assert.Equal(2m / 3m, tally.Csat);
    }

    [Fact]
    public void Compute_NoRecords_GivesUndefinedRatesNotZero()
    {
        var all = Assert.Single(_calculator.Compute([], [], new KpiQuery(Monday18)));

        Assert.Equal("all", all.Name);
        Assert.Equal(KpiTally.Empty, all.Tally);
        Assert.All(new[] { all.Tally.AccuracyRate, all.Tally.TimelinessRate, all.Tally.Csat, all.Tally.Overall, all.Tally.Communication }, Assert.Null);
    }

    [Fact]
    public void Compute_Samples_GiveTheFiguresWorkedOutInTheSamplesReadme()
    {
        var records = KpiRecordReader.ReadFiles([SamplePath]);

        var tally = Assert.Single(new KpiCalculator(CalendarFile.LoadDefault()).Compute(records.Orders, records.Responses, new KpiQuery(SampleAsOf))).Tally;

        Assert.Equal((3L, 5L, 1L), (tally.Accurate, tally.Assessed, tally.NotAssessed));
        Assert.Equal((5L, 7L, 1L), (tally.OnTime, tally.Due, tally.NotYetDue));
        Assert.Equal(0.6m, tally.AccuracyRate);
        Assert.Equal(5m / 7m, tally.TimelinessRate);
        Assert.Equal((4L, 4m, 4m, 4.25m), (tally.Responses, tally.Communication!.Value, tally.Efficiency!.Value, tally.Attitude!.Value));
        Assert.Equal(49m / 12m, tally.Overall);
        Assert.Equal(0.75m, tally.Csat);
    }

    [Fact]
    public void Compute_ByEmployee_GivesOneGroupPerEmployeeInNameOrder()
    {
        var records = KpiRecordReader.ReadFiles([SamplePath]);

        var groups = new KpiCalculator(CalendarFile.LoadDefault()).Compute(records.Orders, records.Responses, new KpiQuery(SampleAsOf, By: KpiGrouping.Employee));

        Assert.Equal(["conf.li", "conf.wang", "sales.zhang"], groups.Select(g => g.Name));
        var wang = groups[1].Tally;
        Assert.Equal((1L, 2L, 2L, 2L, 1L, 2L), (wang.Accurate, wang.Assessed, wang.OnTime, wang.Due, wang.NotYetDue, wang.Responses));
    }

    [Theory]
    [InlineData(KpiGrouping.Day, "2026-11-20")]
    [InlineData(KpiGrouping.Week, "2026-W47")]
    [InlineData(KpiGrouping.Month, "2026-11")]
    public void Compute_ByPeriod_NamesPeriodsInTheCalendarsZone(KpiGrouping by, string expected)
    {
        // 2026-11-20 01:15 UTC is 09:15 on Friday 20 November in Shanghai (ISO week 47).
        var order = Order("SO-1", Instant.FromUtc(2026, 11, 20, 1, 15), confirmed: null);

        Assert.Equal(expected, Assert.Single(_calculator.Compute([order], [], new KpiQuery(Monday18, By: by))).Name);
    }

    [Fact]
    public void Compute_ByDay_UsesTheLocalDateNotTheUtcDate()
    {
        // 2026-11-19 20:00 UTC is already 20 November in Shanghai.
        var order = Order("SO-1", Instant.FromUtc(2026, 11, 19, 20, 0), confirmed: null);

        Assert.Equal("2026-11-20", Assert.Single(_calculator.Compute([order], [], new KpiQuery(Monday18, By: KpiGrouping.Day))).Name);
    }

    [Fact]
    public void Compute_FromTo_SelectsByReceiptDateInclusive()
    {
        var orders = new[] { 19, 20, 23, 24 }.Select(d => Order($"SO-{d}", Local(2026, 11, d, 10, 0), confirmed: null)).ToArray();

        var tally = Assert.Single(_calculator.Compute(orders, [], new KpiQuery(Local(2026, 11, 30, 9, 0), new LocalDate(2026, 11, 20), new LocalDate(2026, 11, 23)))).Tally;

        Assert.Equal(2L, tally.Due + tally.NotYetDue);
    }

    [Fact]
    public void Compute_MissingEmployee_IsGroupedAsNone() =>
        Assert.Equal("(none)", Assert.Single(_calculator.Compute([Order("SO-1", Local(2026, 11, 23, 9, 0), null, employee: null)], [], new KpiQuery(Monday18, By: KpiGrouping.Employee))).Name);

    [Fact]
    public void Explain_ListsTheRecordsBehindEveryCount()
    {
        var records = KpiRecordReader.ReadFiles([SamplePath]);
        var calculator = new KpiCalculator(CalendarFile.LoadDefault());
        var query = new KpiQuery(SampleAsOf);

        var explanation = Assert.Single(calculator.Explain(records.Orders, records.Responses, query));

        Assert.Equal(["SO-2", "SO-3", "SO-8"], explanation.Accurate);
        Assert.Equal(["SO-1", "SO-2", "SO-3", "SO-7", "SO-8"], explanation.Assessed);
        Assert.Equal(["SO-4"], explanation.NotAssessed);
        Assert.Equal(["SO-1", "SO-2", "SO-4", "SO-7", "SO-8"], explanation.OnTime);
        Assert.Equal(["SO-1", "SO-2", "SO-3", "SO-4", "SO-5", "SO-7", "SO-8"], explanation.Due);
        Assert.Equal(["SO-6"], explanation.NotYetDue);
        Assert.Equal(["SO-1", "SO-2", "SO-3", "SO-8"], explanation.Responses);
    }

    [Fact]
    public void OrderProcessingRecord_ConfirmedBeforeReceived_Throws() =>
        Assert.Throws<ArgumentException>(() => Order("SO-1", Local(2026, 11, 23, 9, 0), Local(2026, 11, 23, 8, 0)));

    [Fact]
    public void SurveyResponse_ScoreOutOfRange_ThrowsNamingTheDimension() =>
        Assert.Equal("efficiency", Assert.Throws<ArgumentOutOfRangeException>(() => Survey("SO-1", 5, 6, 5)).ParamName);

    [Fact]
    public void Accuracy_ConfirmedExactlyAtTheInstantAskedAbout_CountsAsConfirmed()
    {
        var at = Local(2026, 11, 23, 10, 0);

        Assert.Equal(AccuracyStatus.Accurate, KpiCalculator.Accuracy(Order("SO-1", Local(2026, 11, 23, 9, 0), at, assessed: true), at));
    }

    [Fact]
    public void Accuracy_NotConfirmed_IsNotCountedEvenWhenAssessed() =>
        Assert.Equal(AccuracyStatus.NotConfirmed, KpiCalculator.Accuracy(Order("SO-1", Local(2026, 11, 23, 9, 0), confirmed: null, assessed: true), Monday18));

    [Fact]
    public void Timeliness_ConfirmedExactlyAtTheInstantAskedAbout_IsOnTimeNotStillOpen()
    {
        var at = Local(2026, 11, 23, 10, 0);

        Assert.Equal(TimelinessStatus.OnTime, _calculator.Timeliness(Order("SO-1", Local(2026, 11, 23, 9, 0), at), at));
    }

    [Fact]
    public void Timeliness_ConfirmedLateButAfterTheInstantAskedAbout_IsStillOpenAndNotYetDue()
    {
        // Confirmed on Wednesday (late), but as of Monday 12:00 it was open for 3 business hours.
        var order = Order("SO-1", Local(2026, 11, 23, 9, 0), Local(2026, 11, 25, 12, 0));

        Assert.Equal(Duration.FromHours(3), _calculator.ProcessingTime(order, Local(2026, 11, 23, 12, 0)));
        Assert.Equal(TimelinessStatus.NotYetDue, _calculator.Timeliness(order, Local(2026, 11, 23, 12, 0)));
    }

    [Fact]
    public void Timeliness_OpenForExactlyTheStandardTime_IsNotYetDue() =>
        Assert.Equal(TimelinessStatus.NotYetDue, _calculator.Timeliness(Order("SO-1", Local(2026, 11, 23, 9, 0), confirmed: null), Local(2026, 11, 23, 17, 0)));

    [Fact]
    public void Timeliness_OpenOneMinutePastTheStandardTime_IsLate() =>
        Assert.Equal(TimelinessStatus.Late, _calculator.Timeliness(Order("SO-1", Local(2026, 11, 23, 9, 0), confirmed: null), Local(2026, 11, 23, 17, 1)));

    [Fact]
    public void ProcessingTime_ReceivedAfterTheInstantAskedAbout_IsZero() =>
        Assert.Equal(Duration.Zero, _calculator.ProcessingTime(Order("SO-1", Local(2026, 11, 24, 9, 0), confirmed: null), Monday18));

    [Fact]
    public void ProcessingTime_StillOpen_RunsUntilTheInstantAskedAbout() =>
        Assert.Equal(Duration.FromHours(4), _calculator.ProcessingTime(Order("SO-1", Local(2026, 11, 23, 9, 0), confirmed: null), Local(2026, 11, 23, 13, 0)));

    [Fact]
    public void ProcessingTime_WaitsReachingOutsideTheOrder_CountOnlyWhileTheOrderWasOpen()
    {
        // Received 09:00, confirmed 12:00: 3 hours. The customer was waited for 08:00–10:00 (1 hour of it after
        // receipt) and 11:30–13:00 (half an hour of it before confirmation): 1.5 hours of processing.
        var waits = new[] { new Interval(Local(2026, 11, 23, 8, 0), Local(2026, 11, 23, 10, 0)), new Interval(Local(2026, 11, 23, 11, 30), Local(2026, 11, 23, 13, 0)) };

        Assert.Equal(Duration.FromMinutes(90), _calculator.ProcessingTime(Order("SO-1", Local(2026, 11, 23, 9, 0), Local(2026, 11, 23, 12, 0), waits: waits), Monday18));
    }

    [Fact]
    public void ProcessingTime_WaitsEntirelyBeforeReceiptOrAfterConfirmation_AreNotSubtracted()
    {
        var waits = new[] { new Interval(Local(2026, 11, 20, 10, 0), Local(2026, 11, 20, 11, 0)), new Interval(Local(2026, 11, 23, 14, 0), Local(2026, 11, 23, 15, 0)) };

        Assert.Equal(Duration.FromHours(3), _calculator.ProcessingTime(Order("SO-1", Local(2026, 11, 23, 9, 0), Local(2026, 11, 23, 12, 0), waits: waits), Monday18));
    }

    [Fact]
    public void ProcessingTime_OpenOrderWaitingForTheCustomer_PausesUntilTheInstantAskedAbout()
    {
        var waits = new[] { new Interval(Local(2026, 11, 23, 10, 0), Local(2026, 11, 23, 11, 0)) };

        Assert.Equal(Duration.FromHours(3), _calculator.ProcessingTime(Order("SO-1", Local(2026, 11, 23, 9, 0), confirmed: null, waits: waits), Local(2026, 11, 23, 13, 0)));
    }

    [Fact]
    public void ProcessingTime_OverlappingWaitsGivenOutOfOrder_AreNotSubtractedTwice()
    {
        // 09:00–18:00 is 9 business hours; the customer was waited for 11:00–14:00 and, given second, 10:00–12:00:
        // together 10:00–14:00, 4 hours.
        var waits = new[] { new Interval(Local(2026, 11, 23, 11, 0), Local(2026, 11, 23, 14, 0)), new Interval(Local(2026, 11, 23, 10, 0), Local(2026, 11, 23, 12, 0)) };

        Assert.Equal(Duration.FromHours(5), _calculator.ProcessingTime(Order("SO-1", Local(2026, 11, 23, 9, 0), Local(2026, 11, 23, 18, 0), waits: waits), Monday18));
    }

    public static TheoryData<OrderProcessingRecord, Instant, KpiTally> OrderTallies => new()
    {
        // Columns: accurate, assessed, not assessed, on time, due, not yet due, then the survey columns.
        // Accurate and on time (1 business hour).
        { Order("SO-1", Local(2026, 11, 23, 9, 0), Local(2026, 11, 23, 10, 0), assessed: true), Monday18, new(1, 1, 0, 1, 1, 0, 0, 0, 0, 0, 0) },
        // Inaccurate and late (10 business hours).
        { Order("SO-1", Local(2026, 11, 23, 9, 0), Local(2026, 11, 24, 10, 0), assessed: true, attributableDefect: true), Local(2026, 11, 24, 18, 0), new(0, 1, 0, 0, 1, 0, 0, 0, 0, 0, 0) },
        // Not assessed, on time.
        { Order("SO-1", Local(2026, 11, 23, 9, 0), Local(2026, 11, 23, 10, 0)), Monday18, new(0, 0, 1, 1, 1, 0, 0, 0, 0, 0, 0) },
        // Open for 3 business hours: not yet due.
        { Order("SO-1", Local(2026, 11, 23, 9, 0), null), Local(2026, 11, 23, 12, 0), new(0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0) },
        // Open for 12 business hours: late, and not confirmed so not in the accuracy counts even though assessed.
        { Order("SO-1", Local(2026, 11, 23, 9, 0), null, assessed: true), Local(2026, 11, 24, 12, 0), new(0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0) },
    };

    [Theory]
    [MemberData(nameof(OrderTallies))]
    public void Tally_Order_CountsItInTheColumnsOfItsStatus(OrderProcessingRecord order, Instant asOf, KpiTally expected) =>
        Assert.Equal(expected, _calculator.Tally(order, asOf));

    [Theory]
    [InlineData(4, 4, 4, 3)]
    [InlineData(3, 3, 3, 0)]
    [InlineData(4, 3, 3, 1)]
    [InlineData(3, 4, 3, 1)]
    [InlineData(3, 3, 4, 1)]
    [InlineData(1, 5, 2, 1)]
    public void Tally_SurveyResponse_CountsScoresOfFourOrFiveAsSatisfied(int communication, int efficiency, int attitude, long satisfied) =>
        Assert.Equal(satisfied, KpiCalculator.Tally(Survey("SO-1", communication, efficiency, attitude)).SatisfiedScores);

    [Fact]
    public void Total_OrdersAndResponses_AddsUpTheirCounts()
    {
        var orders = new[]
        {
            Order("SO-1", Local(2026, 11, 23, 9, 0), Local(2026, 11, 23, 10, 0), assessed: true),
            Order("SO-2", Local(2026, 11, 20, 9, 0), null),
        };

        var total = _calculator.Total(orders, [Survey("SO-1", 5, 3, 4), Survey("SO-2", 2, 4, 1)], Monday18);

        Assert.Equal(new KpiTally(1, 1, 0, 1, 2, 0, 2, 7, 7, 5, 3), total);
    }

    [Fact]
    public void Compute_BreakdownOverNoRecords_GivesNoGroups() =>
        Assert.Empty(_calculator.Compute([], [], new KpiQuery(Monday18, By: KpiGrouping.Employee)));

    [Fact]
    public void Compute_ByDepartment_NamesMissingDepartmentsNoneInOrdinalOrder()
    {
        var orders = new[] { "Sales", null, "OrderConfirmation", "sales" }.Select((d, i) => Order($"SO-{i}", Local(2026, 11, 23, 9, 0), null, department: d));

        Assert.Equal(["(none)", "OrderConfirmation", "Sales", "sales"], _calculator.Compute(orders, [], new KpiQuery(Monday18, By: KpiGrouping.Department)).Select(g => g.Name));
    }

    [Fact]
    public void Compute_ByEmployee_SortsNamesOrdinallyUppercaseFirst()
    {
        var responses = new[] { Survey("SO-1", 5, 5, 5, employee: "conf.li"), Survey("SO-2", 5, 5, 5, employee: "Conf.wang") };

        Assert.Equal(["Conf.wang", "conf.li"], _calculator.Compute([], responses, new KpiQuery(Monday18, By: KpiGrouping.Employee)).Select(g => g.Name));
    }

    [Theory]
    [InlineData(KpiGrouping.Day, new[] { "2025-12-29", "2026-12-31", "2027-01-04" })]
    [InlineData(KpiGrouping.Week, new[] { "2026-W01", "2026-W53", "2027-W01" })]
    [InlineData(KpiGrouping.Month, new[] { "2025-12", "2026-12", "2027-01" })]
    public void Compute_ByPeriod_NamesIsoPeriodsInTimeOrderAcrossYearEnds(KpiGrouping by, string[] expected)
    {
        // Monday 29 December 2025 is in ISO week 1 of 2026; Thursday 31 December 2026 in week 53; Monday 4 January 2027 in week 1 of 2027.
        var orders = new[] { Local(2027, 1, 4, 10), Local(2025, 12, 29, 10), Local(2026, 12, 31, 10) }.Select((at, i) => Order($"SO-{i}", at, null));

        Assert.Equal(expected, _calculator.Compute(orders, [], new KpiQuery(Monday18, By: by)).Select(g => g.Name));
    }

    [Fact]
    public void Compute_ByDay_GroupsResponsesByTheirAnswerDate()
    {
        var groups = _calculator.Compute([Order("SO-1", Local(2026, 11, 20, 10, 0), null)], [Survey("SO-1", 5, 5, 5, at: Local(2026, 11, 23, 10, 0))], new KpiQuery(Monday18, By: KpiGrouping.Day));

        Assert.Equal([("2026-11-20", 1L, 0L), ("2026-11-23", 0L, 1L)], groups.Select(g => (g.Name, g.Tally.Due + g.Tally.NotYetDue, g.Tally.Responses)));
    }

    [Fact]
    public void Compute_FromTo_SelectsResponsesByAnswerDateInclusive()
    {
        var responses = new[] { 19, 20, 23, 24 }.Select(d => Survey($"SO-{d}", 5, 5, 5, at: Local(2026, 11, d, 10, 0)));

        var tally = Assert.Single(_calculator.Compute([], responses, new KpiQuery(Monday18, new LocalDate(2026, 11, 20), new LocalDate(2026, 11, 23)))).Tally;

        Assert.Equal(2L, tally.Responses);
    }

    [Fact]
    public void Explain_NoRecords_GivesOneEmptyGroupNamedAll()
    {
        var explanation = Assert.Single(_calculator.Explain([], [], new KpiQuery(Monday18)));

        Assert.Equal("all", explanation.Group);
        Assert.All(new[] { explanation.Accurate, explanation.Assessed, explanation.NotAssessed, explanation.OnTime, explanation.Due, explanation.NotYetDue, explanation.Responses }, Assert.Empty);
    }

    [Fact]
    public void Explain_BreakdownOverNoRecords_GivesNoGroups() =>
        Assert.Empty(_calculator.Explain([], [], new KpiQuery(Monday18, By: KpiGrouping.Department)));

    [Fact]
    public void Explain_FromTo_ListsOnlyRecordsDatedInsideTheDates()
    {
        var orders = new[] { 19, 20, 23, 24 }.Select(d => Order($"SO-{d}", Local(2026, 11, d, 10, 0), Local(2026, 11, d, 11, 0)));
        var responses = new[] { 19, 20, 23, 24 }.Select(d => Survey($"SO-{d}", 5, 5, 5, at: Local(2026, 11, d, 12, 0)));

        var explanation = Assert.Single(_calculator.Explain(orders, responses, new KpiQuery(Local(2026, 11, 30, 9, 0), new LocalDate(2026, 11, 20), new LocalDate(2026, 11, 23))));

        Assert.Equal(["SO-20", "SO-23"], explanation.Due);
        Assert.Equal(["SO-20", "SO-23"], explanation.Responses);
    }

    [Fact]
    public void Explain_ByEmployee_ListsEachEmployeesRecordsUnderTheirName()
    {
        var orders = new[] { Order("SO-1", Local(2026, 11, 23, 9, 0), Local(2026, 11, 23, 10, 0), employee: "conf.wang"), Order("SO-2", Local(2026, 11, 23, 11, 0), null, employee: "conf.li") };

        var explanations = _calculator.Explain(orders, [Survey("SO-1", 5, 5, 5)], new KpiQuery(Monday18, By: KpiGrouping.Employee));

        Assert.Equal([("conf.li", "", "SO-2"), ("conf.wang", "SO-1", "")], explanations.Select(e => (e.Group, string.Join(",", e.OnTime), string.Join(",", e.NotYetDue))));
        Assert.Equal(["SO-1"], explanations[1].Responses);
    }
}
