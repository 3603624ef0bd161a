using OrderConfirmation.Review;
using OrderConfirmation.Rules;
using OrderConfirmation.Stages;
using OrderConfirmation.Tests.Builders;

namespace OrderConfirmation.Tests.Differential;

/// <summary>
/// Where our evaluator and RulesEngine 6.0.1 knowingly part: scoped parameters. RulesEngine evaluates every
/// GlobalParam of a workflow, and every LocalParam of a rule, before the rule, so one that throws turns the
/// rule (for GlobalParams: every rule of the workflow) into an error even if its expression never reads it.
/// Ours evaluates only the parameters an expression reads, directly or through another parameter. No shipped
/// rule has such a parameter (every LocalParam is read, and the GlobalParams cannot throw), so the
/// differential properties never meet this; these tests pin it down so that a change on either side is seen.
/// </summary>
public sealed class KnownDifferencesTests
{
    private const string Metadata = """{ "Stage": "PreliminaryReview", "Department": "Sales", "Severity": "Error", "Outcome": "NeedsClarification", "Action": "AskCustomer" }""";

    [Fact]
    public void Differences_GlobalParamNoRuleReadsThrows_RulesEngineErrorsOursPasses()
    {
        var file = ProbeFile($$"""
            {
              "WorkflowName": "Probe",
              "GlobalParams": [ { "Name": "requested", "Expression": "order.RequestedDeliveryDate.Value" } ],
              "Rules": [ { "RuleName": "ProbeHasLines", "Expression": "order.Lines.Count > 0", "ErrorMessage": "x", "Properties": {{Metadata}} } ]
            }
            """);

        var differences = Compare(file, new FactsBuilder().WithOrder(o => o.With(order => order with { RequestedDeliveryDate = null })).Build());

        var difference = Assert.Single(differences);
        Assert.StartsWith("ProbeHasLines on the order: ours Pass, RulesEngine Error (", difference, StringComparison.Ordinal);
    }

    [Fact]
    public void Differences_LocalParamTheExpressionDoesNotReadThrows_RulesEngineErrorsOursPasses()
    {
        var file = ProbeFile($$"""
            {
              "WorkflowName": "Probe",
              "Rules": [
                {
                  "RuleName": "ProbeHasLines",
                  "LocalParams": [ { "Name": "requested", "Expression": "order.RequestedDeliveryDate.Value" } ],
                  "Expression": "order.Lines.Count > 0", "ErrorMessage": "x", "Properties": {{Metadata}}
                }
              ]
            }
            """);

        var differences = Compare(file, new FactsBuilder().WithOrder(o => o.With(order => order with { RequestedDeliveryDate = null })).Build());

        var difference = Assert.Single(differences);
        Assert.StartsWith("ProbeHasLines on the order: ours Pass, RulesEngine Error (", difference, StringComparison.Ordinal);
    }

    private static RuleFile ProbeFile(string json) => new("probe.json", System.Text.Encoding.UTF8.GetBytes(json));

    private static IReadOnlyList<string> Compare(RuleFile file, ReviewFacts facts)
    {
        var ours = RuleSetLoader.Load([file]);
        var reference = new RulesEngineReview(RulesEngineWorkflows.From([file]));
        return VerdictComparison.Differences(CompiledRulesReview.EvaluateEveryRule(ours, facts), reference.Evaluate(facts));
    }
}
