using NodaTime;
using OrderConfirmation.Findings;
using OrderConfirmation.Orders;
using OrderConfirmation.Review;
using OrderConfirmation.Tests.Builders;

namespace OrderConfirmation.Tests.Rules;

/// <summary>
/// What one compiled rule adds to a decision (README "How a review works"): nothing when it passes; a finding with
/// the rule's metadata, its rendered message and its named values when it fails; and, when it cannot be evaluated,
/// an <see cref="FindingKind.EvaluationError"/> finding naming the rule and the line that holds the order.
/// The default facts: order SO-1001, one line (line 1, CLOUD-HOST-8C, 10 × 1,200 CNY), delivery on 2026-12-15.
/// </summary>
public sealed class CompiledRuleTests
{
    private static readonly TestRule CreditRule = new TestRule("order.Total <= 10000", "The total is over 10000.")
    {
        Name = "TotalWithinLimit",
        Stage = "CreditAssessment",
        Department = "Finance",
        Outcome = "OnHold",
        Action = "CreditLimitExceeded",
    };

    private static readonly TestRule WithTotalAndCurrency =
        (CreditRule with { Message = "Total {total} {currency} is over 10000." }).WithValue("total", "order.Total").WithValue("currency", "order.Currency");

    private static ReviewDecision Review(TestRule rule, FactsBuilder? facts = null) =>
        ReviewEvaluator.Evaluate(TestRuleFile.Load(rule), (facts ?? new FactsBuilder()).Build());

    private static FactsBuilder TwoLines(decimal? secondQuantity = 30m, string secondSku = "SKU-2") =>
        new FactsBuilder().WithOrder(o => o.WithLines(
            new OrderLine(1, "SKU-1", "first", 10m, 100m, ["IPV6"]),
            new OrderLine(2, secondSku, "second", secondQuantity, 100m, ["IPV6", "MPLS"])));

    [Fact]
    public void Evaluate_PassingRule_AddsNoFinding()
    {
        var decision = Review(new TestRule("order.Total == 12000"));

        Assert.Empty(decision.Findings);
        Assert.Equal(ReviewOutcome.ReadyToConfirm, decision.Outcome);
    }

    [Fact]
    public void Evaluate_FailingRule_GivesAFindingWithTheRulesMetadata()
    {
        var finding = Assert.Single(Review(CreditRule).Findings);

        Assert.Equal(
            ("TotalWithinLimit", ReviewStage.CreditAssessment, Department.Finance, FindingSeverity.Error, ReviewOutcome.OnHold, ReviewAction.CreditLimitExceeded, FindingKind.RuleFailed),
            (finding.Rule, finding.Stage, finding.Department, finding.Severity, finding.Outcome, finding.Action, finding.Kind));
    }

    [Fact]
    public void Evaluate_FailingWarningRule_KeepsItsSeverityAndAction()
    {
        var rule = new TestRule("order.Total <= 10000") { Severity = "Warning", Outcome = null, Action = "MonitorOverdue" };

        var finding = Assert.Single(Review(rule).Findings);

        Assert.Equal((FindingSeverity.Warning, ReviewAction.MonitorOverdue, FindingKind.RuleFailed), (finding.Severity, finding.Action, finding.Kind));
    }

    [Fact]
    public void Evaluate_FailingOrderRule_IsAboutNoLine() =>
        Assert.Null(Assert.Single(Review(WithTotalAndCurrency).Findings).LineNo);

    [Fact]
    public void Evaluate_FailingRuleWithoutValues_ShowsTheMessageAndNoValues()
    {
        var finding = Assert.Single(Review(new TestRule("order.Total <= 10000", "The total is over 10000 ({{limit}}).")).Findings);

        Assert.Equal("The total is over 10000 ({limit}).", finding.Message);
        Assert.Empty(finding.Values);
    }

    [Fact]
    public void Evaluate_FailingRuleWithValues_RendersThemIntoTheMessage()
    {
        var finding = Assert.Single(Review(WithTotalAndCurrency).Findings);

        Assert.Equal("Total 12000 CNY is over 10000.", finding.Message);
    }

    [Fact]
    public void Evaluate_FailingRuleWithValues_NamesEachValueInDeclarationOrder()
    {
        var finding = Assert.Single(Review(WithTotalAndCurrency).Findings);

        Assert.Equal([new("total", 12000m), new KeyValuePair<string, object?>("currency", "CNY")], finding.Values);
    }

    [Fact]
    public void Evaluate_ValueThatIsNull_IsShownAsNone()
    {
        var rule = new TestRule("order.Total <= 10000", "Deliver to {address}.").WithValue("address", "order.RequestedDeliveryAddress");

        var finding = Assert.Single(Review(rule).Findings);

        Assert.Equal("Deliver to (none).", finding.Message);
        Assert.Null(finding.Values["address"]);
    }

    [Fact]
    public void Evaluate_DateValue_IsShownAsAnIsoDate()
    {
        var rule = new TestRule("order.Total <= 10000", "Requested for {date}.").WithValue("date", "order.RequestedDeliveryDate");

        var finding = Assert.Single(Review(rule).Findings);

        Assert.Equal("Requested for 2026-12-15.", finding.Message);
        Assert.Equal(new LocalDate(2026, 12, 15), finding.Values["date"]);
    }

    [Fact]
    public void Evaluate_TextValue_IsKeptWholeNotSplitIntoCharacters()
    {
        var finding = Assert.Single(Review(WithTotalAndCurrency).Findings);

        Assert.Equal("CNY", Assert.IsType<string>(finding.Values["currency"]));
    }

    [Fact]
    public void Evaluate_FailingLineRule_GivesOneFindingForEachFailingLineOnly()
    {
        var rule = new TestRule("line.Quantity <= 20", "Line {lineNo} orders {quantity}.") { Scope = "Line" }.WithValue("quantity", "line.Quantity");

        var finding = Assert.Single(Review(rule, TwoLines()).Findings);

        Assert.Equal((2, "Line 2 orders 30."), (finding.LineNo, finding.Message));
    }

    [Fact]
    public void Evaluate_FailingLineRule_AddsTheLineNumberAsTheLastValue()
    {
        var rule = new TestRule("line.Quantity <= 20", "Too many.") { Scope = "Line" }.WithValue("quantity", "line.Quantity");

        var finding = Assert.Single(Review(rule, TwoLines()).Findings);

        Assert.Equal([new("quantity", 30m), new KeyValuePair<string, object?>("lineNo", 2)], finding.Values);
    }

    [Fact]
    public void Evaluate_FailingLineRuleWithoutValues_StillCarriesTheLineNumber()
    {
        var rule = new TestRule("line.Quantity <= 20", "Line {lineNo} orders too many.") { Scope = "Line" };

        var finding = Assert.Single(Review(rule, TwoLines()).Findings);

        Assert.Equal(("Line 2 orders too many.", 2), (finding.Message, finding.Values["lineNo"]));
    }

    [Fact]
    public void Evaluate_ListValue_IsShownJoinedWithCommas()
    {
        var rule = new TestRule("line.Requirements.Count < 2", "Line {lineNo} needs {codes}.") { Scope = "Line" }.WithValue("codes", "line.Requirements");

        var finding = Assert.Single(Review(rule, TwoLines()).Findings);

        Assert.Equal("Line 2 needs IPV6, MPLS.", finding.Message);
        Assert.Equal(["IPV6", "MPLS"], Assert.IsAssignableFrom<IEnumerable<object?>>(finding.Values["codes"]));
    }

    [Fact]
    public void Evaluate_ListValueThatReadsTheLine_KeepsWhatItWasOnItsOwnLine()
    {
        // The value is a query over the order that reads the current line; each finding must keep its own line's answer,
        // not what the query gives when it is read later, after the review has moved on.
        var rule = new TestRule("false", "Line {lineNo}; others: {others}.") { Scope = "Line" }
            .WithValue("others", "order.Lines.Where(l => l.LineNo != line.LineNo).Select(l => l.Sku)");

        var findings = Review(rule, TwoLines()).Findings;

        Assert.Equal(["SKU-2"], Assert.IsAssignableFrom<IEnumerable<object?>>(findings[0].Values["others"]));
        Assert.Equal(["SKU-1"], Assert.IsAssignableFrom<IEnumerable<object?>>(findings[1].Values["others"]));
    }

    [Fact]
    public void Evaluate_ExpressionThatThrows_GivesAnEvaluationErrorThatHoldsTheOrder()
    {
        var rule = new TestRule("order.RequestedDeliveryDate.Value.Year > 2000") { Severity = "Warning", Outcome = null, Department = "Finance", Stage = "CreditAssessment" };

        var finding = Assert.Single(Review(rule, new FactsBuilder().WithOrder(o => o.With(x => x with { RequestedDeliveryDate = null }))).Findings);

        Assert.Equal(
            ("TestRule", ReviewStage.CreditAssessment, Department.Finance, FindingSeverity.Error, ReviewOutcome.OnHold, ReviewAction.InvestigateSystemError, FindingKind.EvaluationError),
            (finding.Rule, finding.Stage, finding.Department, finding.Severity, finding.Outcome, finding.Action, finding.Kind));
    }

    [Fact]
    public void Evaluate_OrderRuleThatThrows_MessageNamesTheRuleAndTheError()
    {
        var rule = new TestRule("order.RequestedDeliveryDate.Value.Year > 2000") { Name = "DeliveryYear" };

        var finding = Assert.Single(Review(rule, new FactsBuilder().WithOrder(o => o.With(x => x with { RequestedDeliveryDate = null }))).Findings);

        Assert.Null(finding.LineNo);
        Assert.StartsWith("The rule 'DeliveryYear' could not be evaluated (InvalidOperationException: ", finding.Message, StringComparison.Ordinal);
        Assert.EndsWith("); the order is held until the rule or the data is corrected.", finding.Message, StringComparison.Ordinal);
        Assert.Equal([new KeyValuePair<string, object?>("error", "InvalidOperationException")], finding.Values);
    }

    [Fact]
    public void Evaluate_LineRuleThatThrows_NamesTheLine()
    {
        var rule = new TestRule("line.Quantity.Value > 0") { Name = "QuantityPositive", Scope = "Line" };

        var finding = Assert.Single(Review(rule, TwoLines(secondQuantity: null)).Findings);

        Assert.Equal((FindingKind.EvaluationError, 2), (finding.Kind, finding.LineNo));
        Assert.StartsWith("The rule 'QuantityPositive' could not be evaluated on line 2 (InvalidOperationException: ", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_ValueThatThrows_GivesAnEvaluationErrorInsteadOfTheFailure()
    {
        var rule = new TestRule("order.Total <= 10000", "Requested for {date}.").WithValue("date", "order.RequestedDeliveryDate.Value");

        var finding = Assert.Single(Review(rule, new FactsBuilder().WithOrder(o => o.With(x => x with { RequestedDeliveryDate = null }))).Findings);

        Assert.Equal((FindingKind.EvaluationError, ReviewAction.InvestigateSystemError), (finding.Kind, finding.Action));
        Assert.Equal("InvalidOperationException", finding.Values["error"]);
    }

    [Fact]
    public void Evaluate_RuleAfterOneThatThrows_IsStillEvaluated()
    {
        var ruleSet = TestRuleFile.Load(
            new TestRule("order.RequestedDeliveryDate.Value.Year > 2000") { Name = "Throws" },
            new TestRule("order.Total <= 10000") { Name = "Fails" });

        var decision = ReviewEvaluator.Evaluate(ruleSet, new FactsBuilder().WithOrder(o => o.With(x => x with { RequestedDeliveryDate = null })).Build());

        Assert.Equal([("Throws", FindingKind.EvaluationError), ("Fails", FindingKind.RuleFailed)], decision.Findings.Select(f => (f.Rule, f.Kind)));
    }
}
