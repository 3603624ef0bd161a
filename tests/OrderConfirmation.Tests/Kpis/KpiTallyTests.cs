using OrderConfirmation.Kpis;

namespace OrderConfirmation.Tests.Kpis;

/// <summary>The figures derived from a tally's counts, worked out by hand, and how tallies merge.</summary>
public sealed class KpiTallyTests
{
    // 3 of 4 assessed confirmations accurate; 5 of 8 due orders on time; two responses scoring
    // (5, 3, 5) and (4, 4, 5): communication 9, efficiency 7, attitude 10 points, 5 of the 6 scores 4 or 5.
    private static readonly KpiTally Sample = new(3, 4, 1, 5, 8, 2, 2, 9, 7, 10, 5);

    [Fact]
    public void AccuracyRate_IsAccurateOverAssessed() => Assert.Equal(0.75m, Sample.AccuracyRate);

    [Fact]
    public void TimelinessRate_IsOnTimeOverDue() => Assert.Equal(0.625m, Sample.TimelinessRate);

    [Fact]
    public void Communication_IsTheMeanCommunicationScore() => Assert.Equal(4.5m, Sample.Communication);

    [Fact]
    public void Efficiency_IsTheMeanEfficiencyScore() => Assert.Equal(3.5m, Sample.Efficiency);

    [Fact]
    public void Attitude_IsTheMeanAttitudeScore() => Assert.Equal(5m, Sample.Attitude);

    [Fact]
    public void Overall_IsTheMeanOfAllSixScores() => Assert.Equal(26m / 6m, Sample.Overall);

    [Fact]
    public void Csat_IsTheShareOfScoresOfFourOrFive() => Assert.Equal(5m / 6m, Sample.Csat);

    [Fact]
    public void Rates_NothingAccurateOrOnTime_AreZeroNotUndefined()
    {
        var tally = new KpiTally(0, 2, 0, 0, 3, 0, 0, 0, 0, 0, 0);

        Assert.Equal((0m, 0m), (tally.AccuracyRate!.Value, tally.TimelinessRate!.Value));
    }

    [Fact]
    public void Rates_OverNothing_AreUndefined()
    {
        var tally = KpiTally.Empty;

        Assert.All(new[] { tally.AccuracyRate, tally.TimelinessRate, tally.Communication, tally.Efficiency, tally.Attitude, tally.Overall, tally.Csat }, Assert.Null);
    }

    [Fact]
    public void Merge_AddsEveryCount()
    {
        var other = new KpiTally(10, 20, 30, 40, 50, 60, 70, 80, 90, 100, 110);

        Assert.Equal(new KpiTally(13, 24, 31, 45, 58, 62, 72, 89, 97, 110, 115), Sample.Merge(other));
    }

    [Fact]
    public void Merge_WithEmpty_IsTheSameTally() => Assert.Equal(Sample, Sample.Merge(KpiTally.Empty));
}
