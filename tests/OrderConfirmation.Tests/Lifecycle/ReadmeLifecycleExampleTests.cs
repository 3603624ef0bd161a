using OrderConfirmation.Lifecycle.State;
using OrderConfirmation.Orders;
using OrderConfirmation.Tests.Builders;

namespace OrderConfirmation.Tests.Lifecycle;

public sealed class ReadmeLifecycleExampleTests : IDisposable
{
    private readonly string _temp = Directory.CreateTempSubdirectory("oc-readme-").FullName;

    public void Dispose() => Directory.Delete(_temp, recursive: true);

    [Fact]
    public void ReadmeExample_Runs_ConfirmsChangesAndAuditsTheOrder()
    {
        var (state, refused, change, verification, gaps) = ReadmeLifecycleExample.Run(LifecycleScenario.Order, new FactsBuilder().WithAsOf(LifecycleScenario.DecidedAt).Build(), Path.Combine(_temp, "audit.jsonl"));

        Assert.Equal(RefusalReason.RoleNotPermitted, refused.Refusal?.Reason);
        Assert.Equal((OrderStatus.Confirmed, 2), (state.Status, state.Revision));
        Assert.True(change.Feasible);
        Assert.True(verification.IsIntact, verification.Problem);
        Assert.Empty(gaps);
    }

    [Theory]
    [InlineData("lifecycle")]
    [InlineData("change")]
    [InlineData("audit")]
    public void Readme_QuotesTheExampleVerbatim(string part)
    {
        var source = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "ReadmeLifecycleExample.cs")).ReplaceLineEndings("\n");
        var readme = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "README.md")).ReplaceLineEndings("\n");
        var begin = source.IndexOf($"// readme-{part}-begin", StringComparison.Ordinal);
        var end = source.IndexOf($"        // readme-{part}-end", StringComparison.Ordinal);
        var lines = source[(source.IndexOf('\n', begin) + 1)..end].TrimEnd().Split('\n');
        var example = string.Join('\n', lines.Select(l => l.Length >= 8 ? l[8..] : l.TrimStart()));

        Assert.Contains(example, readme, StringComparison.Ordinal);
    }
}
