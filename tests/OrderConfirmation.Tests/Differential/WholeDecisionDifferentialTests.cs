using System.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime.Testing;
using OrderConfirmation.Changes;
using OrderConfirmation.Findings;
using OrderConfirmation.Orders;
using OrderConfirmation.Review;
using OrderConfirmation.Rules;
using OrderConfirmation.Stages;
using OrderConfirmation.Testing;
using OrderConfirmation.Tests.Builders;
using Xunit.Abstractions;

namespace OrderConfirmation.Tests.Differential;

/// <summary>
/// Differential check on whole decisions: what the public <see cref="ReviewEvaluator"/>, <see cref="IOrderReviewer"/>
/// and <see cref="ChangeEvaluator"/> decide (outcome, stages run, and every finding's rule, stage, department,
/// severity, outcome, action, line, kind, message and values) equals what <see cref="ReferencePipeline"/> (RulesEngine's
/// own <c>ExecuteAllRulesAsync</c>, with gating and decision assembly written from the README) decides from the same
/// shipped rule files, for generated orders and change requests at instants spread over two years. The proofs at the
/// end show that the comparison fails when a finding's severity, message or values, a stage, or the gating differ.
/// </summary>
public sealed class WholeDecisionDifferentialTests(ITestOutputHelper output)
{
    private const int ReviewCases = 2_000;
    private const int ChangeCases = 1_000;
    private const int SampleSeed = 20_261_203;

    private static readonly IReadOnlyList<RuleFile> Shipped = RuleFile.EmbeddedDefaults();
    private static readonly RuleSet Ours = RuleSetLoader.Load(Shipped);
    private static readonly ReferencePipeline Reference = new(Shipped);
    private static readonly Lazy<List<(ReviewFacts Facts, ExpectedDecision Expected)>> ReviewSample =
        new(() => [.. AnyFacts.Sample(ReviewCases, new Rnd(SampleSeed), 50).Select(facts => (facts, Reference.Review(facts)))]);

    /// <summary>Facts of any kind, and a fifth of them ready to confirm, so that decisions without findings are compared too.</summary>
    private static Gen<ReviewFacts> AnyFacts => Gen.Frequency((4, DifferentialFacts.Any), (1, ReviewArbitraries.ReadyFacts));
    private static readonly Lazy<List<ChangeCase>> ChangeSample = new(() => [.. DifferentialChanges.Any.Sample(ChangeCases, new Rnd(SampleSeed + 1), 50)]);

    [Property(MaxTest = 300)]
    public Property ReviewEvaluator_GeneratedOrders_DecideAsTheReferencePipeline() =>
        Prop.ForAll(AnyFacts.ToArbitrary(), facts =>
        {
            var differences = DecisionComparison.Differences(ReviewEvaluator.Evaluate(Ours, facts), Reference.Review(facts));
            return (differences.Count == 0).Label(Report(differences, facts));
        });

    [Property(MaxTest = 200)]
    public Property ChangeEvaluator_GeneratedChanges_DecideAsTheReferencePipeline() =>
        Prop.ForAll(DifferentialChanges.Any.ToArbitrary(), change =>
        {
            var differences = ChangeDifferences(Ours, Reference, change);
            return (differences.Count == 0).Label(Report(differences, change.Facts));
        });

    [Fact]
    public void ReviewEvaluator_FixedSample_AgreesOnEveryDecision()
    {
        var sample = ReviewSample.Value;
        var differences = new List<string>();
        var agreeing = 0;
        foreach (var (facts, expected) in sample)
        {
            var found = DecisionComparison.Differences(ReviewEvaluator.Evaluate(Ours, facts), expected);
            agreeing += found.Count == 0 ? 1 : 0;
            differences.AddRange(found.Take(3));
        }

        var decisions = sample.Select(s => s.Expected).ToList();
        output.WriteLine($"{agreeing}/{sample.Count} review decisions agree: {decisions.Sum(d => d.Findings.Count)} findings, {decisions.Count(d => d.StagesRun.Count == 4)} through all four stages, outcomes {string.Join(", ", decisions.CountBy(d => d.Outcome).OrderBy(c => c.Key).Select(c => $"{c.Key} {c.Value}"))}, {decisions.Sum(d => d.Findings.Count(f => f.Kind == FindingKind.EvaluationError))} evaluation errors ({string.Join(", ", decisions.SelectMany(d => d.Findings).Where(f => f.Kind == FindingKind.EvaluationError).CountBy(f => $"{f.Rule}: {f.Error?[..Math.Min(80, f.Error.Length)]}").Select(c => $"{c.Key} ×{c.Value}"))}).");
        differences.Take(20).ToList().ForEach(output.WriteLine);
        Assert.Empty(differences);
        Assert.Equal(sample.Count, agreeing);
    }

    [Fact]
    public void ChangeEvaluator_FixedSample_AgreesOnEveryDecision()
    {
        var sample = ChangeSample.Value;
        var differences = new List<string>();
        var agreeing = 0;
        foreach (var change in sample)
        {
            var found = ChangeDifferences(Ours, Reference, change);
            agreeing += found.Count == 0 ? 1 : 0;
            differences.AddRange(found.Take(3));
        }

        var evaluations = sample.Select(c => ChangeEvaluator.Evaluate(Ours, c.Current, c.Change, c.Facts)).ToList();
        output.WriteLine($"{agreeing}/{sample.Count} change decisions agree: {evaluations.Count(e => e.Eligible)} eligible, {evaluations.Count(e => e.Feasible)} feasible, {evaluations.Sum(e => e.Eligibility.Count)} eligibility findings, {evaluations.Count(e => e.RequiredApprovals.Count > 0)} needing Finance's approval.");
        differences.Take(20).ToList().ForEach(output.WriteLine);
        Assert.Empty(differences);
        Assert.Equal(sample.Count, agreeing);
    }

    [Fact]
    public void Generator_FixedSamples_MakeEveryShippedRuleFireAndHoldAndEveryOutcomeAppear()
    {
        var reviews = ReviewSample.Value.Select(s => s.Expected).ToList();
        var changes = ChangeSample.Value.Select(c => Reference.Eligibility(c.Current, c.Change, c.Facts.Today)).ToList();
        var fired = reviews.SelectMany(d => d.Findings).Concat(changes.SelectMany(f => f)).Where(f => f.Kind == FindingKind.RuleFailed).Select(f => f.Rule).ToHashSet(StringComparer.Ordinal);

        Assert.All(Ours.Rules, rule => Assert.Contains(rule.Name, fired));
        Assert.Equal(Enum.GetValues<ReviewOutcome>(), reviews.Select(d => d.Outcome).Distinct().Order());
        Assert.Contains(reviews, d => d.StagesRun.Count == 1);
        Assert.Contains(reviews, d => d.StagesRun.Count == 4 && d.Findings.Count == 0);
    }

    [Fact]
    public async Task OrderReviewer_FixedSample_DecidesAsTheReferencePipeline()
    {
        var differences = new List<string>();
        foreach (var (facts, _) in ReviewSample.Value.Take(300))
        {
            var credit = new InMemoryCreditProfiles();
            if (facts.Credit is { } profile && !string.IsNullOrWhiteSpace(facts.Order.Customer.CustomerId))
            {
                credit.Set(facts.Order.Customer.CustomerId, profile);
            }

            var supply = new InMemorySupply();
            foreach (var (sku, position) in facts.Supply)
            {
                supply.Set(sku, position);
            }

            var reviewer = new OrderReviewer(new FixedRuleSetProvider(Ours), new ReviewFactsSource(credit, supply, new InMemoryCapabilityCatalog(facts.Capabilities), new FakeClock(facts.EvaluatedAt), facts.TimeZone));
            var seen = new ReviewFacts(facts.Order, string.IsNullOrWhiteSpace(facts.Order.Customer.CustomerId) ? null : facts.Credit, facts.Supply, facts.Capabilities, facts.EvaluatedAt, facts.TimeZone);
            differences.AddRange(DecisionComparison.Differences(await reviewer.ReviewAsync(facts.Order), Reference.Review(seen)));
        }

        Assert.Empty(differences);
    }

    [Fact]
    public void Proof_FindingSeverityChanged_IsCaught()
    {
        var ours = RuleSetLoader.Load(Altered("credit.json", "\"Severity\": \"Warning\", \"Action\": \"MonitorOverdue\"", "\"Severity\": \"Info\", \"Action\": \"MonitorOverdue\""));

        var differences = ReviewDifferences(ours);

        Assert.Contains(differences, d => d.StartsWith("NoOverdueBalance: ours (CreditAssessment, Finance, Info, ", StringComparison.Ordinal) && d.Contains("reference (CreditAssessment, Finance, Warning, ", StringComparison.Ordinal));
    }

    [Fact]
    public void Proof_FindingMessageChanged_IsCaught()
    {
        var ours = RuleSetLoader.Load(Altered("credit.json", "exceeds the credit limit {limit}", "is over the credit limit {limit}"));

        var differences = ReviewDifferences(ours);

        Assert.Contains(differences, d => d.StartsWith("WithinCreditLimit: message \"Credit exposure ", StringComparison.Ordinal) && d.Contains("is over the credit limit", StringComparison.Ordinal));
    }

    [Fact]
    public void Proof_FindingValueChanged_IsCaught()
    {
        var ours = RuleSetLoader.Load(Altered("supply.json", "\"leadTimeDays\": \"supply.LeadTimeDays\", \"earliestFeasibleDate\": \"earliest\"", "\"leadTimeDays\": \"supply.LeadTimeDays + 1\", \"earliestFeasibleDate\": \"earliest\""));

        var differences = ReviewDifferences(ours);

        Assert.Contains(differences, d => d.Contains("value leadTimeDays = ", StringComparison.Ordinal));
    }

    [Fact]
    public void Proof_ChangeEligibilitySeverityChanged_IsCaught()
    {
        var ours = RuleSetLoader.Load(Altered("change-eligibility.json", "\"Severity\": \"Warning\", \"Action\": \"RequireFinanceApproval\"", "\"Severity\": \"Info\", \"Action\": \"RequireFinanceApproval\""));

        var differences = ChangeSample.Value.Take(400).SelectMany(c => ChangeDifferences(ours, Reference, c)).ToList();

        Assert.Contains(differences, d => d.Contains("PriceChangeApprovedByFinance on line ", StringComparison.Ordinal) && d.Contains("Info", StringComparison.Ordinal));
    }

    [Fact]
    public void Proof_StageSkipped_IsCaught()
    {
        var differences = DeviantReferenceDifferences(new ReferenceDeviation(SkippedStage: ReviewStage.TechnicalFeasibility));

        Assert.Contains("stages run: ours [PreliminaryReview, CreditAssessment, TechnicalFeasibility, SupplyCapability], reference [PreliminaryReview, CreditAssessment, SupplyCapability]", differences);
    }

    [Fact]
    public void Proof_GatingChanged_IsCaught()
    {
        var differences = DeviantReferenceDifferences(new ReferenceDeviation(GateOnPreliminaryErrors: false));

        Assert.Contains("stages run: ours [PreliminaryReview], reference [PreliminaryReview, CreditAssessment, TechnicalFeasibility, SupplyCapability]", differences);
    }

    [Fact]
    public void Proof_RuleExpressionChanged_IsCaughtByTheProperty()
    {
        var altered = new ReferencePipeline(Shipped, rewrite: (rule, expression) => rule == "OrderHasLines" ? "order.Lines.Count > 1" : expression);
        var property = Prop.ForAll(DifferentialFacts.Any.ToArbitrary(), facts => DecisionComparison.Differences(ReviewEvaluator.Evaluate(Ours, facts), altered.Review(facts)).Count == 0);

        var failure = Assert.ThrowsAny<Exception>(() => FsCheck.Check.One(Config.QuickThrowOnFailure.WithMaxTest(300), property));

        output.WriteLine(failure.Message);
        Assert.Contains("Falsifiable", failure.Message, StringComparison.Ordinal);
    }

    /// <summary>How our evaluator on altered rule files differs from the reference on the shipped ones.</summary>
    private static List<string> ReviewDifferences(RuleSet ours) =>
        [.. ReviewSample.Value.SelectMany(s => DecisionComparison.Differences(ReviewEvaluator.Evaluate(ours, s.Facts), s.Expected))];

    /// <summary>How our evaluator differs from a reference that deviates from the regulation, on part of the sample.</summary>
    private static List<string> DeviantReferenceDifferences(ReferenceDeviation deviation)
    {
        var reference = new ReferencePipeline(Shipped, deviation);
        return [.. ReviewSample.Value.Take(400).SelectMany(s => DecisionComparison.Differences(ReviewEvaluator.Evaluate(Ours, s.Facts), reference.Review(s.Facts)))];
    }

    private static List<string> ChangeDifferences(RuleSet ours, ReferencePipeline reference, ChangeCase change)
    {
        var evaluation = ChangeEvaluator.Evaluate(ours, change.Current, change.Change, change.Facts);
        var eligibility = reference.Eligibility(change.Current, change.Change, change.Facts.Today);
        var differences = DecisionComparison.Differences(evaluation.Eligibility, eligibility).Select(d => $"eligibility: {d}").ToList();
        var eligible = !eligibility.Any(f => f.Severity == FindingSeverity.Error);
        var approvals = eligibility.Where(f => f.Action == ReviewAction.RequireFinanceApproval).Select(f => f.Department).Distinct().Order();
        if (evaluation.Eligible != eligible)
        {
            differences.Add($"eligible: ours {evaluation.Eligible}, reference {eligible}");
        }

        if (!evaluation.RequiredApprovals.Order().SequenceEqual(approvals))
        {
            differences.Add($"approvals: ours [{string.Join(", ", evaluation.RequiredApprovals)}], reference [{string.Join(", ", approvals)}]");
        }

        if (!eligible)
        {
            if (evaluation.Before is not null || evaluation.Review is not null || evaluation.Feasible)
            {
                differences.Add("an ineligible change was reviewed or found feasible");
            }

            return differences;
        }

        // README: both reviews know the delivery date agreed so far, the order's date before the change.
        var agreed = change.Current.Order.RequestedDeliveryDate;
        var before = reference.Review(change.Facts.ForOrder(change.Current.Order) with { AgreedDeliveryDate = agreed });
        var after = reference.Review(change.Facts.ForOrder(ChangedOrder.Apply(change.Current.Order, change.Change)) with { AgreedDeliveryDate = agreed });
        differences.AddRange(evaluation.Before is null ? ["no review before the change"] : DecisionComparison.Differences(evaluation.Before, before).Select(d => $"before: {d}"));
        differences.AddRange(evaluation.Review is null ? ["no re-review of the changed order"] : DecisionComparison.Differences(evaluation.Review, after).Select(d => $"after: {d}"));
        if (evaluation.Feasible != (after.Outcome == ReviewOutcome.ReadyToConfirm))
        {
            differences.Add($"feasible: ours {evaluation.Feasible}, reference re-review {after.Outcome}");
        }

        return differences;
    }

    private static List<RuleFile> Altered(string file, string from, string to)
    {
        var altered = Shipped.Select(f =>
        {
            if (Path.GetFileName(f.Path) != file)
            {
                return f;
            }

            var text = Encoding.UTF8.GetString(f.Content.Span);
            Assert.Contains(from, text, StringComparison.Ordinal);
            return new RuleFile(f.Path, Encoding.UTF8.GetBytes(text.Replace(from, to, StringComparison.Ordinal)));
        }).ToList();
        return altered;
    }

    private static string Report(IReadOnlyList<string> differences, ReviewFacts facts) =>
        $"{differences.Count} difference(s):{Environment.NewLine}{string.Join(Environment.NewLine, differences.Take(10))}{Environment.NewLine}facts: {FactsDescription.Describe(facts)}";
}
