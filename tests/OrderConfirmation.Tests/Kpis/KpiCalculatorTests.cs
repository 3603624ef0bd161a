using NodaTime;
using OrderConfirmation.Calendars;
using OrderConfirmation.Kpis;
using OrderConfirmation.Requests;
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
}
