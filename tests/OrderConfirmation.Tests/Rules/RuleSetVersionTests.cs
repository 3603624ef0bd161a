using System.Text;
using NodaTime;
using OrderConfirmation.Formats;
using OrderConfirmation.Review;
using OrderConfirmation.Rules;
using OrderConfirmation.Stages;
using OrderConfirmation.Tests.Builders;

namespace OrderConfirmation.Tests.Rules;

public sealed class RuleSetVersionTests
{
    private static RuleFile File(string name, string top) => new(name, Encoding.UTF8.GetBytes($$"""
        { "WorkflowName": "{{name}}", {{top}}
          "Rules": [ { "RuleName": "{{name}}Rule", "Expression": "order.OrderId != null", "ErrorMessage": "m",
                       "Properties": { "Stage": "PreliminaryReview", "Department": "Sales", "Severity": "Error", "Outcome": "NeedsClarification", "Action": "AskCustomer" } } ] }
        """));

    [Fact]
    public void Load_LabelAndEffectiveDate_AreNamedByEveryDecision()
    {
        var ruleSet = RuleSetLoader.Load([File("a", "\"VersionLabel\": \"2026.11-b\", \"EffectiveDate\": \"2026-12-01\","), File("b", string.Empty)]);

        var decision = ReviewEvaluator.Evaluate(ruleSet, new FactsBuilder().Build());

        Assert.Equal(("2026.11-b", new LocalDate(2026, 12, 1)), (ruleSet.Label, ruleSet.EffectiveDate!.Value));
        Assert.Equal((ruleSet.Version, "2026.11-b", new LocalDate(2026, 12, 1)), (decision.RuleSetVersion, decision.RuleSetLabel, decision.RuleSetEffectiveDate!.Value));
        Assert.EndsWith("\"ruleSetLabel\":\"2026.11-b\",\"ruleSetEffectiveDate\":\"2026-12-01\"}", DecisionJsonWriter.ToJson(decision), StringComparison.Ordinal);
    }

    [Fact]
    public void Load_FilesDisagreeingOnTheLabel_Fails()
    {
        var error = Assert.Throws<RuleSetLoadException>(() => RuleSetLoader.Load([File("a", "\"VersionLabel\": \"v1\","), File("b", "\"VersionLabel\": \"v2\",")]));

        Assert.Equal(("b", RuleDiagnosticCodes.InvalidVersion), (Assert.Single(error.Diagnostics).File, error.Diagnostics[0].Code));
    }

    [Fact]
    public void Load_NoLabel_LeavesTheDecisionJsonAsBefore()
    {
        var json = DecisionJsonWriter.ToJson(DefaultRules.Review(new FactsBuilder()));

        Assert.DoesNotContain("ruleSetLabel", json, StringComparison.Ordinal);
        Assert.EndsWith("\"evaluatedAt\":\"2026-11-20T02:00:00Z\"}", json, StringComparison.Ordinal);
    }
}
