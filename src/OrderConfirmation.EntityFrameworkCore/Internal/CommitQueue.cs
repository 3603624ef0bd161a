using System.Runtime.ExceptionServices;
using OrderConfirmation.Storage;

namespace OrderConfirmation.EntityFrameworkCore.Internal;

/// <summary>
/// Group commit within one store: commits that arrive while another is being written wait, and are then written
/// together in one transaction (one lock, one round trip each way, one durable flush), each with its own result. The
/// caller whose commit finds no writer at work writes; when its own commit is done it hands the work to the oldest
/// waiting caller, so no caller keeps writing for the others for ever. Under no load every commit is written alone.
/// </summary>
internal sealed class CommitQueue(Func<IReadOnlyList<PreparedCommit>, ValueTask<(CommitResult? Result, ExceptionDispatchInfo? Error)[]>> writeEach)
{
    /// <summary>The most commits written in one transaction.</summary>
    public const int MaxBatch = 64;

    private readonly Queue<Waiter> _waiting = new();
    private readonly Lock _lock = new();
    private bool _writing;

    /// <summary>Queues the commit and returns its result once it is written (by this caller or another).</summary>
    public async ValueTask<CommitResult> CommitAsync(PreparedCommit commit)
    {
        var waiter = new Waiter(commit);
        lock (_lock)
        {
            _waiting.Enqueue(waiter);
            if (!_writing)
            {
                _writing = true;
                waiter.Turn.SetResult();
            }
        }

        await Task.WhenAny(waiter.Result.Task, waiter.Turn.Task).ConfigureAwait(false);
        if (!waiter.Result.Task.IsCompleted)
        {
            await WriteUntilDoneAsync(waiter).ConfigureAwait(false);
        }

        return await waiter.Result.Task.ConfigureAwait(false);
    }

    private async ValueTask WriteUntilDoneAsync(Waiter writer)
    {
        try
        {
            while (!writer.Result.Task.IsCompleted)
            {
                List<Waiter> batch;
                lock (_lock)
                {
                    batch = new List<Waiter>(Math.Min(_waiting.Count, MaxBatch));
                    while (batch.Count < MaxBatch && _waiting.TryDequeue(out var next))
                    {
                        batch.Add(next);
                    }
                }

                try
                {
                    var outcomes = await writeEach([.. batch.Select(w => w.Commit)]).ConfigureAwait(false);
                    for (var i = 0; i < batch.Count; i++)
                    {
                        if (outcomes[i].Error is { } error)
                        {
                            batch[i].Result.SetException(error.SourceException);
                        }
                        else
                        {
                            batch[i].Result.SetResult(outcomes[i].Result!);
                        }
                    }
                }
                catch (Exception error)
                {
                    batch.ForEach(w => w.Result.TrySetException(error));
                }
            }
        }
        finally
        {
            lock (_lock)
            {
                if (_waiting.TryPeek(out var next))
                {
                    next.Turn.TrySetResult();
                }
                else
                {
                    _writing = false;
                }
            }
        }
    }

    private sealed class Waiter(PreparedCommit commit)
    {
        public PreparedCommit Commit { get; } = commit;

        public TaskCompletionSource<CommitResult> Result { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        /// <summary>Set when it is this caller's turn to write.</summary>
        public TaskCompletionSource Turn { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }
}
