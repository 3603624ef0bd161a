namespace OrderConfirmation.Tests.Kpis;

public sealed class ReadmeKpiExampleTests
{
    [Fact]
    public void ReadmeExample_Runs_AndGivesTheFiguresItStates()
    {
        var (total, merged, byEmployee, why) = ReadmeKpiExample.Run(Path.Combine(AppContext.BaseDirectory, "rules", "calendar.json"), KpiRecords.SamplePath);

        Assert.Equal((0.6m, 5m / 7m, 0.75m), (total.AccuracyRate!.Value, total.TimelinessRate!.Value, total.Csat!.Value));
        Assert.Equal(total, merged);
        Assert.Equal(3, byEmployee.Count);
        Assert.Equal(["SO-2", "SO-3", "SO-8"], Assert.Single(why).Accurate);
    }

    [Fact]
    public void Readme_QuotesTheExampleVerbatim()
    {
        var source = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "ReadmeKpiExample.cs")).ReplaceLineEndings("\n");
        var readme = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "README.md")).ReplaceLineEndings("\n");
        var begin = source.IndexOf("// readme-kpi-begin", StringComparison.Ordinal);
        var end = source.IndexOf("        // readme-kpi-end", StringComparison.Ordinal);
        var lines = source[(source.IndexOf('\n', begin) + 1)..end].TrimEnd().Split('\n');

        Assert.Contains(string.Join('\n', lines.Select(l => l.Length >= 8 ? l[8..] : l.TrimStart())), readme, StringComparison.Ordinal);
    }
}
