using System.Text;
using OrderConfirmation.Diagnostics;
using OrderConfirmation.Rules;
using OrderConfirmation.Stages;

namespace OrderConfirmation.Tests.Rules;

/// <summary>
/// Every kind of rule-file diagnostic, with the exact line and column it points at. In each fixture, '§' marks where
/// the diagnostic must point (a value, or the first character inside an expression or message); it is removed before loading.
/// </summary>
public sealed class RuleDiagnosticPositionTests
{
    private const string Properties = "\"Stage\": \"PreliminaryReview\", \"Department\": \"Sales\", \"Severity\": \"Error\", \"Outcome\": \"NeedsClarification\", \"Action\": \"AskCustomer\"";

    public static TheoryData<string, string, RuleDiagnosticSeverity> Fixtures() => new()
    {
        { RuleDiagnosticCodes.InvalidJson, $$"""{ "WorkflowName": "T", "Rules": [ { "RuleName": "R", "Expression": "true", "ErrorMessage": "m", "Properties": { {{Properties}} }, "Priority": §1 } ] }""", RuleDiagnosticSeverity.Error },
        { RuleDiagnosticCodes.MissingField, $$"""{ "WorkflowName": "T", "Rules": [ §{ "RuleName": "R", "ErrorMessage": "m", "Properties": { {{Properties}} } } ] }""", RuleDiagnosticSeverity.Error },
        { RuleDiagnosticCodes.InvalidMetadata, $$"""{ "WorkflowName": "T", "Rules": [ { "RuleName": "R", "Expression": "order.OrderId != null", "ErrorMessage": "m", "Properties": { "Stage": "PreliminaryReview", "Department": §"Legal", "Severity": "Error", "Outcome": "NeedsClarification", "Action": "AskCustomer" } } ] }""", RuleDiagnosticSeverity.Error },
        { RuleDiagnosticCodes.DuplicateName, $$"""{ "WorkflowName": "T", "Rules": [ { "RuleName": "R", "Expression": "order.OrderId != null", "ErrorMessage": "m", "Properties": { {{Properties}} } }, { "RuleName": "R", "Expression": "§order.OrderId != null", "ErrorMessage": "m", "Properties": { {{Properties}} } } ] }""", RuleDiagnosticSeverity.Error },
        { RuleDiagnosticCodes.InvalidExpression, $$"""{ "WorkflowName": "T", "Rules": [ { "RuleName": "R", "Expression": "order.§Custmer != null", "ErrorMessage": "m", "Properties": { {{Properties}} } } ] }""", RuleDiagnosticSeverity.Error },
        { RuleDiagnosticCodes.NotBoolean, $$"""{ "WorkflowName": "T", "Rules": [ { "RuleName": "R", "Expression": "§order.Total", "ErrorMessage": "m", "Properties": { {{Properties}} } } ] }""", RuleDiagnosticSeverity.Error },
        { RuleDiagnosticCodes.InvalidMessage, $$"""{ "WorkflowName": "T", "Rules": [ { "RuleName": "R", "Expression": "order.OrderId != null", "ErrorMessage": "§Order {orderId} is late", "Properties": { {{Properties}} } } ] }""", RuleDiagnosticSeverity.Error },
        { RuleDiagnosticCodes.Unsupported, $$"""{ "WorkflowName": "T", "Rules": [ { "RuleName": "R", "Expression": "order.OrderId != null", "RuleExpressionType": §"SuccessExpression", "ErrorMessage": "m", "Properties": { {{Properties}} } } ] }""", RuleDiagnosticSeverity.Error },
        { RuleDiagnosticCodes.InvalidName, $$"""{ "WorkflowName": "T", "Rules": [ { "RuleName": "R", "LocalParams": [ { "Name": §"order", "Expression": "1" } ], "Expression": "order.OrderId != null", "ErrorMessage": "m", "Properties": { {{Properties}} } } ] }""", RuleDiagnosticSeverity.Error },
        { RuleDiagnosticCodes.InconsistentMetadata, """{ "WorkflowName": "T", "Rules": [ { "RuleName": "R", "Expression": "order.OrderId != null", "ErrorMessage": "m", "Properties": { "Stage": "PreliminaryReview", "Department": "Sales", "Severity": "Warning", "Outcome": §"OnHold", "Action": "AskCustomer" } } ] }""", RuleDiagnosticSeverity.Error },
        { RuleDiagnosticCodes.ConstantRule, $$"""{ "WorkflowName": "T", "Rules": [ { "RuleName": "R", "Expression": "§1 > 2", "ErrorMessage": "m", "Properties": { {{Properties}} } } ] }""", RuleDiagnosticSeverity.Warning },
        { RuleDiagnosticCodes.InvalidVersion, $$"""{ "WorkflowName": "T", "EffectiveDate": §"2026-13-01", "Rules": [ { "RuleName": "R", "Expression": "order.OrderId != null", "ErrorMessage": "m", "Properties": { {{Properties}} } } ] }""", RuleDiagnosticSeverity.Error },
    };

    [Theory]
    [MemberData(nameof(Fixtures))]
    public void Validate_Fixture_ReportsTheCodeAtTheMarkedPosition(string code, string fixture, RuleDiagnosticSeverity severity)
    {
        var marker = fixture.IndexOf('§', StringComparison.Ordinal);
        var lineStart = fixture.LastIndexOf('\n', Math.Max(0, marker - 1)) + 1;
        var expected = new SourcePosition(fixture[..marker].Count(c => c == '\n') + 1, marker - lineStart + 1);
        var file = new RuleFile("fixture.json", Encoding.UTF8.GetBytes(fixture.Remove(marker, 1)));

        var diagnostic = Assert.Single(RuleSetLoader.Validate([file]).Diagnostics);

        Assert.Equal((code, severity, expected), (diagnostic.Code, diagnostic.Severity, diagnostic.Position));
        Assert.StartsWith($"fixture.json:{expected.Line}:{expected.Column}: {severity.ToString().ToLowerInvariant()} {code}: ", diagnostic.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_NoFiles_ReportsNoRuleFiles() =>
        Assert.Equal(RuleDiagnosticCodes.NoRuleFiles, Assert.Single(RuleSetLoader.Validate([]).Diagnostics).Code);

    [Fact]
    public void Validate_OnlyWarnings_StillGivesTheRuleSetWithItsWarnings()
    {
        var file = new RuleFile("w.json", Encoding.UTF8.GetBytes($$"""{ "WorkflowName": "T", "Rules": [ { "RuleName": "R", "Expression": "true", "ErrorMessage": "m", "Properties": { {{Properties}} } } ] }"""));

        var validation = RuleSetLoader.Validate([file]);

        Assert.True(validation.IsValid);
        Assert.Contains("never fires", Assert.Single(validation.RuleSet!.Warnings).Message, StringComparison.Ordinal);
        Assert.Empty(validation.Errors);
    }

    [Fact]
    public void Validate_ExpressionReadingAnInput_IsNotConstant() =>
        Assert.Empty(RuleSetLoader.Validate([new RuleFile("ok.json", Encoding.UTF8.GetBytes($$"""{ "WorkflowName": "T", "Rules": [ { "RuleName": "R", "Expression": "order.Lines.Count > 0 || true", "ErrorMessage": "m", "Properties": { {{Properties}} } } ] }"""))]).Diagnostics);

    [Fact]
    public void Validate_DefaultRules_HaveNoErrorOrWarning() =>
        Assert.Empty(RuleSetLoader.Validate(RuleFile.FromDirectory(Builders.DefaultRules.RulesDirectory)).Diagnostics);

    [Theory]
    [InlineData("\"Rules\": [ null ]")]
    [InlineData("\"GlobalParams\": [ null ], \"Rules\": [ { \"RuleName\": \"R\", \"Expression\": \"order.OrderId != null\", \"ErrorMessage\": \"m\", \"Properties\": { \"Stage\": \"PreliminaryReview\", \"Department\": \"Sales\", \"Severity\": \"Warning\", \"Action\": \"AskCustomer\" } } ]")]
    [InlineData("\"Rules\": [ { \"RuleName\": \"R\", \"LocalParams\": [ null ], \"Expression\": \"order.OrderId != null\", \"ErrorMessage\": \"m\", \"Properties\": { \"Stage\": \"PreliminaryReview\", \"Department\": \"Sales\", \"Severity\": \"Warning\", \"Action\": \"AskCustomer\" } } ]")]
    public void Validate_NullEntry_IsAMissingFieldNotACrash(string body) =>
        Assert.Equal(RuleDiagnosticCodes.MissingField, Assert.Single(RuleSetLoader.Validate([new RuleFile("nulls.json", Encoding.UTF8.GetBytes($"{{ \"WorkflowName\": \"T\", {body} }}"))]).Diagnostics).Code);
}
