using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;
using OrderConfirmation.Findings;
using OrderConfirmation.Orders;
using OrderConfirmation.Review;
using OrderConfirmation.Rules.Reloading;
using OrderConfirmation.Rules;
using OrderConfirmation.Stages;
using OrderConfirmation.Tests.Builders;

namespace OrderConfirmation.Tests.Rules;

public sealed class ReloadingRuleSetProviderTests : IDisposable
{
    private const string Credit = "credit.json";
    private const string GraceThirtyDays = "{ \"Name\": \"overdueGraceDays\", \"Expression\": \"30\" }";
    private const string GraceTenDays = "{ \"Name\": \"overdueGraceDays\", \"Expression\": \"10\" }";
    private static readonly TimeSpan Generous = TimeSpan.FromSeconds(15);
    private static readonly TimeSpan ShortDebounce = TimeSpan.FromMilliseconds(20);

    /// <summary>5,000 CNY overdue for 20 days: within a 30-day grace period (a warning), beyond a 10-day one (on hold).</summary>
    private static readonly ReviewFacts Overdue20Days = new FactsBuilder()
        .WithCredit(new CreditProfile(100_000m, 20_000m, 0m, 5_000m, 20, 0, blocked: false))
        .Build();

    private readonly RulesDirectoryCopy _rules = RulesDirectoryCopy.Create();
    private readonly RecordingLogger<ReloadingRuleSetProvider> _logger = new();

    /// <summary>The shipped credit.json with a 30-day grace period, without trailing whitespace (so no strict prefix of it is valid JSON).</summary>
    private readonly string _graceThirty;

    /// <summary>The same with a 10-day grace period.</summary>
    private readonly string _graceTen;

    public ReloadingRuleSetProviderTests()
    {
        _graceThirty = _rules.Read(Credit).TrimEnd();
        Assert.Contains(GraceThirtyDays, _graceThirty, StringComparison.Ordinal);
        _graceTen = _graceThirty.Replace(GraceThirtyDays, GraceTenDays, StringComparison.Ordinal);
        _rules.Write(Credit, _graceThirty);
    }

    public void Dispose() => _rules.Dispose();

    private string Truncated => _graceTen[..(_graceTen.Length / 2)];

    private string UnknownField => _graceThirty.Replace("order.PaymentTerms != PaymentTerms.Prepaid", "order.Custmer != PaymentTerms.Prepaid", StringComparison.Ordinal);

    private ReloadingRuleSetProvider Provider(TimeSpan? debounce = null) => new(_rules.Path, StandardStages.Catalog, _logger, debounce ?? ShortDebounce);

    private static async Task<string> VersionChangesFrom(ReloadingRuleSetProvider provider, string version)
    {
        using var timeout = new CancellationTokenSource(Generous);
        while (provider.Current.Version == version)
        {
            await Task.Delay(10, timeout.Token);
        }

        return provider.Current.Version;
    }

    [Fact]
    public void Constructor_DefaultRuleFiles_ServesTheirVersion()
    {
        using var provider = new ReloadingRuleSetProvider(_rules.Path, StandardStages.Catalog);

        Assert.Equal(_rules.LoadWith(Credit, _graceThirty).Version, provider.Current.Version);
        Assert.Equal(Path.GetFullPath(_rules.Path), provider.RulesDirectory);
    }

    [Fact]
    public void Constructor_BrokenRuleFile_ThrowsListingTheProblems()
    {
        _rules.Write(Credit, UnknownField);

        var error = Assert.Throws<RuleSetLoadException>(() => new ReloadingRuleSetProvider(_rules.Path, StandardStages.Catalog));

        Assert.Contains(error.Diagnostics, d => d.File.EndsWith(Credit, StringComparison.Ordinal) && d.Code == RuleDiagnosticCodes.InvalidExpression);
    }

    [Fact]
    public void Constructor_MissingDirectory_ThrowsDirectoryNotFound() =>
        Assert.Throws<DirectoryNotFoundException>(() => new ReloadingRuleSetProvider(Path.Combine(_rules.Path, "missing"), StandardStages.Catalog));

    [Fact]
    public void Constructor_NullDirectory_ThrowsNamingTheParameter() =>
        Assert.Equal("rulesDirectory", Assert.Throws<ArgumentNullException>(() => new ReloadingRuleSetProvider(null!, StandardStages.Catalog)).ParamName);

    [Fact]
    public void Constructor_NegativeDebounce_ThrowsNamingTheParameter() =>
        Assert.Equal("debounce", Assert.Throws<ArgumentOutOfRangeException>(() => new ReloadingRuleSetProvider(_rules.Path, StandardStages.Catalog, debounce: TimeSpan.FromSeconds(-1))).ParamName);

    [Fact]
    public async Task ReloadAsync_EditedThreshold_SwapsAndReviewsNameTheNewVersion()
    {
        using var provider = Provider(TimeSpan.FromMinutes(1));
        var before = provider.Current.Version;
        Assert.Equal(ReviewOutcome.ReadyToConfirm, ReviewEvaluator.Evaluate(provider.Current, Overdue20Days).Outcome);
        _rules.Write(Credit, _graceTen);

        var result = await provider.ReloadAsync();

        Assert.Equal((RuleSetReloadOutcome.Swapped, before, _rules.LoadWith(Credit, _graceTen).Version), (result.Outcome, result.PreviousVersion, result.Version));
        var decision = ReviewEvaluator.Evaluate(provider.Current, Overdue20Days);
        Assert.Equal((ReviewOutcome.OnHold, result.Version), (decision.Outcome, decision.RuleSetVersion));
    }

    [Fact]
    public async Task ReloadAsync_NothingChanged_KeepsTheSameRuleSet()
    {
        using var provider = Provider(TimeSpan.FromMinutes(1));
        var before = provider.Current;

        var result = await provider.ReloadAsync();

        Assert.Equal(RuleSetReloadOutcome.Unchanged, result.Outcome);
        Assert.Same(before, provider.Current);
    }

    [Fact]
    public async Task ReloadAsync_InvalidJson_IsRejectedAndTheLastGoodRuleSetKeepsServing()
    {
        using var provider = Provider(TimeSpan.FromMinutes(1));
        var before = provider.Current;
        _rules.Write(Credit, Truncated);

        var result = await provider.ReloadAsync();

        Assert.Equal((RuleSetReloadOutcome.Rejected, before.Version), (result.Outcome, result.Version));
        Assert.Contains(result.Diagnostics, d => d.File.EndsWith(Credit, StringComparison.Ordinal) && d.Code == RuleDiagnosticCodes.InvalidJson);
        Assert.Same(before, provider.Current);
    }

    [Fact]
    public async Task ReloadAsync_UnknownField_LogsEveryDiagnosticLineAsAWarning()
    {
        using var provider = Provider(TimeSpan.FromMinutes(1));
        _rules.Write(Credit, UnknownField);

        var result = await provider.ReloadAsync();

        Assert.Contains(result.Diagnostics, d => d.Code == RuleDiagnosticCodes.InvalidExpression && d.Message.Contains("Custmer", StringComparison.Ordinal));
        foreach (var line in result.Diagnostics)
        {
            Assert.Contains((LogLevel.Warning, line.ToString()), _logger.Records);
        }
    }

    [Fact]
    public async Task ReloadAsync_RejectedEdit_NeverLogsRuleFileContent()
    {
        using var provider = Provider(TimeSpan.FromMinutes(1));
        _rules.Write(Credit, UnknownField.Replace("Finance has blocked", "SECRET-TEXT has blocked", StringComparison.Ordinal));

        await provider.ReloadAsync();

        Assert.NotEmpty(_logger.Records);
        Assert.DoesNotContain(_logger.Records, r => r.Message.Contains("SECRET-TEXT", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ReloadAsync_FixedAfterBrokenEdit_IsPickedUp()
    {
        using var provider = Provider(TimeSpan.FromMinutes(1));
        _rules.Write(Credit, UnknownField);
        await provider.ReloadAsync();
        _rules.Write(Credit, _graceTen);

        var result = await provider.ReloadAsync();

        Assert.Equal(RuleSetReloadOutcome.Swapped, result.Outcome);
        Assert.Equal(_rules.LoadWith(Credit, _graceTen).Version, provider.Current.Version);
        Assert.Contains(_logger.Records, r => r.Level == LogLevel.Information && r.Message.Contains(result.PreviousVersion + " replaced by " + result.Version, StringComparison.Ordinal));
    }

    [Fact]
    public async Task ReloadAsync_DirectoryRemoved_IsRejectedWithTheProblemAndKeepsServing()
    {
        using var provider = Provider(TimeSpan.FromMinutes(1));
        var before = provider.Current;
        Directory.Delete(_rules.Path, recursive: true);

        var result = await provider.ReloadAsync();

        Assert.Equal(RuleSetReloadOutcome.Rejected, result.Outcome);
        Assert.NotNull(result.Problem);
        Assert.Same(before, provider.Current);
    }

    [Fact]
    public async Task ReloadAsync_Swap_RaisesReloadedWithTheResult()
    {
        using var provider = Provider(TimeSpan.FromMinutes(1));
        var raised = new ConcurrentQueue<RuleSetReloadResult>();
        provider.Reloaded += (_, r) => raised.Enqueue(r);
        _rules.Write(Credit, _graceTen);

        var result = await provider.ReloadAsync();

        Assert.Same(result, Assert.Single(raised));
    }

    [Fact]
    public async Task ReloadAsync_HandlerThrows_TheReloadStillSucceeds()
    {
        using var provider = Provider(TimeSpan.FromMinutes(1));
        provider.Reloaded += (_, _) => throw new InvalidOperationException("handler bug");
        _rules.Write(Credit, _graceTen);

        var result = await provider.ReloadAsync();

        Assert.Equal(RuleSetReloadOutcome.Swapped, result.Outcome);
        Assert.Contains(_logger.Records, r => r.Level == LogLevel.Error);
    }

    [Fact]
    public async Task Watcher_EditedFile_IsPickedUpWithoutAnExplicitReload()
    {
        using var provider = Provider();
        var before = provider.Current.Version;

        _rules.Write(Credit, _graceTen);

        Assert.Equal(_rules.LoadWith(Credit, _graceTen).Version, await VersionChangesFrom(provider, before));
    }

    [Fact]
    public async Task Watcher_BrokenEdit_IsRejectedWithDiagnosticsAndTheLastGoodRuleSetKeepsServing()
    {
        using var provider = Provider();
        var before = provider.Current;
        var rejected = new TaskCompletionSource<RuleSetReloadResult>(TaskCreationOptions.RunContinuationsAsynchronously);
        provider.Reloaded += (_, r) =>
        {
            if (r.Outcome == RuleSetReloadOutcome.Rejected)
            {
                rejected.TrySetResult(r);
            }
        };

        _rules.Write(Credit, UnknownField);

        var result = await rejected.Task.WaitAsync(Generous);
        Assert.Contains(result.Diagnostics, d => d.Code == RuleDiagnosticCodes.InvalidExpression);
        Assert.Same(before, provider.Current);
    }

    [Fact]
    public async Task Watcher_FileRenamedIntoPlace_IsRead()
    {
        using var provider = Provider();
        var before = provider.Current.Version;
        var rejected = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        provider.Reloaded += (_, r) =>
        {
            if (r.Diagnostics.Any(d => d.File.EndsWith("extra.json", StringComparison.Ordinal)))
            {
                rejected.TrySetResult();
            }
        };

        // Written under another name, then renamed, as many editors save. The copy repeats the credit workflow and
        // rule names, so the new set is rejected: what matters is that the renamed file was read.
        File.Copy(_rules.FilePath(Credit), _rules.FilePath("extra.json.tmp"));
        File.Move(_rules.FilePath("extra.json.tmp"), _rules.FilePath("extra.json"));

        await rejected.Task.WaitAsync(Generous);
        Assert.Equal(before, provider.Current.Version);
    }

    [Fact]
    public async Task Dispose_ThenEdit_IsNotPickedUp()
    {
        var provider = Provider();
        var before = provider.Current;

        provider.Dispose();
        _rules.Write(Credit, _graceTen);

        await Task.Delay(ShortDebounce * 25);
        Assert.Same(before, provider.Current);
        await Assert.ThrowsAsync<ObjectDisposedException>(() => provider.ReloadAsync());
    }

    [Fact]
    public void Dispose_Twice_DoesNotThrow()
    {
        var provider = Provider();
        provider.Dispose();

        var error = Record.Exception(provider.Dispose);

        Assert.Null(error);
    }

    [Fact]
    public async Task Dispose_FromAReloadedHandler_DoesNotDeadlock()
    {
        var provider = Provider(TimeSpan.FromMinutes(1));
        provider.Reloaded += (_, _) => provider.Dispose();
        _rules.Write(Credit, _graceTen);

        var result = await provider.ReloadAsync().WaitAsync(Generous);

        Assert.Equal(RuleSetReloadOutcome.Swapped, result.Outcome);
        await Assert.ThrowsAsync<ObjectDisposedException>(() => provider.ReloadAsync());
    }

    /// <summary>
    /// Reviews run on four threads while credit.json is rewritten in place many times (two valid versions, a
    /// truncated one and one with an unknown field: 200 reloads), reloaded explicitly and by the watcher. Every decision must name
    /// one of the two valid versions and equal what that exact content decides.
    /// </summary>
    [Fact]
    public async Task Current_RulesRewrittenDuringConcurrentReviews_EveryDecisionMatchesTheVersionItNames()
    {
        var (thirty, ten) = (_rules.LoadWith(Credit, _graceThirty), _rules.LoadWith(Credit, _graceTen));
        var (versionThirty, versionTen) = (thirty.Version, ten.Version);
        var expected = new[] { thirty, ten }.ToDictionary(r => r.Version, r => Summary(ReviewEvaluator.Evaluate(r, Overdue20Days)));
        Assert.Equal(2, expected.Count);
        Assert.NotEqual(expected[versionThirty].Outcome, expected[versionTen].Outcome);
        using var provider = Provider();
        var errors = new ConcurrentQueue<string>();
        var seen = new ConcurrentDictionary<string, int>();
        using var stop = new CancellationTokenSource();

        var reviewers = Enumerable.Range(0, 4).Select(_ => Task.Factory.StartNew(
            () =>
            {
                while (!stop.IsCancellationRequested)
                {
                    try
                    {
                        var decision = ReviewEvaluator.Evaluate(provider.Current, Overdue20Days);
                        seen.AddOrUpdate(decision.RuleSetVersion, 1, (_, n) => n + 1);
                        if (!expected.TryGetValue(decision.RuleSetVersion, out var want))
                        {
                            errors.Enqueue($"unknown version {decision.RuleSetVersion}");
                        }
                        else if (Summary(decision) != want)
                        {
                            errors.Enqueue($"decision {Summary(decision)} under {decision.RuleSetVersion}, expected {want}");
                        }
                    }
#pragma warning disable CA1031 // Every failure on a reviewer thread is collected and asserted on.
                    catch (Exception e)
#pragma warning restore CA1031
                    {
                        errors.Enqueue(e.ToString());
                    }

                    Thread.Yield();
                }
            },
            stop.Token,
            TaskCreationOptions.LongRunning,
            TaskScheduler.Default)).ToArray();

        try
        {
            for (var round = 0; round < 50; round++)
            {
                await Rewrite(_graceTen, versionTen, byWatcher: round % 10 == 9);
                await RewriteBroken(Truncated, versionTen);
                await Rewrite(_graceThirty, versionThirty, byWatcher: false);
                await RewriteBroken(UnknownField, versionThirty);
            }
        }
        finally
        {
            await stop.CancelAsync();
            await Task.WhenAll(reviewers);
        }

        Assert.Empty(errors);
        Assert.Equal(expected.Keys.Order(StringComparer.Ordinal), seen.Keys.Order(StringComparer.Ordinal));
        Assert.Contains(_logger.Records, r => r.Level == LogLevel.Warning && r.Message.Contains(Credit, StringComparison.Ordinal));

        async Task Rewrite(string content, string version, bool byWatcher)
        {
            _rules.Write(Credit, content);
            if (byWatcher)
            {
                using var timeout = new CancellationTokenSource(Generous);
                while (provider.Current.Version != version)
                {
                    await Task.Delay(5, timeout.Token);
                }
            }
            else
            {
                var result = await provider.ReloadAsync();
                Assert.NotEqual(RuleSetReloadOutcome.Rejected, result.Outcome);
            }

            Assert.Equal(version, provider.Current.Version);
        }

        async Task RewriteBroken(string content, string lastGood)
        {
            _rules.Write(Credit, content);
            var result = await provider.ReloadAsync();
            Assert.Equal(RuleSetReloadOutcome.Rejected, result.Outcome);
            Assert.NotEmpty(result.Diagnostics);
            Assert.Equal(lastGood, provider.Current.Version);
        }
    }

    private static (ReviewOutcome Outcome, string Findings) Summary(ReviewDecision decision) =>
        (decision.Outcome, string.Join(" | ", decision.Findings.Select(f => $"{f.Rule}: {f.Message}")));
}
