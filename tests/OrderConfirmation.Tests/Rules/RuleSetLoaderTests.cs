using System.Text;
using OrderConfirmation.Diagnostics;
using OrderConfirmation.Findings;
using OrderConfirmation.Review;
using OrderConfirmation.Rules;
using OrderConfirmation.Stages;
using OrderConfirmation.Tests.Builders;

namespace OrderConfirmation.Tests.Rules;

public sealed class RuleSetLoaderTests
{
    private const string ValidRule = """
        {
          "RuleName": "CustomerNamePresent",
          "Expression": "Check.IsPresent(customer.Name)",
          "ErrorMessage": "The customer's name is missing.",
          "Properties": { "Stage": "PreliminaryReview", "Department": "Sales", "Severity": "Error", "Outcome": "NeedsClarification", "Action": "AskCustomer" }
        }
        """;

    private static RuleFile File(string name, string json) => new(name, Encoding.UTF8.GetBytes(json));

    private static string Workflow(params string[] rules) => $$"""
        {
          "WorkflowName": "Test",
          "Rules": [
        {{string.Join(",\n", rules)}}
          ]
        }
        """;

    private static RuleSetLoadException LoadFails(params RuleFile[] files) =>
        Assert.Throws<RuleSetLoadException>(() => RuleSetLoader.Load(files));

    private static string Rule(string expression, string message = "Failed.", string properties = "\"Stage\": \"PreliminaryReview\", \"Department\": \"Sales\", \"Severity\": \"Error\", \"Outcome\": \"NeedsClarification\", \"Action\": \"AskCustomer\"", string name = "TestRule") => $$"""
            {
              "RuleName": "{{name}}",
              "Expression": "{{expression}}",
              "ErrorMessage": "{{message}}",
              "Properties": { {{properties}} }
            }
        """;

    [Fact]
    public void Load_ValidFile_CompilesItsRules()
    {
        var ruleSet = RuleSetLoader.Load([File("ok.json", Workflow(ValidRule))]);

        var rule = Assert.Single(ruleSet.Rules);
        Assert.Equal("CustomerNamePresent", rule.Name);
        Assert.Equal(Department.Sales, rule.Metadata.Department);
        Assert.StartsWith("sha256:", ruleSet.Version, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_MalformedJson_FailsWithFileLineAndColumn()
    {
        var error = LoadFails(File("broken.json", "{\n  \"WorkflowName\": \"Test\",\n  \"Rules\": [ { \"RuleName\": \"A\" \n"));

        var diagnostic = Assert.Single(error.Diagnostics);
        Assert.Equal(("broken.json", RuleDiagnosticCodes.InvalidJson), (diagnostic.File, diagnostic.Code));
        Assert.True(diagnostic.Position.Line >= 3, diagnostic.ToString());
        Assert.Contains("broken.json:", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_UnknownField_FailsNamingTheFieldAndItsLine()
    {
        var json = Workflow(ValidRule.Replace("\"ErrorMessage\"", "\"Actions\": {},\n  \"ErrorMessage\"", StringComparison.Ordinal));

        var diagnostic = Assert.Single(LoadFails(File("extra.json", json)).Diagnostics);

        Assert.Equal(RuleDiagnosticCodes.InvalidJson, diagnostic.Code);
        Assert.Contains("Actions", diagnostic.Message, StringComparison.Ordinal);
        Assert.Equal(7, diagnostic.Position.Line);
    }

    [Fact]
    public void Load_DuplicateRuleNamesAcrossFiles_FailsNamingBothFiles()
    {
        var error = LoadFails(File("a.json", Workflow(ValidRule)), File("b.json", Workflow(ValidRule).Replace("\"Test\"", "\"Other\"", StringComparison.Ordinal)));

        var diagnostic = Assert.Single(error.Diagnostics);
        Assert.Equal(("b.json", "CustomerNamePresent", RuleDiagnosticCodes.DuplicateName), (diagnostic.File, diagnostic.Rule, diagnostic.Code));
        Assert.Contains("a.json", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_DuplicateWorkflowNames_Fails()
    {
        var other = Workflow(ValidRule.Replace("CustomerNamePresent", "Another", StringComparison.Ordinal));

        var diagnostic = Assert.Single(LoadFails(File("a.json", Workflow(ValidRule)), File("b.json", other)).Diagnostics);

        Assert.Equal(RuleDiagnosticCodes.DuplicateName, diagnostic.Code);
        Assert.Null(diagnostic.Rule);
    }

    [Theory]
    [InlineData("\"Department\": \"Sales\", \"Severity\": \"Error\", \"Outcome\": \"NeedsClarification\", \"Action\": \"AskCustomer\"", "Stage")]
    [InlineData("\"Stage\": \"PreliminaryReview\", \"Severity\": \"Error\", \"Outcome\": \"NeedsClarification\", \"Action\": \"AskCustomer\"", "Department")]
    [InlineData("\"Stage\": \"PreliminaryReview\", \"Department\": \"Sales\", \"Outcome\": \"NeedsClarification\", \"Action\": \"AskCustomer\"", "Severity")]
    [InlineData("\"Stage\": \"PreliminaryReview\", \"Department\": \"Sales\", \"Severity\": \"Error\", \"Action\": \"AskCustomer\"", "Outcome")]
    [InlineData("\"Stage\": \"PreliminaryReview\", \"Department\": \"Sales\", \"Severity\": \"Error\", \"Outcome\": \"NeedsClarification\"", "Action")]
    public void Load_MissingMetadata_FailsNamingTheRuleAndTheField(string properties, string missing)
    {
        var diagnostic = Assert.Single(LoadFails(File("meta.json", Workflow(Rule("true", properties: properties)))).Diagnostics);

        Assert.Equal(("meta.json", "TestRule", RuleDiagnosticCodes.MissingField), (diagnostic.File, diagnostic.Rule, diagnostic.Code));
        Assert.Contains($"'{missing}'", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_UnknownMetadataValue_FailsListingTheKnownValues()
    {
        var diagnostic = Assert.Single(LoadFails(File("meta.json", Workflow(Rule("true", properties: "\"Stage\": \"PreliminaryReview\", \"Department\": \"Fnance\", \"Severity\": \"Error\", \"Outcome\": \"OnHold\", \"Action\": \"AskCustomer\"")))).Diagnostics);

        Assert.Equal(RuleDiagnosticCodes.InvalidMetadata, diagnostic.Code);
        Assert.Contains("'Fnance' is not one of: Sales, OrderConfirmation, Finance, Technical, Product", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_WarningThatClaimsABlockingOutcome_FailsAsInconsistent()
    {
        var diagnostic = Assert.Single(LoadFails(File("meta.json", Workflow(Rule("true", properties: "\"Stage\": \"PreliminaryReview\", \"Department\": \"Sales\", \"Severity\": \"Warning\", \"Outcome\": \"OnHold\", \"Action\": \"AskCustomer\"")))).Diagnostics);

        Assert.Equal(RuleDiagnosticCodes.InconsistentMetadata, diagnostic.Code);
    }

    [Fact]
    public void Load_ExpressionThatDoesNotParse_FailsWithThePositionInsideTheExpression()
    {
        var diagnostic = Assert.Single(LoadFails(File("expr.json", Workflow(Rule("customer.Name == ")))).Diagnostics);

        Assert.Equal(("expr.json", "TestRule", RuleDiagnosticCodes.InvalidExpression), (diagnostic.File, diagnostic.Rule, diagnostic.Code));
        // Line 6 is `      "Expression": "customer.Name == ",`: the text starts at column 22 and ends at 39.
        Assert.Equal(new SourcePosition(6, 39), diagnostic.Position);
    }

    [Fact]
    public void Load_ExpressionNamingAnUnknownField_FailsInsteadOfAlwaysBeingFalse()
    {
        var diagnostic = Assert.Single(LoadFails(File("expr.json", Workflow(Rule("order.Custmer != null")))).Diagnostics);

        Assert.Equal(RuleDiagnosticCodes.InvalidExpression, diagnostic.Code);
        Assert.Contains("Custmer", diagnostic.Message, StringComparison.Ordinal);
        // `order.` starts at column 22, so `Custmer` is at column 28.
        Assert.Equal(new SourcePosition(6, 28), diagnostic.Position);
    }

    [Fact]
    public void Load_ExpressionThatIsNotBoolean_Fails()
    {
        var diagnostic = Assert.Single(LoadFails(File("expr.json", Workflow(Rule("order.Total + 1")))).Diagnostics);

        Assert.Equal(RuleDiagnosticCodes.NotBoolean, diagnostic.Code);
        Assert.Equal("TestRule", diagnostic.Rule);
    }

    [Fact]
    public void Load_LineInputInAnOrderRule_Fails()
    {
        var diagnostic = Assert.Single(LoadFails(File("scope.json", Workflow(Rule("line.Quantity > 0")))).Diagnostics);

        Assert.Equal(RuleDiagnosticCodes.InvalidExpression, diagnostic.Code);
        Assert.Contains("line", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_MessagePlaceholderNamingNoValue_Fails()
    {
        var diagnostic = Assert.Single(LoadFails(File("msg.json", Workflow(Rule("true", message: "Exposure {exposure} is too high.")))).Diagnostics);

        Assert.Equal(RuleDiagnosticCodes.InvalidMessage, diagnostic.Code);
        Assert.Contains("{exposure}", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_SeveralProblems_ReportsEveryOneAndLoadsNothing()
    {
        var json = Workflow(
            Rule("order.Nope", name: "First"),
            Rule("1 +", name: "Second"),
            Rule("true", message: "{missing}", name: "Third"),
            ValidRule);

        var error = LoadFails(File("many.json", json));

        Assert.Equal(["First", "Second", "Third"], error.Diagnostics.Select(d => d.Rule));
    }

    [Fact]
    public void Load_NoFiles_Fails() =>
        Assert.Equal(RuleDiagnosticCodes.NoRuleFiles, Assert.Single(LoadFails().Diagnostics).Code);

    [Fact]
    public void Load_DisabledRule_IsCheckedButNotRun()
    {
        var ruleSet = RuleSetLoader.Load([File("off.json", Workflow(ValidRule.Replace("\"RuleName\"", "\"Enabled\": false, \"RuleName\"", StringComparison.Ordinal)))]);

        Assert.Empty(ruleSet.Rules);
        Assert.Equal(RuleDiagnosticCodes.InvalidExpression, Assert.Single(LoadFails(File("off.json", Workflow(Rule("order.Nope").Replace("\"RuleName\"", "\"Enabled\": false, \"RuleName\"", StringComparison.Ordinal)))).Diagnostics).Code);
    }

    [Fact]
    public void Load_ShippedRulesDirectory_MatchesTheEmbeddedDefaults()
    {
        var fromDirectory = RuleSetLoader.LoadDirectory(DefaultRules.RulesDirectory);

        Assert.Equal(DefaultRules.RuleSet.Version, fromDirectory.Version);
        Assert.Equal(DefaultRules.RuleSet.Rules.Select(r => r.Name), fromDirectory.Rules.Select(r => r.Name));
    }

    [Fact]
    public void Load_ChangedFileContent_ChangesTheVersion()
    {
        var first = RuleSetLoader.Load([File("a.json", Workflow(ValidRule))]);
        var second = RuleSetLoader.Load([File("a.json", Workflow(ValidRule.Replace("is missing", "is absent", StringComparison.Ordinal)))]);

        Assert.NotEqual(first.Version, second.Version);
    }

    [Fact]
    public void Evaluate_ExpressionThatThrows_IsAnEvaluationErrorThatHoldsTheOrder()
    {
        var ruleSet = RuleSetLoader.Load([File("npe.json", Workflow(Rule("order.RequestedDeliveryDate.Value.Year > 2000")))]);
        var facts = new FactsBuilder().WithOrder(o => o.With(x => x with { RequestedDeliveryDate = null })).Build();

        var decision = ReviewEvaluator.Evaluate(ruleSet, facts);

        var finding = Assert.Single(decision.Findings);
        Assert.Equal((FindingKind.EvaluationError, ReviewOutcome.OnHold, ReviewAction.InvestigateSystemError), (finding.Kind, finding.Outcome, finding.Action));
        Assert.True(decision.HasEvaluationErrors);
        Assert.Equal(ReviewOutcome.OnHold, decision.Outcome);
    }
}
