using System.CommandLine;
using OrderConfirmation.Formats;
using OrderConfirmation.Testing.RuleTesting;

namespace OrderConfirmation.Cli;

/// <summary>
/// <c>orderconfirm test [--rules &lt;dir&gt;] [&lt;cases&gt;…] [--coverage]</c>: runs analysts' rule test cases and prints each
/// failure with what was expected and what the rules did, then <c>N passed, N failed</c>.
/// </summary>
internal static class TestCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var cases = new Argument<string[]>("cases")
        {
            Description = "Test-case files or directories of them (*.json); default: the tests directory of --rules, or, without --rules, the cases shipped with the rules.",
            Arity = ArgumentArity.ZeroOrMore,
        };
        var rules = new Option<string?>("--rules") { Description = "A directory of rule files to test instead of the shipped rules." };
        var coverage = new Option<bool>("--coverage") { Description = "Also list each rule's coverage: how many passing cases made it fire and hold." };
        var command = new Command("test", "Run the rule test cases: each a review or change request with the expected outcome and findings.")
        {
            cases,
            rules,
            coverage,
        };
        command.SetAction(result => Run(result.GetValue(cases) ?? [], result.GetValue(rules), result.GetValue(coverage), output, error));
        return command;
    }

    private static int Run(string[] paths, string? rulesDirectory, bool coverage, TextWriter output, TextWriter error)
    {
        var ruleSet = RuleSetOption.Load(rulesDirectory, error);
        if (ruleSet is null || CalendarOption.ZoneOfRules(rulesDirectory, error, "no case was run") is not { } zone)
        {
            return ExitCodes.InvalidRules;
        }

        IReadOnlyList<RuleTestCase> cases;
        try
        {
            cases = paths.Length > 0 ? RuleTestCaseReader.ReadPaths(paths, zone)
                : rulesDirectory is not null ? RuleTestCaseReader.ReadPaths([Path.Combine(rulesDirectory, "tests")], zone)
                : ShippedRuleTests.Read(zone);
        }
        catch (RequestFormatException e)
        {
            error.WriteLine($"error: {e.Message}");
            return ExitCodes.InvalidInput;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            error.WriteLine($"error: {e.Message}");
            return ExitCodes.InvalidInput;
        }

        var report = RuleTestRunner.Run(ruleSet, cases);
        foreach (var result in report.Results.Where(r => !r.Passed))
        {
            WriteFailure(output, result);
        }

        if (coverage)
        {
            WriteCoverage(output, report);
        }

        output.WriteLine($"{report.Passed} passed, {report.Failed} failed");
        return report.Failed > 0 ? ExitCodes.TestsFailed : ExitCodes.Success;
    }

    private static void WriteFailure(TextWriter output, RuleTestResult result)
    {
        output.WriteLine($"FAIL {result.Case.File}: {result.Case.Name}");
        foreach (var failure in result.Failures)
        {
            output.WriteLine($"  {failure}");
        }

        output.WriteLine($"  the rules said {result.Outcome}{(result.Findings.Count == 0 ? " with no finding" : ":")}");
        foreach (var finding in result.Findings)
        {
            output.WriteLine($"  - {finding.Severity,-7} {finding.Department,-17} {finding.Rule}: {finding.Message}");
        }

        output.WriteLine();
    }

    private static void WriteCoverage(TextWriter output, RuleTestReport report)
    {
        var width = report.Coverage.Max(c => c.Rule.Length);
        output.WriteLine($"{"rule".PadRight(width)}  {"fired",5}  {"held",5}");
        foreach (var rule in report.Coverage)
        {
            var missing = rule.BothWays ? string.Empty : rule.Fired == 0 && rule.Held == 0 ? "  never exercised" : rule.Fired == 0 ? "  never fired" : "  never held";
            output.WriteLine($"{rule.Rule.PadRight(width)}  {rule.Fired,5}  {rule.Held,5}{missing}");
        }

        var incomplete = report.Coverage.Count(c => !c.BothWays);
        output.WriteLine($"coverage: {report.Coverage.Count - incomplete} of {report.Coverage.Count} rules exercised both ways");
    }
}
