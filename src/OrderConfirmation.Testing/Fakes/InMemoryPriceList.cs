using System.Collections.Concurrent;
using OrderConfirmation.Orders;
using OrderConfirmation.Review;

namespace OrderConfirmation.Testing;

/// <summary>Finance's price list held in memory, for tests, samples and tools: registering it makes reviews run the pricing stage. Thread-safe.</summary>
public sealed class InMemoryPriceList : IPriceListProvider
{
    private readonly ConcurrentDictionary<string, PriceListEntry> _entries = new(StringComparer.Ordinal);

    /// <summary>Sets (or replaces) the price-list entry of a SKU.</summary>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public InMemoryPriceList Set(string sku, PriceListEntry entry)
    {
        ArgumentNullException.ThrowIfNull(sku);
        ArgumentNullException.ThrowIfNull(entry);
        _entries[sku] = entry;
        return this;
    }

    /// <inheritdoc />
    /// <remarks>Always a price list (so the pricing stage runs), with the entries set for the order's SKUs.</remarks>
    public ValueTask<IReadOnlyDictionary<string, PriceListEntry>?> GetPricesAsync(PriceListLookup lookup, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(lookup);
        cancellationToken.ThrowIfCancellationRequested();
        var found = new Dictionary<string, PriceListEntry>(lookup.Skus.Count, StringComparer.Ordinal);
        foreach (var sku in lookup.Skus)
        {
            if (_entries.TryGetValue(sku, out var entry))
            {
                found[sku] = entry;
            }
        }

        return ValueTask.FromResult<IReadOnlyDictionary<string, PriceListEntry>?>(found);
    }
}
