using System.Collections.Concurrent;
using OrderConfirmation.Lifecycle.State;

namespace OrderConfirmation.SampleHost.Store;

/// <summary>
/// The orders this host has entered, as their latest lifecycle state, in memory (a real host keeps them in its
/// database). Reads are lock-free; commands run one at a time under <see cref="LockAsync"/>, so two requests never
/// apply commands to the same state and lose one of them.
/// </summary>
internal sealed class OrderStore : IDisposable
{
    private readonly ConcurrentDictionary<string, OrderState> _orders = new(StringComparer.Ordinal);
    private readonly SemaphoreSlim _writer = new(1, 1);

    /// <summary>The order's state, or <see langword="null"/> when this host has no such order.</summary>
    public OrderState? Find(string orderId) => _orders.GetValueOrDefault(orderId);

    /// <summary>Every order's state.</summary>
    public IReadOnlyList<OrderState> All() => [.. _orders.Values];

    /// <summary>Stores an order's new state; call it while holding the lock.</summary>
    public void Save(OrderState state) => _orders[state.OrderId] = state;

    /// <summary>Waits for the right to apply commands; dispose the result to give it back.</summary>
    public async Task<IDisposable> LockAsync(CancellationToken cancellationToken)
    {
        await _writer.WaitAsync(cancellationToken);
        return new Release(_writer);
    }

    /// <inheritdoc />
    public void Dispose() => _writer.Dispose();

    private sealed class Release(SemaphoreSlim writer) : IDisposable
    {
        private int _released;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _released, 1) == 0)
            {
                writer.Release();
            }
        }
    }
}
