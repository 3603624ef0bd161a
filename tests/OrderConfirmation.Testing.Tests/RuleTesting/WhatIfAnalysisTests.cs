using OrderConfirmation.Findings;
using OrderConfirmation.Orders;
using OrderConfirmation.Review;
using OrderConfirmation.Rules;
using OrderConfirmation.Stages;
using OrderConfirmation.Testing.RuleTesting;
using OrderConfirmation.Tests.Builders;

namespace OrderConfirmation.Testing.Tests.RuleTesting;

public sealed class WhatIfAnalysisTests
{
    /// <summary>The default rules with the overdue grace period raised from 30 to 45 days.</summary>
    internal static RuleSet LongerGracePeriod() => RuleSetLoader.Load(RuleFile.FromDirectory(DefaultRules.RulesDirectory).Select(f =>
        Path.GetFileName(f.Path) == "credit.json"
            ? new RuleFile(f.Path, System.Text.Encoding.UTF8.GetBytes(System.Text.Encoding.UTF8.GetString(f.Content.Span).Replace("\"Expression\": \"30\"", "\"Expression\": \"45\"", StringComparison.Ordinal)))
            : f));

    private static ReviewFacts OverdueFor(int days) =>
        new FactsBuilder().WithCredit(new CreditProfile(100_000m, 20_000m, 0m, days == 0 ? 0m : 5_000m, days, 0, blocked: false)).Build();

    [Fact]
    public void Compare_LongerGracePeriod_ReportsExactlyTheOrdersThatChange()
    {
        var requests = new[] { OverdueFor(10), OverdueFor(35), OverdueFor(50), OverdueFor(0) };
        var candidate = LongerGracePeriod();

        var report = WhatIfAnalysis.Compare(DefaultRules.RuleSet, candidate, requests);

        Assert.NotEqual(report.BaselineVersion, report.CandidateVersion);
        Assert.Equal(4, report.Reviewed);
        Assert.Equal([0, 1, 2], report.Changes.Select(c => c.Index));
        var released = report.Changes[1];
        Assert.Equal((ReviewOutcome.OnHold, ReviewOutcome.ReadyToConfirm), (released.Baseline.Outcome, released.Candidate.Outcome));
        Assert.Equal("OverdueWithinGracePeriod", Assert.Single(released.ResolvedFindings).Rule);
        Assert.Equal("NoOverdueBalance", Assert.Single(released.NewFindings).Rule);
        Assert.Equal([(ReviewOutcome.OnHold, ReviewOutcome.ReadyToConfirm, 1)], report.Transitions);
        Assert.Equal(2, report.FindingsOnly);
    }

    [Fact]
    public void Compare_MessageOnlyChange_IsAChangedFindingNotNewAndResolved()
    {
        var report = WhatIfAnalysis.Compare(DefaultRules.RuleSet, LongerGracePeriod(), [OverdueFor(50)]);

        var change = Assert.Single(report.Changes);
        Assert.Empty(change.NewFindings);
        Assert.Empty(change.ResolvedFindings);
        var (was, now) = Assert.Single(change.ChangedFindings);
        Assert.Contains("more than 30", was.Message, StringComparison.Ordinal);
        Assert.Contains("more than 45", now.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Compare_SameRules_ReportsNoChange() =>
        Assert.Empty(WhatIfAnalysis.Compare(DefaultRules.RuleSet, DefaultRules.RuleSet, [OverdueFor(10), OverdueFor(50)]).Changes);

    [Fact]
    public void Orders_LongerGracePeriod_MatrixCountsEveryOrderOnceByItsTwoOutcomes()
    {
        var requests = new[] { OverdueFor(10), OverdueFor(35), OverdueFor(50), OverdueFor(0) };

        var report = WhatIfAnalysis.Compare(DefaultRules.RuleSet, LongerGracePeriod(), requests);

        // Baseline: 10 days overdue (a warning) and none overdue are ready, 35 and 50 days are on hold; 45 days releases 35.
        Assert.Equal([ReviewOutcome.ReadyToConfirm, ReviewOutcome.OnHold, ReviewOutcome.OnHold, ReviewOutcome.ReadyToConfirm], report.BaselineOutcomes);
        Assert.Equal(2, report.Orders(ReviewOutcome.ReadyToConfirm, ReviewOutcome.ReadyToConfirm));
        Assert.Equal(1, report.Orders(ReviewOutcome.OnHold, ReviewOutcome.ReadyToConfirm));
        Assert.Equal(1, report.Orders(ReviewOutcome.OnHold, ReviewOutcome.OnHold));
        var outcomes = Enum.GetValues<ReviewOutcome>();
        Assert.Equal(report.Reviewed, outcomes.Sum(from => outcomes.Sum(to => report.Orders(from, to))));
        Assert.All(report.Transitions, t => Assert.Equal(t.Orders, report.Orders(t.From, t.To)));
    }

    [Fact]
    public void Orders_SameRules_EveryOrderOnTheDiagonal()
    {
        var requests = new[] { OverdueFor(10), OverdueFor(50) };

        var report = WhatIfAnalysis.Compare(DefaultRules.RuleSet, DefaultRules.RuleSet, requests);

        Assert.Empty(report.Changes);
        Assert.Equal(1, report.Orders(ReviewOutcome.ReadyToConfirm, ReviewOutcome.ReadyToConfirm));
        Assert.Equal(1, report.Orders(ReviewOutcome.OnHold, ReviewOutcome.OnHold));
        Assert.Equal(0, report.Orders(ReviewOutcome.OnHold, ReviewOutcome.ReadyToConfirm));
    }
}
