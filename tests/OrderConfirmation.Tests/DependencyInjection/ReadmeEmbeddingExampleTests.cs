using OrderConfirmation.Findings;
using OrderConfirmation.Tests.Builders;

namespace OrderConfirmation.Tests.DependencyInjection;

public sealed class ReadmeEmbeddingExampleTests
{
    [Fact]
    public async Task ReadmeExample_Runs_AndReviewsTheOrderAsReadyToConfirm()
    {
        var decision = await ReadmeEmbeddingExample.ReviewOneOrderAsync();

        Assert.Equal(ReviewOutcome.ReadyToConfirm, decision.Outcome);
        Assert.Equal(DefaultRules.RuleSet.Version, decision.RuleSetVersion);
    }

    [Fact]
    public void Readme_QuotesTheEmbeddingExampleVerbatim()
    {
        var source = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "ReadmeEmbeddingExample.cs"));
        var readme = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "README.md"));
        var begin = source.IndexOf("// readme-example-begin", StringComparison.Ordinal);
        var end = source.IndexOf("// readme-example-end", StringComparison.Ordinal);
        var example = source[(source.IndexOf('\n', begin) + 1)..end].TrimEnd();

        Assert.Contains(example, readme.ReplaceLineEndings("\n"), StringComparison.Ordinal);
    }
}
