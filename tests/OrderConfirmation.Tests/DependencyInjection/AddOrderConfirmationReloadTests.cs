using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using OrderConfirmation.Review;
using OrderConfirmation.Rules.Reloading;
using OrderConfirmation.Rules;
using OrderConfirmation.Tests.Builders;

namespace OrderConfirmation.Tests.DependencyInjection;

public sealed class AddOrderConfirmationReloadTests : IDisposable
{
    private const string Credit = "credit.json";
    private static readonly TimeSpan Generous = TimeSpan.FromSeconds(15);

    private readonly RulesDirectoryCopy _rules = RulesDirectoryCopy.Create();

    public void Dispose() => _rules.Dispose();

    private string GraceTenDays => _rules.Read(Credit).Replace("\"Expression\": \"30\"", "\"Expression\": \"10\"", StringComparison.Ordinal);

    private ServiceProvider Watching(IServiceCollection? services = null) =>
        (services ?? new ServiceCollection())
            .AddInMemoryFacts()
            .AddOrderConfirmation(o => (o.RulesDirectory, o.WatchRulesDirectory) = (_rules.Path, true))
            .BuildServiceProvider();

    [Fact]
    public async Task AddOrderConfirmation_WatchRulesDirectory_ReviewsUseTheEditedRulesWithoutRestart()
    {
        await using var provider = Watching();
        var rules = Assert.IsType<ReloadingRuleSetProvider>(provider.GetRequiredService<IRuleSetProvider>());
        var reviewer = provider.GetRequiredService<IOrderReviewer>();
        var before = rules.Current.Version;
        var edited = GraceTenDays;
        Assert.NotEqual(_rules.Read(Credit), edited);

        _rules.Write(Credit, edited);

        using var timeout = new CancellationTokenSource(Generous);
        while (rules.Current.Version == before)
        {
            await Task.Delay(20, timeout.Token);
        }

        Assert.Equal(_rules.LoadWith(Credit, edited).Version, rules.Current.Version);
        Assert.Equal(rules.Current.Version, (await reviewer.ReviewAsync(new OrderBuilder().Build())).RuleSetVersion);
    }

    [Fact]
    public async Task AddOrderConfirmation_WatchRulesDirectory_LogsRejectedEditsThroughTheHostsLogger()
    {
        var logger = new RecordingLogger<ReloadingRuleSetProvider>();
        await using var provider = Watching(new ServiceCollection().AddSingleton<ILogger<ReloadingRuleSetProvider>>(logger));
        var rules = (ReloadingRuleSetProvider)provider.GetRequiredService<IRuleSetProvider>();
        _rules.Write(Credit, "{ \"WorkflowName\": ");

        var result = await rules.ReloadAsync();

        Assert.Equal(RuleSetReloadOutcome.Rejected, result.Outcome);
        Assert.Contains((LogLevel.Warning, Assert.Single(result.Diagnostics).ToString()), logger.Records);
    }

    [Fact]
    public async Task AddOrderConfirmation_WatchRulesDirectory_TheContainerDisposesTheProvider()
    {
        var provider = Watching();
        var rules = (ReloadingRuleSetProvider)provider.GetRequiredService<IRuleSetProvider>();

        await provider.DisposeAsync();

        await Assert.ThrowsAsync<ObjectDisposedException>(() => rules.ReloadAsync());
    }

    [Fact]
    public void AddOrderConfirmation_WatchRulesDirectoryWithBrokenRules_FailsAtRegistration()
    {
        _rules.Write(Credit, "{ \"WorkflowName\": ");

        Assert.Throws<RuleSetLoadException>(() => Watching());
    }

    [Fact]
    public void AddOrderConfirmation_WatchRulesDirectoryWithoutRulesDirectory_FailsAtRegistration()
    {
        var error = Assert.Throws<ArgumentException>(() => new ServiceCollection().AddOrderConfirmation(o => o.WatchRulesDirectory = true));

        Assert.Equal("configure", error.ParamName);
        Assert.Contains(nameof(OrderConfirmation.DependencyInjection.OrderConfirmationOptions.WatchRulesDirectory), error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AddOrderConfirmation_RulesDirectoryNotWatched_KeepsTheRulesFixed()
    {
        using var provider = new ServiceCollection().AddOrderConfirmation(o => o.RulesDirectory = _rules.Path).BuildServiceProvider();

        Assert.IsType<FixedRuleSetProvider>(provider.GetRequiredService<IRuleSetProvider>());
    }
}
