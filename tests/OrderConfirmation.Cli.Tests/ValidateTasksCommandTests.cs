using OrderConfirmation.Tests.Builders;

namespace OrderConfirmation.Cli.Tests;

/// <summary><c>orderconfirm validate</c> checks the department-task file (rules/tasks.json) beside the rule files and the calendar.</summary>
public sealed class ValidateTasksCommandTests : IDisposable
{
    private readonly string _temp = Directory.CreateTempSubdirectory("oc-validate-tasks-").FullName;

    public void Dispose() => Directory.Delete(_temp, recursive: true);

    private string Rules(string name, Func<string, string?> editTasks) =>
        CliRun.CopyOfDefaultRules(Path.Combine(_temp, name), (file, text) => file == "tasks.json" ? editTasks(text) : text);

    [Fact]
    public void Validate_ShippedRulesWithTheirTaskFile_ExitsZero()
    {
        var (exitCode, output, _) = CliRun.Run("validate", "--rules", DefaultRules.RulesDirectory);

        Assert.Equal(0, exitCode);
        Assert.DoesNotContain("tasks.json", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_DirectoryWithoutATaskFile_ExitsZero()
    {
        var rules = Rules("no-tasks", _ => null);

        Assert.Equal(0, CliRun.Run("validate", "--rules", rules).ExitCode);
    }

    [Fact]
    public void Validate_UnknownActionInTheTaskFile_PrintsItsPositionAndExits3()
    {
        var rules = Rules("unknown-action", text => text.Replace("\"ProposeTechnicalSolution\":", "\"ProposeTechnicalSolutoin\":", StringComparison.Ordinal));

        var (exitCode, output, _) = CliRun.Run("validate", "--rules", rules);

        Assert.Equal(3, exitCode);
        Assert.Matches(@"tasks\.json:\d+:\d+: error OC1204: 'ProposeTechnicalSolutoin' is not a review action;", output);
        Assert.Contains("1 error(s), 0 warning(s)", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_DueTimeInWeeksAndUnknownDepartment_ReportsBothWithTheirActions()
    {
        var rules = Rules("two-problems", text => text
            .Replace("\"ProposeTechnicalSolution\": { \"department\": \"Technical\", \"dueTime\": \"P2D\"", "\"ProposeTechnicalSolution\": { \"department\": \"Technical\", \"dueTime\": \"P1W\"", StringComparison.Ordinal)
            .Replace("\"DeclineChange\": { \"department\": \"Sales\"", "\"DeclineChange\": { \"department\": \"Legal\"", StringComparison.Ordinal));

        var (exitCode, output, _) = CliRun.Run("validate", "--rules", rules);

        Assert.Equal(3, exitCode);
        Assert.Matches(@"tasks\.json:\d+:\d+: error OC1206: ProposeTechnicalSolution: dueTime 'P1W'", output);
        Assert.Matches(@"tasks\.json:\d+:\d+: error OC1205: DeclineChange: 'Legal' is not a department", output);
        Assert.Contains("2 error(s), 0 warning(s)", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_TaskFileThatIsNotJson_Exits3()
    {
        var rules = Rules("not-json", _ => "{ \"tasks\": ");

        var (exitCode, output, _) = CliRun.Run("validate", "--rules", rules);

        Assert.Equal(3, exitCode);
        Assert.Matches(@"tasks\.json:\d+:\d+: error OC1200:", output);
    }

    [Fact]
    public void Review_RulesDirectoryWithATaskFile_DoesNotReadItAsARuleFile()
    {
        var rules = Rules("review", text => text);

        Assert.Equal(0, CliRun.Run("validate", "--rules", rules).ExitCode);
        Assert.DoesNotContain(OrderConfirmation.Rules.RuleFile.FromDirectory(rules), f => f.Path.EndsWith("tasks.json", StringComparison.Ordinal));
    }
}
