using OrderConfirmation.Calendars;
using OrderConfirmation.Diagnostics;
using static OrderConfirmation.Tests.Calendars.CalendarJson;

namespace OrderConfirmation.Tests.Calendars;

/// <summary>
/// The calendar file's <c>targets</c> (issue 18: <c>"targets": { "accuracy": 0.98, "timeliness": 0.95, "satisfaction": 4.5,
/// "caseReply": 0.95 }</c>): rates are fractions in [0, 1], satisfaction a score on the survey's scale of 1 to 5, each
/// optional; anything else is refused at its position like every other calendar problem.
/// </summary>
public sealed class KpiTargetsReaderTests
{
    private static string WithTargets(string targets) =>
        ValidWith("\"standardTime\": \"PT8H\"", $"\"standardTime\": \"PT8H\",\n  \"targets\": {targets}");

    private static void AssertOnly(string json, string code, string marker, string message) =>
        Assert.Equal([new RuleDiagnostic(Source, At(json, marker), null, code, message)], Problems(json));

    [Fact]
    public void Read_TheIssuesExample_GivesEachTarget()
    {
        var targets = Read(WithTargets("""{ "accuracy": 0.98, "timeliness": 0.95, "satisfaction": 4.5, "caseReply": 0.95 }""")).KpiTargets;

        Assert.Equal((0.98m, 0.95m, 4.5m, 0.95m), (targets.Accuracy, targets.Timeliness, targets.Satisfaction, targets.CaseReply));
    }

    [Fact]
    public void Read_NoTargets_GivesNone()
    {
        var targets = Read(Valid).KpiTargets;

        Assert.Equal(KpiTargets.None, targets);
        Assert.Equal<decimal?>([null, null, null, null], [targets.Accuracy, targets.Timeliness, targets.Satisfaction, targets.CaseReply]);
    }

    [Fact]
    public void Read_SomeTargets_LeavesTheOthersUnset()
    {
        var targets = Read(WithTargets("""{ "timeliness": 0.9 }""")).KpiTargets;

        Assert.Equal<decimal?>([null, 0.9m, null, null], [targets.Accuracy, targets.Timeliness, targets.Satisfaction, targets.CaseReply]);
    }

    [Fact]
    public void Read_NullTarget_IsNoTarget() =>
        Assert.Null(Read(WithTargets("""{ "accuracy": null, "timeliness": 0.9 }""")).KpiTargets.Accuracy);

    [Theory]
    [InlineData("""{ "accuracy": 0, "timeliness": 1, "satisfaction": 1, "caseReply": 0 }""")]
    [InlineData("""{ "accuracy": 1, "timeliness": 0, "satisfaction": 5, "caseReply": 1 }""")]
    public void Read_TargetsAtTheEndsOfTheirScales_AreAccepted(string targets) =>
        Assert.NotNull(Read(WithTargets(targets)).KpiTargets.Satisfaction);

    [Theory]
    [InlineData("accuracy", "1.5", "targets.accuracy is 1.5: the target confirmation accuracy rate is a fraction between 0 and 1 (for 1.5 %, write 0.015).")]
    [InlineData("timeliness", "-0.1", "targets.timeliness is -0.1: the target timely processing rate is a fraction between 0 and 1.")]
    [InlineData("caseReply", "95", "targets.caseReply is 95: the target timely reply rate of customer cases is a fraction between 0 and 1 (for 95 %, write 0.95).")]
    [InlineData("accuracy", "100.5", "targets.accuracy is 100.5: the target confirmation accuracy rate is a fraction between 0 and 1.")]
    public void Read_RateOutsideZeroToOne_IsRefusedAtItsValue(string name, string value, string message)
    {
        var json = WithTargets($$"""{ "{{name}}": {{value}} }""");

        AssertOnly(json, CalendarDiagnosticCodes.InvalidKpiTarget, value + " }", message);
    }

    [Theory]
    [InlineData("0.9")]
    [InlineData("5.5")]
    [InlineData("90")]
    public void Read_SatisfactionOffTheSurveysScale_IsRefusedAtItsValue(string value)
    {
        var json = WithTargets($$"""{ "satisfaction": {{value}} }""");

        AssertOnly(json, CalendarDiagnosticCodes.InvalidKpiTarget, value + " }", $"targets.satisfaction is {value}: the target overall satisfaction score is on the survey's scale, between 1 and 5 (e.g. 4.5).");
    }

    [Fact]
    public void Read_UnknownTarget_IsRefusedWithTheLikelyName()
    {
        var json = WithTargets("""{ "Accuracy": 0.98 }""");

        AssertOnly(json, CalendarDiagnosticCodes.UnknownProperty, "0.98 }", "'Accuracy' is not a property of the KPI targets (did you mean 'accuracy'?); its properties are accuracy, timeliness, satisfaction, caseReply (names are case-sensitive).");
    }

    [Fact]
    public void Read_TargetWrittenAsText_IsInvalidJson()
    {
        var problem = Assert.Single(Problems(WithTargets("""{ "accuracy": "98%" }""")));

        Assert.Equal(CalendarDiagnosticCodes.InvalidJson, problem.Code);
    }

    [Fact]
    public void Read_EveryProblem_IsReportedAtOnce()
    {
        var problems = Problems(WithTargets("""{ "accuracy": 2, "satisfaction": 0, "caseReply": -1, "speed": 1 }"""));

        Assert.Equal(4, problems.Count);
    }

    [Fact]
    public void ShippedCalendar_SetsATargetForEachFigure()
    {
        var targets = CalendarFile.Load(ShippedPath).KpiTargets;

        Assert.All(new[] { targets.Accuracy, targets.Timeliness, targets.Satisfaction, targets.CaseReply }, t => Assert.NotNull(t));
    }

    [Theory]
    [InlineData(-0.01)]
    [InlineData(1.01)]
    public void KpiTargets_RateOutOfRange_Throws(double rate) =>
        Assert.Equal("value", Assert.Throws<ArgumentOutOfRangeException>(() => new KpiTargets { Timeliness = (decimal)rate }).ParamName);

    [Theory]
    [InlineData(0.99)]
    [InlineData(5.01)]
    public void KpiTargets_ScoreOutOfRange_Throws(double score) =>
        Assert.Equal("value", Assert.Throws<ArgumentOutOfRangeException>(() => new KpiTargets { Satisfaction = (decimal)score }).ParamName);

    [Fact]
    public void CalendarSettings_OtherTargets_AreNotEqual()
    {
        var settings = Read(Valid);

        Assert.NotEqual(settings, settings with { KpiTargets = new KpiTargets { Accuracy = 0.9m } });
        Assert.Equal(settings, settings with { KpiTargets = new KpiTargets() });
    }
}
