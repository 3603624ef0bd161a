using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using OrderConfirmation.Findings;
using OrderConfirmation.Orders;
using OrderConfirmation.Review;
using OrderConfirmation.Tests.Builders;

namespace OrderConfirmation.Tests.Properties;

/// <summary>Invariants of the review, stated from the regulation (articles 4.1 and 4.2) and the README's decision contract.</summary>
public sealed class ReviewProperties
{
    /// <summary>The stages in the regulation's order: the preliminary review first, then the detailed review's three.</summary>
    private static readonly ReviewStage[] StageOrder = [ReviewStage.PreliminaryReview, ReviewStage.CreditAssessment, ReviewStage.TechnicalFeasibility, ReviewStage.SupplyCapability];

    [Property(MaxTest = 300)]
    public Property Review_CompleteInLimitFeasibleOrder_IsAlwaysReadyToConfirm() =>
        Prop.ForAll(ReviewArbitraries.ReadyFacts.ToArbitrary(), facts =>
        {
            var decision = DefaultRules.Review(facts);
            return (decision.Outcome == ReviewOutcome.ReadyToConfirm && !decision.Findings.Any(f => f.IsBlocking) && decision.StagesRun.SequenceEqual(StageOrder))
                .Label(string.Join("; ", decision.Findings.Select(f => f.Message)));
        });

    [Property(MaxTest = 300)]
    public Property Review_RequiredDetailsMissing_ReturnedToSalesBeforeAnyDetailedReview() =>
        Prop.ForAll(ReviewArbitraries.IncompleteFacts.ToArbitrary(), incomplete =>
        {
            var decision = DefaultRules.Review(incomplete.Facts);
            return (decision.Outcome == ReviewOutcome.NeedsClarification
                    && decision.Findings.Any(f => f.IsBlocking && f.Department == Department.Sales && f.Action == ReviewAction.AskCustomer)
                    && decision.Findings.All(f => f.Stage == ReviewStage.PreliminaryReview)
                    && decision.StagesRun.SequenceEqual([ReviewStage.PreliminaryReview]))
                .Label($"removed {string.Join(", ", incomplete.Removed)}: {decision.Outcome}, {string.Join("; ", decision.Findings.Select(f => f.Rule))}");
        });

    [Property(MaxTest = 300)]
    public Property Review_RaisingExposure_NeverImprovesTheOutcome() =>
        Prop.ForAll(ReviewArbitraries.AnyFacts.ToArbitrary(), Gen.Choose(0, 5_000_000).ToArbitrary(), (facts, raise) =>
        {
            var before = DefaultRules.Review(facts);
            var credit = facts.Credit is { } c
                ? new CreditProfile(c.CreditLimit, c.OutstandingBalance, c.OpenOrdersValue + raise, c.OverdueAmount, c.DaysOverdue, c.BadDebtRecords, c.Blocked)
                : null;
            var after = DefaultRules.Review(new ReviewFacts(facts.Order, credit, facts.Supply, facts.Capabilities, facts.EvaluatedAt, facts.TimeZone));
            return (Severity(after.Outcome) >= Severity(before.Outcome)).Label($"{before.Outcome} became {after.Outcome} after raising exposure by {raise}");
        });

    [Property(MaxTest = 300)]
    public Property Review_Outcome_IsSetByTheMostSevereErrorFindingOnly() =>
        Prop.ForAll(ReviewArbitraries.AnyFacts.ToArbitrary(), facts =>
        {
            var decision = DefaultRules.Review(facts);
            var errors = decision.Findings.Where(f => f.Severity == FindingSeverity.Error).Select(f => f.Outcome).ToHashSet();

            // README: "Rejected > OnHold > NeedsClarification > ReadyToConfirm"; Warning and Info findings never change it.
            var expected = errors.Contains(ReviewOutcome.Rejected) ? ReviewOutcome.Rejected
                : errors.Contains(ReviewOutcome.OnHold) ? ReviewOutcome.OnHold
                : errors.Contains(ReviewOutcome.NeedsClarification) ? ReviewOutcome.NeedsClarification
                : ReviewOutcome.ReadyToConfirm;
            return (decision.Outcome == expected).Label($"{decision.Outcome} but the error findings are [{string.Join(", ", errors)}]");
        });

    [Property(MaxTest = 300)]
    public Property Review_Findings_ComeStageByStageFromStagesThatRan() =>
        Prop.ForAll(ReviewArbitraries.AnyFacts.ToArbitrary(), facts =>
        {
            var decision = DefaultRules.Review(facts);
            var positions = decision.Findings.Select(f => Array.IndexOf(StageOrder, f.Stage)).ToList();
            var ranInOrder = decision.StagesRun.Select(s => Array.IndexOf(StageOrder, s)).Order().SequenceEqual(decision.StagesRun.Select(s => Array.IndexOf(StageOrder, s)));
            var detailedRanOnlyAfterACleanPreliminary = decision.StagesRun.Count == 1 || !decision.Findings.Any(f => f.Stage == ReviewStage.PreliminaryReview && f.IsBlocking);
            return (positions.Order().SequenceEqual(positions) && decision.Findings.All(f => decision.StagesRun.Contains(f.Stage)) && ranInOrder && detailedRanOnlyAfterACleanPreliminary)
                .Label($"stages [{string.Join(", ", decision.StagesRun)}], findings [{string.Join(", ", decision.Findings.Select(f => $"{f.Rule} ({f.Stage})"))}]")
                .Classify(decision.StagesRun.Count == 1, "stopped at the preliminary review");
        });

    /// <summary>How severe an outcome is, in the README's order.</summary>
    private static int Severity(ReviewOutcome outcome) =>
        Array.IndexOf([ReviewOutcome.ReadyToConfirm, ReviewOutcome.NeedsClarification, ReviewOutcome.OnHold, ReviewOutcome.Rejected], outcome);
}
