using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using OrderConfirmation.Rules.Loading;

namespace OrderConfirmation.Rules.Reloading;

/// <summary>
/// The rule set of a rules directory, kept up to date while the host runs, so analysts' edits take effect without a
/// restart. The files are loaded at construction; afterwards every change to a rule file is picked up after a short
/// quiet period (<c>debounce</c>): the files are loaded and checked, and those that changed compiled, on a background thread, never on a
/// review's, and the new rule set replaces the old one as a whole. A review reads <see cref="Current"/> once and
/// finishes on that rule set, whose <see cref="RuleSet.Version"/> its decision names. An edit that does not load
/// (invalid rules, a file half-written) is rejected: its diagnostics are logged and the last good rule set keeps
/// serving until a later change loads. Reloads run one at a time. Thread-safe.
/// </summary>
public sealed class ReloadingRuleSetProvider : IRuleSetProvider, IDisposable
{
    /// <summary>The provider whose <see cref="Reloaded"/> handlers run on this thread now, if any.</summary>
    [ThreadStatic]
    private static ReloadingRuleSetProvider? t_notifying;

    private static readonly TimeSpan MaxDebounce = TimeSpan.FromHours(1);

    private readonly ILogger _logger;
    private readonly SemaphoreSlim _oneReloadAtATime = new(1, 1);
    private readonly CancellationTokenSource _stop = new();
    private readonly RuleSetReplacementLoader _loader;
    private readonly ChangeDebouncer _changes;
    private readonly RuleDirectoryWatcher _watcher;
    private readonly Task _watching;
    private RuleSet _current;
    private int _disposed;

    /// <summary>Loads the rule files of a directory and starts following their changes.</summary>
    /// <param name="rulesDirectory">The rules directory (see <see cref="RuleFile.FromDirectory"/> for the files it reads).</param>
    /// <param name="stages">The stages the rules are written for (for the regulation's stages, the standard catalog of the layer above).</param>
    /// <param name="logger">Where reloads and rejected edits are reported; <see langword="null"/> for nowhere.</param>
    /// <param name="debounce">How long the files must stay unchanged before a reload (default <see cref="DefaultDebounce"/>), so that a file being written is read once it is complete.</param>
    /// <exception cref="ArgumentNullException"><paramref name="stages"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="rulesDirectory"/> is null or blank.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="debounce"/> is negative or longer than an hour.</exception>
    /// <exception cref="DirectoryNotFoundException">The directory does not exist.</exception>
    /// <exception cref="RuleSetLoadException">A file is invalid; the exception lists every problem. A host never starts on broken rules.</exception>
    /// <exception cref="IOException">A file could not be read, or the directory cannot be watched (for example when the system's limit of file watches is reached).</exception>
    public ReloadingRuleSetProvider(string rulesDirectory, RuleStageCatalog stages, ILogger<ReloadingRuleSetProvider>? logger = null, TimeSpan? debounce = null)
        : this(rulesDirectory, stages, initial: null, logger, debounce)
    {
    }

    /// <summary>Starts following a rules directory whose files were already loaded into <paramref name="initial"/>; the files are reloaded once straight away, in case they changed since.</summary>
    internal ReloadingRuleSetProvider(string rulesDirectory, RuleStageCatalog stages, RuleSet? initial, ILogger? logger, TimeSpan? debounce)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(rulesDirectory);
        ArgumentNullException.ThrowIfNull(stages);
        var quietPeriod = debounce ?? DefaultDebounce;
        ArgumentOutOfRangeException.ThrowIfLessThan(quietPeriod, TimeSpan.Zero, nameof(debounce));
        ArgumentOutOfRangeException.ThrowIfGreaterThan(quietPeriod, MaxDebounce, nameof(debounce));
        RulesDirectory = Path.GetFullPath(rulesDirectory);
        if (!Directory.Exists(RulesDirectory))
        {
            throw new DirectoryNotFoundException($"The rules directory '{rulesDirectory}' does not exist.");
        }

        _logger = logger ?? NullLogger.Instance;
        _loader = new RuleSetReplacementLoader(RulesDirectory, stages, _logger);
        _changes = new ChangeDebouncer(quietPeriod);

        // Watch first, then load: a change made while loading is then never missed.
        _watcher = new RuleDirectoryWatcher(RulesDirectory, _changes.Notify, e => RuleSetReloadLog.WatcherFailed(_logger, RulesDirectory, e));
        try
        {
            _current = initial ?? _loader.LoadFirst();
        }
        catch
        {
            _watcher.Dispose();
            throw;
        }

        if (initial is not null)
        {
            _changes.Notify();
        }

        _watching = Task.Run(() => WatchAsync(_stop.Token));
    }

    /// <summary>The default quiet period before a reload: 500 ms.</summary>
    public static TimeSpan DefaultDebounce { get; } = TimeSpan.FromMilliseconds(500);

    /// <summary>The full path of the rules directory followed.</summary>
    public string RulesDirectory { get; }

    /// <summary>The rule set serving now: the last one that loaded. Reading it never waits for a reload.</summary>
    public RuleSet Current => Volatile.Read(ref _current);

    /// <summary>
    /// Raised after every reload, whether it replaced the rule set, found it unchanged or rejected the files; on a
    /// background thread, one reload at a time and in order. Keep handlers short: the next reload waits for them (so a
    /// handler must not wait for <see cref="ReloadAsync"/>). An exception thrown by a handler is logged and does not
    /// affect the reload.
    /// </summary>
    public event EventHandler<RuleSetReloadResult>? Reloaded;

    /// <summary>
    /// Reloads the rule files now, without waiting for a change to be noticed: loads, checks and compiles them on a
    /// background thread after any reload in progress, and replaces the rule set when they load and differ from it.
    /// Invalid or unreadable files give a <see cref="RuleSetReloadOutcome.Rejected"/> result, not an exception.
    /// </summary>
    /// <param name="cancellationToken">Stops waiting for a reload in progress.</param>
    /// <returns>What the reload did and the version serving afterwards.</returns>
    /// <exception cref="ObjectDisposedException">The provider is disposed.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled before the reload started.</exception>
    public Task<RuleSetReloadResult> ReloadAsync(CancellationToken cancellationToken = default)
    {
        ObjectDisposedException.ThrowIf(Volatile.Read(ref _disposed) != 0, this);
        return ReloadOnceAsync(cancellationToken);
    }

    /// <summary>
    /// Stops following the directory: no reload starts afterwards, and a reload in progress finishes before this
    /// returns (unless called from a <see cref="Reloaded"/> handler). <see cref="Current"/> keeps giving the last rule set.
    /// </summary>
    public void Dispose()
    {
        if (Interlocked.Exchange(ref _disposed, 1) != 0)
        {
            return;
        }

        _watcher.Dispose();
        _stop.Cancel();
        if (t_notifying == this)
        {
            return;
        }

        _watching.GetAwaiter().GetResult();
        _oneReloadAtATime.Wait();
        _oneReloadAtATime.Release();
        _stop.Dispose();
    }

    private async Task WatchAsync(CancellationToken stop)
    {
        while (!stop.IsCancellationRequested)
        {
            try
            {
                await _changes.WaitAsync(stop).ConfigureAwait(false);
                await ReloadOnceAsync(stop).ConfigureAwait(false);
            }
            catch (Exception e) when (e is OperationCanceledException or ObjectDisposedException && Volatile.Read(ref _disposed) != 0)
            {
                return;
            }
#pragma warning disable CA1031 // The background reload must survive any failure: the last good rule set keeps serving.
            catch (Exception e)
#pragma warning restore CA1031
            {
                RuleSetReloadLog.ReloadFailed(_logger, RulesDirectory, Current.Version, e);
            }
        }
    }

    private async Task<RuleSetReloadResult> ReloadOnceAsync(CancellationToken cancellationToken)
    {
        await _oneReloadAtATime.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var result = await Task.Run(Reload, CancellationToken.None).ConfigureAwait(false);
            RaiseReloaded(result);
            return result;
        }
        finally
        {
            _oneReloadAtATime.Release();
        }
    }

    /// <summary>Loads the files and swaps them in if they load and differ; runs one at a time.</summary>
    private RuleSetReloadResult Reload()
    {
        var (result, replacement) = _loader.Load(Current.Version);
        if (replacement is not null)
        {
            ObjectDisposedException.ThrowIf(Volatile.Read(ref _disposed) != 0, this);
            Volatile.Write(ref _current, replacement);
            RuleSetReloadLog.Swapped(_logger, RulesDirectory, result.PreviousVersion, result.Version);
        }

        return result;
    }

    private void RaiseReloaded(RuleSetReloadResult result)
    {
        if (Reloaded is not { } handlers)
        {
            return;
        }

        t_notifying = this;
        try
        {
            handlers(this, result);
        }
#pragma warning disable CA1031 // A host's handler must not break reloading.
        catch (Exception e)
#pragma warning restore CA1031
        {
            RuleSetReloadLog.HandlerFailed(_logger, e);
        }
        finally
        {
            t_notifying = null;
        }
    }
}
