using OrderConfirmation.Tests.Builders;

namespace OrderConfirmation.Cli.Tests;

/// <summary>
/// Issue 18: "orderconfirm test run outside the repository with no --rules fails on a missing rules/tests; with no
/// rules directory it should use the embedded rules and their shipped cases." Run as a user would, from an empty
/// directory, in a process of its own.
/// </summary>
public sealed class ShippedRuleTestsTests : IDisposable
{
    private readonly string _empty = Directory.CreateTempSubdirectory("oc-empty-").FullName;

    public void Dispose() => Directory.Delete(_empty, recursive: true);

    [Fact]
    public void Test_NoRulesFromAnEmptyDirectory_RunsEveryShippedCaseAgainstTheShippedRules()
    {
        var shipped = Directory.GetFiles(Path.Combine(DefaultRules.RulesDirectory, "tests"), "*.json").Length;

        var (exitCode, output) = ToolProcess.Run(_empty, "test");

        Assert.True(exitCode == ExitCodes.Success, output);
        Assert.Contains($"{shipped} passed, 0 failed", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Test_NoRulesWithCoverage_EveryShippedRuleExercised()
    {
        var (exitCode, output) = ToolProcess.Run(_empty, "test", "--coverage");

        Assert.True(exitCode == ExitCodes.Success, output);
        Assert.Contains("coverage: 42 of 42 rules exercised both ways", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Rules_NoRulesFromAnEmptyDirectory_CatalogueCountsTheShippedCases()
    {
        var shipped = Directory.GetFiles(Path.Combine(DefaultRules.RulesDirectory, "tests"), "*.json").Length;
        var page = Path.Combine(_empty, "catalogue.html");

        var (exitCode, output) = ToolProcess.Run(_empty, "rules", "--html", page);

        Assert.True(exitCode == ExitCodes.Success, output);
        Assert.Contains($"{shipped} test cases (0 failed)", output, StringComparison.Ordinal);
        Assert.DoesNotContain("no test cases were run", File.ReadAllText(page), StringComparison.Ordinal);
    }
}
