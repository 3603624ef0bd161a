using System.Threading.Channels;

namespace OrderConfirmation.Rules.Reloading;

/// <summary>
/// Turns a burst of change notifications into one signal once the changes have settled: a waiter resumes after a
/// change followed by a quiet period without any. A change while nobody waits is remembered (once), so a change that
/// happens during a reload schedules exactly one more. Thread-safe for many notifiers and one waiter.
/// </summary>
internal sealed class ChangeDebouncer
{
    /// <summary>Quiet periods waited at most before giving up on quiet: files changing without a pause still get reloaded.</summary>
    private const int MaxQuietPeriods = 10;

    private readonly Channel<bool> _changes = Channel.CreateBounded<bool>(new BoundedChannelOptions(1)
    {
        FullMode = BoundedChannelFullMode.DropWrite,
        SingleReader = true,
    });

    private readonly TimeSpan _quietPeriod;

    /// <summary>Creates a debouncer.</summary>
    /// <param name="quietPeriod">How long no change must happen before the waiter resumes.</param>
    public ChangeDebouncer(TimeSpan quietPeriod) => _quietPeriod = quietPeriod;

    /// <summary>Records a change; cheap and non-blocking.</summary>
    public void Notify() => _changes.Writer.TryWrite(true);

    /// <summary>Waits for a change, then for a quiet period with no further change (at most <see cref="MaxQuietPeriods"/> periods).</summary>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public async Task WaitAsync(CancellationToken cancellationToken)
    {
        await _changes.Reader.ReadAsync(cancellationToken).ConfigureAwait(false);
        for (var period = 0; period < MaxQuietPeriods; period++)
        {
            await Task.Delay(_quietPeriod, cancellationToken).ConfigureAwait(false);
            if (!_changes.Reader.TryRead(out _))
            {
                return;
            }
        }
    }
}
