using OrderConfirmation.Calendars;
using OrderConfirmation.Kpis;
using OrderConfirmation.Reports;

namespace OrderConfirmation.Tests.Reports;

/// <summary>
/// The report's statuses (issue 18: "green/amber/red"): at or above the target green, below it by no more than 2
/// percentage points (0.2 for the satisfaction score) amber, further below red; no target and no figure have no colour.
/// </summary>
public sealed class KpiMeasureTests
{
    private static readonly KpiTargets Targets = new() { Accuracy = 0.98m, Timeliness = 0.95m, Satisfaction = 4.5m, CaseReply = 0.95m };

    [Theory]
    [InlineData(1.0, nameof(TargetStatus.Met))]
    [InlineData(0.98, nameof(TargetStatus.Met))]
    [InlineData(0.9799, nameof(TargetStatus.Near))]
    [InlineData(0.96, nameof(TargetStatus.Near))]
    [InlineData(0.9599, nameof(TargetStatus.Below))]
    [InlineData(0.0, nameof(TargetStatus.Below))]
    public void Status_Rate_IsGreenAmberRedAroundTheTarget(double value, string expected) =>
        Assert.Equal(expected, KpiMeasure.Accuracy.Status((decimal)value, Targets).ToString());

    [Theory]
    [InlineData(5.0, nameof(TargetStatus.Met))]
    [InlineData(4.5, nameof(TargetStatus.Met))]
    [InlineData(4.3, nameof(TargetStatus.Near))]
    [InlineData(4.29, nameof(TargetStatus.Below))]
    public void Status_Score_HasABandOfTwoTenths(double value, string expected) =>
        Assert.Equal(expected, KpiMeasure.Satisfaction.Status((decimal)value, Targets).ToString());

    [Fact]
    public void Status_NoTarget_IsNoTargetWhateverTheValue() =>
        Assert.Equal(TargetStatus.NoTarget, KpiMeasure.CaseReply.Status(0m, KpiTargets.None));

    [Fact]
    public void Status_NoFigure_IsNoData() =>
        Assert.Equal(TargetStatus.NoData, KpiMeasure.Timeliness.Status(null, Targets));

    [Fact]
    public void Value_EachMeasure_ReadsItsFigureFromTheTally()
    {
        var tally = new KpiTally(3, 4, 0, 1, 2, 0, 2, 8, 6, 4, 3) { Cases = new CaseTally(5, 1, 4, 1, 0, 0) };

        Assert.Equal<decimal?>([0.75m, 0.5m, 3m, 0.25m], KpiMeasure.All.Select(m => m.Value(tally)));
    }

    [Theory]
    [InlineData(null, "n/a")]
    [InlineData(0.0, "0.0 %")]
    [InlineData(1.0, "100.0 %")]
    [InlineData(0.98765, "98.8 %")]
    public void Format_Rate_IsAPercentageWithOneDecimal(double? rate, string expected) =>
        Assert.Equal(expected, KpiMeasure.Accuracy.Format((decimal?)rate));

    [Fact]
    public void Words_EveryStatus_IsSaidInWordsNotOnlyColour() =>
        Assert.Equal(
            ["no data", "no target", "meets target", "near target", "below target"],
            Enum.GetValues<TargetStatus>().Select(TargetStatusText.Words));
}
