using OrderConfirmation.Diagnostics;
using OrderConfirmation.Findings;
using OrderConfirmation.Review;
using OrderConfirmation.Rules.Sandbox;
using OrderConfirmation.Rules;
using OrderConfirmation.Tests.Builders;

namespace OrderConfirmation.Tests.Rules;

/// <summary>
/// Compiling a rule at load (README "For analysts: the rule file format"): every problem of an expression, a parameter
/// or a value is reported then, with what it is and where; scoped parameters (GlobalParams, LocalParams) are read in
/// declaration order and evaluated only when the rule reads them; a rule that reads no input is flagged as a warning.
/// The default facts: order SO-1001, one line (10 × 1,200 CNY, total 12,000), delivery on 2026-12-15.
/// </summary>
public sealed class RuleExpressionCompilerTests
{
    private static readonly FactsBuilder WithoutDeliveryDate = new FactsBuilder().WithOrder(o => o.With(x => x with { RequestedDeliveryDate = null }));

    private static KeyValuePair<string, string> Param(string name, string expression) => new(name, expression);

    private static IReadOnlyList<ReviewFinding> Findings(RuleSet ruleSet, FactsBuilder? facts = null) =>
        ReviewEvaluator.Evaluate(ruleSet, (facts ?? new FactsBuilder()).Build()).Findings;

    [Fact]
    public void Compile_GlobalParameter_IsReadByTheRule()
    {
        var ruleSet = TestRuleFile.Load([Param("limit", "10000")], new TestRule("order.Total <= limit", "Over {limit}.").WithValue("limit", "limit"));

        Assert.Equal("Over 10000.", Assert.Single(Findings(ruleSet)).Message);
    }

    [Fact]
    public void Compile_LocalParameterReadingAGlobalOne_UsesBoth()
    {
        var rule = new TestRule("half <= 5000", "Half of the total is {half}.").WithLocalParam("half", "order.Total / parts").WithValue("half", "half");

        var ruleSet = TestRuleFile.Load([Param("parts", "2")], rule);

        Assert.Equal("Half of the total is 6000.", Assert.Single(Findings(ruleSet)).Message);
    }

    [Fact]
    public void Compile_ParameterReadOnlyThroughAnotherParameter_IsEvaluated()
    {
        var rule = new TestRule("year < 2026", "Year {year}.").WithLocalParam("date", "order.RequestedDeliveryDate.Value").WithLocalParam("year", "date.Year").WithValue("year", "year");

        var finding = Assert.Single(Findings(TestRuleFile.Load(rule)));

        Assert.Equal("Year 2026.", finding.Message);
    }

    [Fact]
    public void Compile_ParameterReadOnlyByAValue_IsEvaluatedForTheValue()
    {
        var rule = new TestRule("order.Total <= 10000", "Exposure {exposure}.").WithLocalParam("exposure", "order.Total + 500").WithValue("exposure", "exposure");

        Assert.Equal("Exposure 12500.", Assert.Single(Findings(TestRuleFile.Load(rule))).Message);
    }

    [Fact]
    public void Evaluate_ParameterTheRuleDoesNotRead_IsNotEvaluated()
    {
        // Reading the parameter would throw for an order without a delivery date; the rule does not read it, so it passes.
        var ruleSet = TestRuleFile.Load([Param("deliveryYear", "order.RequestedDeliveryDate.Value.Year")], new TestRule("order.Total > 0"));

        Assert.Empty(Findings(ruleSet, WithoutDeliveryDate));
    }

    [Fact]
    public void Evaluate_ParameterTheRuleReads_FailsTheEvaluationWhenItThrows()
    {
        var ruleSet = TestRuleFile.Load([Param("deliveryYear", "order.RequestedDeliveryDate.Value.Year")], new TestRule("deliveryYear > 2000"));

        Assert.Equal(FindingKind.EvaluationError, Assert.Single(Findings(ruleSet, WithoutDeliveryDate)).Kind);
    }

    [Fact]
    public void Evaluate_ParameterReadByTheRuleButNotByItsValues_DoesNotBreakTheValues()
    {
        var rule = new TestRule("deliveryYear < 2000", "Total {total}.").WithValue("total", "order.Total");
        var ruleSet = TestRuleFile.Load([Param("deliveryYear", "order.RequestedDeliveryDate.Value.Year")], rule);

        Assert.Equal("Total 12000.", Assert.Single(Findings(ruleSet)).Message);
    }

    [Fact]
    public void Compile_ParameterReadingALaterOne_FailsAsUnknownName()
    {
        var rule = new TestRule("later > 0").WithLocalParam("earlier", "later + 1").WithLocalParam("later", "1");

        var error = TestRuleFile.SingleError(rule);

        Assert.Equal((RuleDiagnosticCodes.InvalidExpression, "TestRule"), (error.Code, error.Rule));
        Assert.StartsWith("The parameter 'earlier' does not parse: ", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Compile_BrokenParameter_IsReportedOnceAndTheExpressionNotAgain()
    {
        var rule = new TestRule("broken > 0").WithLocalParam("broken", "order.Nope");

        var error = TestRuleFile.SingleError(rule);

        Assert.StartsWith("The parameter 'broken' does not parse: ", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Compile_BrokenValue_IsReportedNamingTheValue()
    {
        var error = TestRuleFile.SingleError(new TestRule("order.Total > 0", "{total}").WithValue("total", "order.Totl"));

        Assert.Equal(RuleDiagnosticCodes.InvalidExpression, error.Code);
        Assert.StartsWith("The value 'total' does not parse: ", error.Message, StringComparison.Ordinal);
        Assert.Contains("Totl", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Compile_ExpressionThatDoesNotParse_SaysAtWhichCharacter()
    {
        var error = TestRuleFile.SingleError(new TestRule("order.Totl > 0"));

        Assert.StartsWith("The expression does not parse: ", error.Message, StringComparison.Ordinal);
        Assert.EndsWith("(at character 7).", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Compile_ExpressionThatIsNotBoolean_SaysItMustYieldTrueOrFalse()
    {
        var error = TestRuleFile.SingleError(new TestRule("order.Total + 1"));

        Assert.Equal(RuleDiagnosticCodes.NotBoolean, error.Code);
        Assert.StartsWith("The expression must yield true or false", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("order.OrderId > 3")]
    [InlineData("order.Total > \"x\"")]
    [InlineData("order.Lines.First(l => l.Sku) != null")]
    public void Compile_ExpressionThatParsesButCannotBeBuilt_IsReportedAsInvalid(string expression)
    {
        var error = TestRuleFile.SingleError(new TestRule(expression));

        Assert.Equal((RuleDiagnosticCodes.InvalidExpression, "TestRule"), (error.Code, error.Rule));
        Assert.StartsWith("The expression cannot be compiled: ", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Compile_ValueOfAnyType_IsAccepted() =>
        Assert.True(TestRuleFile.Validate(new TestRule("order.Total > 0", "{total}").WithValue("total", "order.Total + 1")).IsValid);

    [Fact]
    public void Compile_ExpressionOfExactlyTheMaximumLength_IsAccepted()
    {
        var expression = "order.Total > 0".PadRight(ExpressionAllowList.MaxLength);

        Assert.True(TestRuleFile.Validate(new TestRule(expression)).IsValid);
    }

    [Fact]
    public void Compile_ExpressionOneCharacterTooLong_IsForbiddenSayingHowLong()
    {
        var expression = "order.Total > 0".PadRight(ExpressionAllowList.MaxLength + 1);

        var error = TestRuleFile.SingleError(new TestRule(expression));

        Assert.Equal((RuleDiagnosticCodes.ForbiddenExpression, "TestRule"), (error.Code, error.Rule));
        Assert.Equal("The expression is 4001 characters long; at most 4000 are allowed.", error.Message);
    }

    [Fact]
    public void Compile_ValueTooLong_IsForbiddenNamingTheValue()
    {
        var error = TestRuleFile.SingleError(new TestRule("order.Total > 0", "{total}").WithValue("total", "order.Total".PadRight(4001)));

        Assert.Equal("The value 'total' is 4001 characters long; at most 4000 are allowed.", error.Message);
    }

    [Fact]
    public void Compile_ForbiddenParameter_IsReportedNamingTheParameter()
    {
        var error = TestRuleFile.SingleError(new TestRule("name != null").WithLocalParam("name", "order.GetType().Name"));

        Assert.Equal(RuleDiagnosticCodes.ForbiddenExpression, error.Code);
        Assert.StartsWith("The parameter 'name' is not allowed: ", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Compile_LineNumberInAnOrderRulesMessage_IsUnknown()
    {
        var error = TestRuleFile.SingleError(new TestRule("order.Total > 0", "Line {lineNo}."));

        Assert.Equal(RuleDiagnosticCodes.InvalidMessage, error.Code);
    }

    [Fact]
    public void Compile_LineNumberInALineRulesMessage_IsKnown() =>
        Assert.True(TestRuleFile.Validate(new TestRule("line.Quantity > 0", "Line {lineNo}.") { Scope = "Line" }).IsValid);

    [Fact]
    public void Compile_LineRuleDeclaringTheLineNumberItself_ShowsItOnce()
    {
        var rule = new TestRule("line.Quantity <= 5", "Line {lineNo}.") { Scope = "Line" }.WithValue("lineNo", "line.LineNo");

        var finding = Assert.Single(Findings(TestRuleFile.Load(rule)));

        Assert.Equal([new KeyValuePair<string, object?>("lineNo", 1)], finding.Values);
    }

    [Fact]
    public void Compile_ExpressionThatIsAlwaysTrue_WarnsThatTheRuleNeverFires()
    {
        var validation = TestRuleFile.Validate(new TestRule("1 < 2"));

        var warning = Assert.Single(validation.Diagnostics);
        Assert.Equal((RuleDiagnosticCodes.ConstantRule, RuleDiagnosticSeverity.Warning, "TestRule"), (warning.Code, warning.Severity, warning.Rule));
        Assert.Equal("The expression reads no input and is always true, so the rule never fires; did you mean to compare a field of the order?", warning.Message);
        Assert.NotNull(validation.RuleSet);
    }

    [Fact]
    public void Compile_ExpressionThatIsAlwaysFalse_WarnsThatTheRuleFiresForEveryOrder()
    {
        var warning = Assert.Single(TestRuleFile.Validate(new TestRule("\"a\" == \"b\"")).Diagnostics);

        Assert.Contains("is always false, so the rule fires for every order", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Compile_ExpressionReadingAParameter_IsNotConstant() =>
        Assert.Empty(TestRuleFile.Validate([Param("limit", "30")], new TestRule("limit > 10")).Diagnostics);

    [Fact]
    public void Compile_ExpressionReadingAnInput_IsNotConstant() =>
        Assert.Empty(TestRuleFile.Validate(new TestRule("today.Year > 2000")).Diagnostics);

    [Fact]
    public void Compile_ConstantExpressionThatThrows_IsNotFlaggedButFailsEachEvaluation()
    {
        var validation = TestRuleFile.Validate(new TestRule("\"abc\".Substring(5) == \"\""));

        Assert.Empty(validation.Diagnostics);
        Assert.Equal(FindingKind.EvaluationError, Assert.Single(Findings(validation.RuleSet!)).Kind);
    }
}
