using OrderConfirmation.Reports;
using OrderConfirmation.Rules;

namespace OrderConfirmation.Testing.RuleTesting;

/// <summary>
/// Which test cases exercise which rule, for the rule catalogue (<see cref="RuleCatalogueHtmlReport"/>): runs the cases
/// one at a time with <see cref="RuleTestRunner"/>, so that each rule's totals are those of <see cref="RuleTestReport.Coverage"/>
/// for the same cases, and the catalogue can name the cases behind them. Pure: no I/O.
/// </summary>
public static class RuleCaseCoverage
{
    /// <summary>Runs the cases and lists, for each passing case, the rules it exercised and how.</summary>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public static RuleTestEvidence Gather(RuleSet ruleSet, IEnumerable<RuleTestCase> cases)
    {
        ArgumentNullException.ThrowIfNull(ruleSet);
        ArgumentNullException.ThrowIfNull(cases);
        var exercises = new List<RuleCaseExercise>();
        var (passed, failed) = (0, 0);
        foreach (var testCase in cases)
        {
            var report = RuleTestRunner.Run(ruleSet, [testCase]);
            if (report.Failed > 0)
            {
                failed++;
                continue;
            }

            passed++;
            exercises.AddRange(report.Coverage
                .Where(c => c.Fired > 0 || c.Held > 0)
                .Select(c => new RuleCaseExercise(c.Rule, testCase.Name, c.Fired > 0, c.Held > 0)));
        }

        return new RuleTestEvidence(passed, failed, exercises);
    }
}
