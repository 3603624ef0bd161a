using System.Collections.Concurrent;
using OrderConfirmation.Orders;
using OrderConfirmation.Review;

namespace OrderConfirmation.Testing;

/// <summary>Supply positions held in memory, for tests, samples and tools. Thread-safe.</summary>
public sealed class InMemorySupply : ISupplyProvider
{
    private readonly ConcurrentDictionary<string, SupplyPosition> _positions = new(StringComparer.Ordinal);

    /// <summary>Sets (or replaces) the supply position of a SKU.</summary>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public InMemorySupply Set(string sku, SupplyPosition position)
    {
        ArgumentNullException.ThrowIfNull(sku);
        ArgumentNullException.ThrowIfNull(position);
        _positions[sku] = position;
        return this;
    }

    /// <inheritdoc />
    public ValueTask<IReadOnlyDictionary<string, SupplyPosition>> GetSupplyAsync(IReadOnlyCollection<string> skus, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(skus);
        cancellationToken.ThrowIfCancellationRequested();
        var found = new Dictionary<string, SupplyPosition>(skus.Count, StringComparer.Ordinal);
        foreach (var sku in skus)
        {
            if (_positions.TryGetValue(sku, out var position))
            {
                found[sku] = position;
            }
        }

        return ValueTask.FromResult<IReadOnlyDictionary<string, SupplyPosition>>(found);
    }
}
