using OrderConfirmation.Cli;
using OrderConfirmation.Tests.Builders;
using OrderConfirmation.Tests.Formats;

namespace OrderConfirmation.Cli.Tests;

/// <summary>The analysts' commands: validate, test and whatif.</summary>
public sealed class AnalystCommandsTests : IDisposable
{
    private readonly string _temp = Directory.CreateTempSubdirectory("oc-analyst-").FullName;

    public void Dispose() => Directory.Delete(_temp, recursive: true);

    private static (int ExitCode, string Output, string Error) Run(params string[] args) => CliRun.Run(args);

    private string CopyOfDefaultRules(string name, Func<string, string, string>? edit = null) =>
        CliRun.CopyOfDefaultRules(Path.Combine(_temp, name), edit);

    [Fact]
    public void Validate_DefaultRules_IsCleanWithoutWarnings()
    {
        var (exitCode, output, _) = Run("validate", "--rules", DefaultRules.RulesDirectory);

        Assert.Equal(0, exitCode);
        Assert.StartsWith("0 error(s), 0 warning(s) in 6 rule file(s) with 42 rules; rule set sha256:", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_BrokenRules_PrintsEveryProblemInEditorFormatAndExits3()
    {
        var rules = CopyOfDefaultRules("broken", (file, text) => file switch
        {
            "credit.json" => text.Replace("credit.Blocked", "credit.Blokced", StringComparison.Ordinal),
            "supply.json" => text.Replace("\"Severity\": \"Info\"", "\"Severity\": \"Notice\"", StringComparison.Ordinal),
            _ => text,
        });

        var (exitCode, output, _) = Run("validate", "--rules", rules);

        Assert.Equal(3, exitCode);
        Assert.Matches(@"credit\.json:\d+:\d+: error OC1005: rule 'CustomerNotBlocked': .*Blokced", output);
        Assert.Matches(@"supply\.json:\d+:\d+: error OC1003: rule 'StockCoversLine': Severity 'Notice'", output);
        Assert.Contains("2 error(s), 0 warning(s)", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_ConstantRule_WarnsAndFailsOnlyWithWarningsAsErrors()
    {
        var rules = CopyOfDefaultRules("constant", (file, text) => file == "technical.json" ? text.Replace("line.Requirements.All(r => capabilities.Contains(r))", "1 == 1", StringComparison.Ordinal) : text);

        var lenient = Run("validate", "--rules", rules);
        var strict = Run("validate", "--rules", rules, "--warnings-as-errors");

        Assert.Equal((0, 3), (lenient.ExitCode, strict.ExitCode));
        Assert.Matches(@"technical\.json:\d+:\d+: warning OC1011: rule 'RequirementsSupported'", lenient.Output);
    }

    [Fact]
    public void Test_ShippedCases_AllPassAndEndWithTheSummaryLine()
    {
        var (exitCode, output, error) = Run("test", "--rules", DefaultRules.RulesDirectory);

        Assert.True(exitCode == 0, output + error);
        Assert.Matches(@"^\d+ passed, 0 failed$", output.Trim().Split('\n')[^1]);
    }

    [Fact]
    public void Test_RuleEditThatBreaksACase_FailsWithExpectedAndActual()
    {
        var rules = CopyOfDefaultRules("edited", (file, text) => file == "credit.json" ? text.Replace("\"RejectOrder\"", "\"RequirePrepayment\"", StringComparison.Ordinal).Replace("\"Rejected\"", "\"OnHold\"", StringComparison.Ordinal) : text);
        Directory.CreateDirectory(Path.Combine(rules, "tests"));
        foreach (var file in Directory.GetFiles(Path.Combine(DefaultRules.RulesDirectory, "tests"), "*.json"))
        {
            File.Copy(file, Path.Combine(rules, "tests", Path.GetFileName(file)));
        }

        var (exitCode, output, _) = Run("test", "--rules", rules);

        Assert.Equal(4, exitCode);
        Assert.Contains("FAIL ", output, StringComparison.Ordinal);
        Assert.Contains("expected outcome Rejected, got OnHold", output, StringComparison.Ordinal);
        Assert.Matches(@"^\d+ passed, [1-9]\d* failed$", output.Trim().Split('\n')[^1]);
    }

    [Fact]
    public void Test_Coverage_ListsEveryRule()
    {
        var (_, output, _) = Run("test", "--rules", DefaultRules.RulesDirectory, "--coverage");

        Assert.Contains("coverage: 42 of 42 rules exercised both ways", output, StringComparison.Ordinal);
        Assert.Matches(@"(?m)^WithinCreditLimit\s+\d+\s+\d+$", output);
    }

    [Fact]
    public void WhatIf_LongerGracePeriod_ReportsChangedOrdersAndTransitions()
    {
        var candidate = CopyOfDefaultRules("candidate", (file, text) => file == "credit.json"
            ? text.Replace("\"Expression\": \"30\"", "\"Expression\": \"60\"", StringComparison.Ordinal).Replace("\"RuleName\": \"NoBadDebtRecords\",", "\"RuleName\": \"NoBadDebtRecords\", \"Enabled\": false,", StringComparison.Ordinal)
            : text);

        var (exitCode, output, _) = Run("whatif", "--baseline", DefaultRules.RulesDirectory, "--candidate", candidate, RequestJson.SamplesDirectory);

        Assert.Equal(0, exitCode);
        Assert.Contains("10-long-overdue-and-bad-debt.json: order SO-1010: OnHold → ReadyToConfirm", output, StringComparison.Ordinal);
        Assert.Contains("OnHold → ReadyToConfirm: 1 of 20 orders", output, StringComparison.Ordinal);
        Assert.EndsWith("orders change", output.Trim(), StringComparison.Ordinal);
    }

    [Fact]
    public void WhatIf_MissingCandidate_IsAUsageError() =>
        Assert.Equal(1, Run("whatif", "--baseline", DefaultRules.RulesDirectory, RequestJson.SamplesDirectory).ExitCode);
}
