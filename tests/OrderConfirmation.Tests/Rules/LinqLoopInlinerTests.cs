using OrderConfirmation.Findings;
using OrderConfirmation.Orders;
using OrderConfirmation.Review;
using OrderConfirmation.Tests.Builders;

namespace OrderConfirmation.Tests.Rules;

/// <summary>
/// <c>All</c> and <c>Any</c> with a predicate over a list are compiled into loops; the answer must stay what LINQ's
/// <c>Enumerable.All</c>/<c>Any</c> give: <c>All</c> is true for an empty list and false as soon as one item fails,
/// <c>Any</c> is false for an empty list and true as soon as one item matches, wherever that item is; a null list
/// fails the evaluation. Each rule passes (no finding) when its expression is true. And the point of the loops: a passing
/// rule allocates nothing on each evaluation (no enumerator, closure or delegate).
/// </summary>
public sealed class LinqLoopInlinerTests
{
    private static OrderLine Line(int lineNo, decimal? quantity, params string[] requirements) => new(lineNo, $"SKU-{lineNo}", null, quantity, 100m, requirements);

    private static bool Passes(string expression, params OrderLine[] lines) => Passes(new TestRule(expression), lines);

    private static bool Passes(TestRule rule, params OrderLine[] lines)
    {
        var findings = ReviewEvaluator.Evaluate(TestRuleFile.Load(rule), new FactsBuilder().WithOrder(o => o.WithLines(lines)).Build()).Findings;
        Assert.All(findings, f => Assert.Equal(FindingKind.RuleFailed, f.Kind));
        return findings.Count == 0;
    }

    [Fact]
    public void All_EveryItemMatches_IsTrue() =>
        Assert.True(Passes("order.Lines.All(l => l.Quantity > 0)", Line(1, 1m), Line(2, 2m), Line(3, 3m)));

    [Fact]
    public void All_OnlyTheFirstItemFails_IsFalse() =>
        Assert.False(Passes("order.Lines.All(l => l.Quantity > 0)", Line(1, 0m), Line(2, 2m), Line(3, 3m)));

    [Fact]
    public void All_OnlyTheLastItemFails_IsFalse() =>
        Assert.False(Passes("order.Lines.All(l => l.Quantity > 0)", Line(1, 1m), Line(2, 2m), Line(3, 0m)));

    [Fact]
    public void All_EmptyList_IsTrue() =>
        Assert.True(Passes("order.Lines.All(l => l.Quantity > 0)"));

    [Fact]
    public void Any_OnlyTheLastItemMatches_IsTrue() =>
        Assert.True(Passes("order.Lines.Any(l => l.Quantity > 5)", Line(1, 1m), Line(2, 2m), Line(3, 6m)));

    [Fact]
    public void Any_OnlyTheFirstItemMatches_IsTrue() =>
        Assert.True(Passes("order.Lines.Any(l => l.Quantity > 5)", Line(1, 6m), Line(2, 2m), Line(3, 3m)));

    [Fact]
    public void Any_NoItemMatches_IsFalse() =>
        Assert.False(Passes("order.Lines.Any(l => l.Quantity > 5)", Line(1, 1m), Line(2, 2m), Line(3, 3m)));

    [Fact]
    public void Any_EmptyList_IsFalse() =>
        Assert.False(Passes("order.Lines.Any(l => l.Quantity > 5)"));

    [Fact]
    public void All_PredicateReadingAnotherInput_SeesIt()
    {
        var rule = new TestRule("line.Requirements.All(r => capabilities.Contains(r))") { Scope = "Line" };

        Assert.True(Passes(rule, Line(1, 1m, "IPV6", "SLA-99.9")));
        Assert.False(Passes(rule, Line(1, 1m, "IPV6", "MPLS")));
    }

    [Fact]
    public void Any_PredicateReadingTheCurrentLine_SeesTheLine() =>
        Assert.True(Passes(new TestRule("order.Lines.Any(l => l.LineNo == line.LineNo && l.Quantity == line.Quantity)") { Scope = "Line" }, Line(1, 1m), Line(2, 2m)));

    [Fact]
    public void All_InsideAny_GivesTheNestedAnswer()
    {
        const string expression = "order.Lines.Any(l => l.Requirements.All(r => r == \"IPV6\"))";

        Assert.True(Passes(expression, Line(1, 1m, "IPV6", "MPLS"), Line(2, 1m, "IPV6")));
        Assert.False(Passes(expression, Line(1, 1m, "IPV6", "MPLS"), Line(2, 1m, "BGP")));
    }

    [Fact]
    public void All_OverAnArray_IsTrueOnlyWhenEveryItemMatches()
    {
        Assert.True(Passes("new[] { 1, 2, 3 }.All(x => x <= order.Lines.Count)", Line(1, 1m), Line(2, 1m), Line(3, 1m)));
        Assert.False(Passes("new[] { 1, 2, 3 }.All(x => x <= order.Lines.Count)", Line(1, 1m), Line(2, 1m)));
    }

    [Fact]
    public void Any_OverAFilteredSequence_GivesTheLinqAnswer()
    {
        Assert.True(Passes("order.Lines.Where(l => l.Quantity > 1).Any(l => l.LineNo == 3)", Line(1, 1m), Line(2, 1m), Line(3, 2m)));
        Assert.False(Passes("order.Lines.Where(l => l.Quantity > 1).Any(l => l.LineNo == 3)", Line(1, 1m), Line(2, 2m), Line(3, 1m)));
    }

    [Fact]
    public void Any_OverASet_GivesTheLinqAnswer()
    {
        Assert.True(Passes("capabilities.Any(c => c == \"SLA-99.9\")", Line(1, 1m)));
        Assert.False(Passes("capabilities.Any(c => c == \"MPLS\")", Line(1, 1m)));
    }

    [Fact]
    public void Any_WithoutPredicate_SaysWhetherTheListHasItems()
    {
        Assert.True(Passes("order.Lines.Any()", Line(1, 1m)));
        Assert.False(Passes("order.Lines.Any()"));
    }

    [Fact]
    public void All_NullList_FailsTheEvaluation()
    {
        var rule = new TestRule("line.Requirements.All(r => r != \"\")") { Scope = "Line" };
        var facts = new FactsBuilder().WithOrder(o => o.WithLines(Line(1, 1m) with { Requirements = null! })).Build();

        var finding = Assert.Single(ReviewEvaluator.Evaluate(TestRuleFile.Load(rule), facts).Findings);

        Assert.Equal((FindingKind.EvaluationError, "ArgumentNullException"), (finding.Kind, finding.Values["error"]));
        Assert.Contains("(Parameter 'source')", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Any_NullList_FailsTheEvaluation()
    {
        var rule = new TestRule("line.Requirements.Any(r => r == \"\")") { Scope = "Line" };
        var facts = new FactsBuilder().WithOrder(o => o.WithLines(Line(1, 1m) with { Requirements = null! })).Build();

        var finding = Assert.Single(ReviewEvaluator.Evaluate(TestRuleFile.Load(rule), facts).Findings);

        Assert.Equal((FindingKind.EvaluationError, "ArgumentNullException"), (finding.Kind, finding.Values["error"]));
        Assert.Contains("(Parameter 'source')", finding.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("line.Requirements.All(r => capabilities.Contains(r))")]
    [InlineData("!line.Requirements.Any(r => r == \"MPLS\")")]
    [InlineData("order.Lines.All(l => l.Quantity > 0 && l.LineNo <= line.LineNo + 5)")]
    public void Evaluate_PassingQuantifierOverAList_AllocatesNothing(string expression)
    {
        var rule = Assert.Single(TestRuleFile.Load(new TestRule(expression) { Scope = "Line" }).For(ReviewStages.Preliminary)!.LineRules);
        var order = new OrderBuilder().WithLines(Line(1, 1m, "IPV6", "SLA-99.9"), Line(2, 2m, "IPV6"), Line(3, 3m)).Build();
        var scope = new ReviewScope { Order = order, Customer = order.Customer, Capabilities = new HashSet<string>(["IPV6", "SLA-99.9"], StringComparer.Ordinal), Line = order.Lines[0] };
        var findings = new List<ReviewFinding>();
        for (var i = 0; i < 100; i++)
        {
            rule.Evaluate(scope, 1, findings);
        }

        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < 1_000; i++)
        {
            rule.Evaluate(scope, 1, findings);
        }

        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        Assert.Empty(findings);
        Assert.Equal(0L, allocated);
    }
}
