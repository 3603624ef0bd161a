using OrderConfirmation.Rules.Reloading;

namespace OrderConfirmation.Tests.Rules;

public sealed class RuleDirectoryWatcherTests
{
    [Theory]
    [InlineData("credit.json", true)]
    [InlineData("Credit.JSON", true)]
    [InlineData("rule-file.schema.json", false)]
    [InlineData("calendar.json", false)]
    [InlineData("tasks.json", false)]
    [InlineData("Tasks.JSON", false)]
    [InlineData("credit.json.tmp", false)]
    [InlineData("notes.txt", false)]
    [InlineData(null, false)]
    public void IsRuleFile_FileName_MatchesWhatTheLoaderReads(string? name, bool expected) =>
        Assert.Equal(expected, RuleDirectoryWatcher.IsRuleFile(name));
}
