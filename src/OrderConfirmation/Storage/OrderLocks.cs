namespace OrderConfirmation.Storage;

/// <summary>
/// One writer per order within this process: requests for the same order take turns, so they do not race each other
/// into version conflicts; across processes the store's version check decides. Orders share a fixed set of locks by
/// hash, so memory stays bounded whatever the number of orders.
/// </summary>
internal sealed class OrderLocks : IDisposable
{
    private readonly SemaphoreSlim[] _locks;

    public OrderLocks(int stripes = 64)
    {
        _locks = new SemaphoreSlim[stripes];
        for (var i = 0; i < stripes; i++)
        {
            _locks[i] = new SemaphoreSlim(1, 1);
        }
    }

    /// <summary>Waits for the order's turn; dispose the result to give it back.</summary>
    public async ValueTask<Turn> TakeAsync(string orderId, CancellationToken cancellationToken)
    {
        var gate = _locks[(int)((uint)StringComparer.Ordinal.GetHashCode(orderId) % (uint)_locks.Length)];
        await gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        return new Turn(gate);
    }

    public void Dispose()
    {
        foreach (var gate in _locks)
        {
            gate.Dispose();
        }
    }

    /// <summary>An order's turn; disposing it twice gives it back once.</summary>
    internal sealed class Turn(SemaphoreSlim gate) : IDisposable
    {
        private int _given;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _given, 1) == 0)
            {
                gate.Release();
            }
        }
    }
}
