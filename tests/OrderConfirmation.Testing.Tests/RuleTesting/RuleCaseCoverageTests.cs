using OrderConfirmation.Testing.RuleTesting;
using OrderConfirmation.Tests.Builders;

namespace OrderConfirmation.Testing.Tests.RuleTesting;

public sealed class RuleCaseCoverageTests
{
    private static IReadOnlyList<RuleTestCase> ShippedCases() => RuleTestCaseReader.ReadPaths([Path.Combine(DefaultRules.RulesDirectory, "tests")]);

    [Fact]
    public void Gather_ShippedCases_PerRuleTotalsEqualTheRunnersCoverage()
    {
        var cases = ShippedCases();

        var evidence = RuleCaseCoverage.Gather(DefaultRules.RuleSet, cases);
        var report = RuleTestRunner.Run(DefaultRules.RuleSet, cases);

        Assert.Equal((report.Passed, report.Failed), (evidence.Passed, evidence.Failed));
        foreach (var rule in report.Coverage)
        {
            var exercises = evidence.Exercises.Where(e => e.Rule == rule.Rule).ToList();
            Assert.Equal((rule.Fired, rule.Held), (exercises.Count(e => e.Fired), exercises.Count(e => e.Held)));
        }
    }

    [Fact]
    public void Gather_EachExercise_NamesACaseThatWasRunOnceForThatRule()
    {
        var cases = ShippedCases();

        var evidence = RuleCaseCoverage.Gather(DefaultRules.RuleSet, cases);

        Assert.All(evidence.Exercises, e => Assert.Contains(cases, c => c.Name == e.TestCase));
        Assert.All(evidence.Exercises, e => Assert.True(e.Fired || e.Held, $"{e.TestCase} {e.Rule}"));
        Assert.Equal(evidence.Exercises.Count, evidence.Exercises.DistinctBy(e => (e.Rule, e.TestCase)).Count());
    }

    [Fact]
    public void Gather_NoCases_NothingExercised()
    {
        var evidence = RuleCaseCoverage.Gather(DefaultRules.RuleSet, []);

        Assert.Equal((0, 0), (evidence.Passed, evidence.Failed));
        Assert.Empty(evidence.Exercises);
    }
}
