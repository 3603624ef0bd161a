using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using OrderConfirmation.Findings;
using OrderConfirmation.Review;
using OrderConfirmation.Rules;
using OrderConfirmation.Stages;
using OrderConfirmation.Tests.Builders;
using Xunit.Abstractions;

namespace OrderConfirmation.Tests.Differential;

/// <summary>
/// Differential check rule by rule: for generated orders, every review rule's pass / fail / error from our compiled
/// rules equals RulesEngine 6.0.1's own <c>ExecuteAllRulesAsync</c> on the same workflows (the four shipped review
/// files, split into order and line workflows), without the preliminary gate, so that the detailed stages' rules are
/// compared on incomplete orders too. Whole decisions (gating, metadata, messages, values, change eligibility) are
/// compared by <see cref="WholeDecisionDifferentialTests"/>.
/// </summary>
public sealed class RulesEngineDifferentialTests(ITestOutputHelper output)
{
    private const int Cases = 2_000;
    private const int SampleSeed = 20_261_120;

    private static readonly IReadOnlyList<RuleFile> Files = RulesEngineWorkflows.ReviewRuleFiles();
    private static readonly RuleSet Ours = RuleSetLoader.Load(Files);
    private static readonly RulesEngineReview Reference = new(RulesEngineWorkflows.From(Files));

    [Fact]
    public void ReviewRuleFiles_ShippedDefaults_AreTheFourReviewFiles() =>
        Assert.Equal(RulesEngineWorkflows.ReviewFileNames.Order(StringComparer.Ordinal), Files.Select(f => Path.GetFileName(f.Path)).Order(StringComparer.Ordinal));

    [Property(MaxTest = Cases)]
    public Property CompiledRules_EveryRuleOnGeneratedOrders_AgreesWithRulesEngine() => EveryRuleAgrees(Reference);

    [Fact]
    public void Comparison_FixedSampleOfGeneratedOrders_ComparesEveryRuleOnTheOrderAndEveryLine()
    {
        var sample = Sample();
        var orderRules = Ours.Rules.Count(r => r.Metadata.Stage != ReviewStage.ChangeEligibility && r.Metadata.Scope == RuleScopeKind.Order);
        var lineRules = Ours.Rules.Count(r => r.Metadata.Stage != ReviewStage.ChangeEligibility && r.Metadata.Scope == RuleScopeKind.Line);

        var comparisons = 0;
        var differences = new List<string>();
        foreach (var facts in sample)
        {
            var ours = CompiledRulesReview.EvaluateEveryRule(Ours, facts);
            differences.AddRange(VerdictComparison.Differences(ours, Reference.Evaluate(facts)));
            comparisons += ours.Count;
        }

        var lines = sample.Sum(f => f.Order.Lines.Count);
        output.WriteLine($"{sample.Count} orders with {lines} lines: {orderRules} order rules and {lineRules} line rules, {comparisons} (rule, order/line) comparisons, {differences.Count} differences.");
        Assert.Empty(differences);
        Assert.Equal((sample.Count * orderRules) + (lines * lineRules), comparisons);
    }

    [Fact]
    public void Generator_FixedSampleOfGeneratedOrders_MakesEveryRulePassAndFail()
    {
        var verdicts = Sample().SelectMany(facts => CompiledRulesReview.EvaluateEveryRule(Ours, facts)).ToList();

        var byRule = verdicts.GroupBy(v => v.Rule).ToDictionary(g => g.Key, g => g.CountBy(v => v.Verdict).ToDictionary());
        foreach (var (rule, counts) in byRule)
        {
            output.WriteLine($"{rule,-28} pass {counts.GetValueOrDefault(Verdict.Pass),6}  fail {counts.GetValueOrDefault(Verdict.Fail),6}  error {counts.GetValueOrDefault(Verdict.Error),6}");
        }

        var neverBoth = byRule.Where(r => r.Value.GetValueOrDefault(Verdict.Pass) == 0 || r.Value.GetValueOrDefault(Verdict.Fail) == 0).Select(r => r.Key);
        Assert.Empty(neverBoth);
    }

    [Fact]
    public void Differences_AlteredLineRuleInWorkflowCopy_NameRuleLineAndBothVerdicts()
    {
        var altered = new RulesEngineReview(RulesEngineWorkflows.From(Files, (rule, expression) => rule == "LineQuantityPositive" ? "line.Quantity > 10" : expression));
        var facts = new FactsBuilder().Build();

        var differences = VerdictComparison.Differences(CompiledRulesReview.EvaluateEveryRule(Ours, facts), altered.Evaluate(facts));

        Assert.Equal(["LineQuantityPositive on line 1: ours Pass, RulesEngine Fail"], differences);
    }

    [Fact]
    public void Differences_AlteredRuleThatThrowsInWorkflowCopy_ReportRulesEngineError()
    {
        var altered = new RulesEngineReview(RulesEngineWorkflows.From(Files, (rule, expression) => rule == "DeliveryDateNotPast" ? "order.RequestedDeliveryDate.Value >= today" : expression));
        var facts = new FactsBuilder().WithOrder(o => o.With(order => order with { RequestedDeliveryDate = null })).Build();

        var difference = Assert.Single(VerdictComparison.Differences(CompiledRulesReview.EvaluateEveryRule(Ours, facts), altered.Evaluate(facts)));

        Assert.StartsWith("DeliveryDateNotPast on the order: ours Pass, RulesEngine Error (", difference, StringComparison.Ordinal);
    }

    [Fact]
    public void Property_AlteredOrderRuleInWorkflowCopy_Fails()
    {
        var altered = new RulesEngineReview(RulesEngineWorkflows.From(Files, (rule, expression) => rule == "OrderHasLines" ? "order.Lines.Count > 1" : expression));

        var failure = Assert.ThrowsAny<Exception>(() => FsCheck.Check.One(Config.QuickThrowOnFailure.WithMaxTest(200), EveryRuleAgrees(altered)));

        output.WriteLine(failure.Message);
        Assert.Contains("OrderHasLines on the order: ours Pass, RulesEngine Fail", failure.Message, StringComparison.Ordinal);
    }

    private static Property EveryRuleAgrees(RulesEngineReview reference) =>
        Prop.ForAll(DifferentialFacts.Any.ToArbitrary(), facts =>
        {
            var differences = VerdictComparison.Differences(CompiledRulesReview.EvaluateEveryRule(Ours, facts), reference.Evaluate(facts));
            return (differences.Count == 0).Label(Report(differences, facts));
        });

    private static List<ReviewFacts> Sample() => [.. DifferentialFacts.Any.Sample(Cases, new Rnd(SampleSeed), 50)];

    private static string Report(IReadOnlyList<string> differences, ReviewFacts facts) =>
        $"{differences.Count} difference(s):{Environment.NewLine}{string.Join(Environment.NewLine, differences)}{Environment.NewLine}facts: {FactsDescription.Describe(facts)}";
}
