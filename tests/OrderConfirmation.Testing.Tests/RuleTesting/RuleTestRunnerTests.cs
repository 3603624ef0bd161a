using System.Text;
using System.Text.Json.Nodes;
using OrderConfirmation.Findings;
using OrderConfirmation.Formats;
using OrderConfirmation.Testing.RuleTesting;
using OrderConfirmation.Tests.Builders;
using OrderConfirmation.Tests.Formats;

namespace OrderConfirmation.Testing.Tests.RuleTesting;

public sealed class RuleTestRunnerTests
{
    private static RuleTestCase Case(JsonObject expect, Action<JsonObject>? change = null)
    {
        var request = RequestJson.Example(r => change?.Invoke(r));
        request["name"] = "the case";
        request["expect"] = expect;
        return RuleTestCaseReader.Read(Encoding.UTF8.GetBytes(request.ToJsonString()), "case.json");
    }

    private static RuleTestResult RunOne(RuleTestCase testCase) => Assert.Single(RuleTestRunner.Run(DefaultRules.RuleSet, [testCase]).Results);

    [Fact]
    public void Run_ExpectationsThatHold_Pass()
    {
        var result = RunOne(Case(new JsonObject { ["outcome"] = "OnHold", ["findings"] = new JsonArray(new JsonObject { ["rule"] = "CreditProfileKnown", ["department"] = "Finance" }), ["absent"] = new JsonArray(new JsonObject { ["rule"] = "WithinCreditLimit" }) }, r => r.Facts()["credit"] = null));

        Assert.True(result.Passed, string.Join("; ", result.Failures));
        Assert.Equal("OnHold", result.Outcome);
    }

    [Fact]
    public void Run_WrongOutcome_SaysWhatWasExpectedAndWhatCame()
    {
        var result = RunOne(Case(new JsonObject { ["outcome"] = "ReadyToConfirm" }, r => r.Facts()["credit"] = null));

        Assert.Equal(["expected outcome ReadyToConfirm, got OnHold"], result.Failures);
    }

    [Fact]
    public void Run_MissingAndForbiddenFindings_AreEachReported()
    {
        var result = RunOne(Case(new JsonObject
        {
            ["findings"] = new JsonArray(new JsonObject { ["action"] = "RejectOrder" }),
            ["absent"] = new JsonArray(new JsonObject { ["rule"] = "CreditProfileKnown" }),
        }, r => r.Facts()["credit"] = null));

        Assert.Equal(2, result.Failures.Count);
        Assert.Equal("expected a finding {action: RejectOrder}, got none", result.Failures[0]);
        Assert.StartsWith("expected no finding {rule: CreditProfileKnown}, got CreditProfileKnown: ", result.Failures[1], StringComparison.Ordinal);
    }

    [Fact]
    public void Run_PassingCases_CountHowEachRuleWasExercised()
    {
        var ready = Case(new JsonObject { ["outcome"] = "ReadyToConfirm" });
        var newCustomer = Case(new JsonObject { ["outcome"] = "OnHold" }, r => r.Facts()["credit"] = null);
        var failing = Case(new JsonObject { ["outcome"] = "Rejected" }, r => r.Facts()["credit"] = null);

        var coverage = RuleTestRunner.Run(DefaultRules.RuleSet, [ready, newCustomer, failing]).Coverage.ToDictionary(c => c.Rule);

        Assert.Equal((1, 1, true), (coverage["CreditProfileKnown"].Fired, coverage["CreditProfileKnown"].Held, coverage["CreditProfileKnown"].BothWays));
        Assert.Equal((0, 2), (coverage["CustomerNamePresent"].Fired, coverage["CustomerNamePresent"].Held));
        Assert.Equal((0, 0), (coverage["OrderStillOpen"].Fired, coverage["OrderStillOpen"].Held));
    }

    [Fact]
    public void Run_ShippedCasesOnTheDefaultRules_AllPassAndExerciseEveryRuleBothWays()
    {
        var cases = RuleTestCaseReader.ReadPaths([Path.Combine(DefaultRules.RulesDirectory, "tests")]);

        var report = RuleTestRunner.Run(DefaultRules.RuleSet, cases);

        Assert.Equal(Directory.GetFiles(Path.Combine(DefaultRules.RulesDirectory, "tests"), "*.json").Length, report.Passed);
        Assert.Equal(0, report.Failed);
        Assert.Empty(report.Coverage.Where(c => !c.BothWays).Select(c => c.Rule));
    }

    [Fact]
    public void Read_CaseWithoutExpect_IsRejectedNamingTheField() =>
        Assert.Equal("expect", Assert.Throws<RequestFormatException>(() => RuleTestCaseReader.Read(RequestJson.Bytes(RequestJson.Example()), "case.json")).Field);

    [Fact]
    public void Read_UnknownOutcome_IsRejectedNamingTheField() =>
        Assert.Equal("expect.outcome", Assert.Throws<RequestFormatException>(() => Case(new JsonObject { ["outcome"] = "Approved" })).Field);

    [Fact]
    public void Read_UnknownExpectationField_IsRejected() =>
        Assert.Throws<RequestFormatException>(() => Case(new JsonObject { ["outcomes"] = "OnHold" }));

    [Fact]
    public void Read_EmptyMatcher_IsRejected() =>
        Assert.Equal("expect.findings[0]", Assert.Throws<RequestFormatException>(() => Case(new JsonObject { ["findings"] = new JsonArray(new JsonObject()) })).Field);

    [Fact]
    public void FindingMatcher_AllGivenFieldsMustMatch()
    {
        var finding = DefaultRules.Review(new FactsBuilder().WithCredit(null)).Findings[0];

        Assert.True(new FindingMatcher(rule: "CreditProfileKnown", department: Department.Finance).Matches(finding));
        Assert.False(new FindingMatcher(rule: "CreditProfileKnown", department: Department.Sales).Matches(finding));
    }
}
