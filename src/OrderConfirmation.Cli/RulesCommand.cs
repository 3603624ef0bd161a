using System.CommandLine;
using OrderConfirmation.Formats;
using OrderConfirmation.Reports;
using OrderConfirmation.Testing.RuleTesting;

namespace OrderConfirmation.Cli;

/// <summary>
/// <c>orderconfirm rules --html &lt;file&gt; [--rules &lt;dir&gt;]</c>: writes the rule catalogue, every stage and rule in business
/// words with its parameters and test coverage, as one HTML page for the departments to sign off. The coverage comes from
/// the test cases in the rules directory's <c>tests</c> (as <c>orderconfirm test</c> finds them); with none, each rule
/// says that no test cases were run.
/// </summary>
internal static class RulesCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var rules = new Option<string?>("--rules") { Description = "A directory of rule files to describe instead of the shipped rules; its tests directory gives the coverage." };
        var html = new Option<string>("--html")
        {
            Description = "The HTML file to write the catalogue to (required: the catalogue is a page; for coverage as text use `test --coverage`).",
            Required = true,
        };
        var command = new Command("rules", "Write the rule catalogue: every stage and rule in business words, its parameters and its test coverage, for sign-off.")
        {
            rules,
            html,
        };
        command.SetAction(result => Run(result.GetValue(rules), result.GetRequiredValue(html), output, error));
        return command;
    }

    private static int Run(string? rulesDirectory, string htmlFile, TextWriter output, TextWriter error)
    {
        var ruleSet = RuleSetOption.Load(rulesDirectory, error);
        if (ruleSet is null || CalendarOption.ZoneOfRules(rulesDirectory, error, "no catalogue was written") is not { } zone)
        {
            return ExitCodes.InvalidRules;
        }

        // The cases that go with the rules: the shipped cases (which the tool carries) for the shipped rules, as
        // `orderconfirm test` runs them; <rules>/tests for a rules directory, when it has them.
        var testsDirectory = rulesDirectory is null ? null : Path.Combine(rulesDirectory, "tests");
        RuleTestEvidence? tests = null;
        try
        {
            if (testsDirectory is null)
            {
                tests = RuleCaseCoverage.Gather(ruleSet, ShippedRuleTests.Read(zone));
            }
            else if (Directory.Exists(testsDirectory))
            {
                tests = RuleCaseCoverage.Gather(ruleSet, RuleTestCaseReader.ReadPaths([testsDirectory], zone));
            }
        }
        catch (Exception e) when (e is RequestFormatException or IOException or UnauthorizedAccessException)
        {
            // A broken or unreadable case: say so, as `orderconfirm test` does, rather than a catalogue without its coverage.
            error.WriteLine($"error: {e.Message}");
            return ExitCodes.InvalidInput;
        }

        var source = rulesDirectory is null ? "the rules shipped in the package" : $"rules from {rulesDirectory}";
        if (!HtmlReportFile.Write(htmlFile, page => RuleCatalogueHtmlReport.Write(page, ruleSet, tests, source), error))
        {
            return ExitCodes.InvalidInput;
        }

        var coverage = tests is null ? "no test cases" : $"{tests.Passed + tests.Failed} test cases ({tests.Failed} failed)";
        output.WriteLine($"{htmlFile}: the catalogue of {ruleSet.RuleCount} rules in {ruleSet.Stages.Count} stages, {coverage}");
        return ExitCodes.Success;
    }
}
