using System.Collections.ObjectModel;

namespace OrderConfirmation.Audit;

/// <summary>
/// The entries of a log in memory, and the making of the next one. Not thread-safe: the logs that use it lock around it.
/// Snapshots are cheap and never change, because a slot once filled is never written again (growing copies the array).
/// </summary>
internal sealed class AuditEntryStore
{
    private AuditEntry[] _items;
    private int _count;

    /// <summary>Starts with entries already verified (for a log read from a file), or none.</summary>
    public AuditEntryStore(IReadOnlyCollection<AuditEntry>? verified = null)
    {
        _items = new AuditEntry[Math.Max(16, verified?.Count ?? 0)];
        foreach (var entry in verified ?? [])
        {
            _items[_count++] = entry;
        }

        Head = _count == 0 ? AuditHead.Empty : _items[_count - 1].ToHead();
    }

    /// <summary>The head after the last entry.</summary>
    public AuditHead Head { get; private set; }

    /// <summary>The entries so far; later additions do not show in it.</summary>
    public IReadOnlyList<AuditEntry> Snapshot() => new ReadOnlyCollection<AuditEntry>(new ArraySegment<AuditEntry>(_items, 0, _count));

    /// <summary>The entry a record becomes after the current head, and its canonical body; nothing is added yet.</summary>
    public (AuditEntry Entry, byte[] Body) Seal(AuditRecord record) => AuditEntryFormat.Seal(record, Head);

    /// <summary>Adds an entry made by <see cref="Seal"/> (once it is stored, for a file).</summary>
    public void Add(AuditEntry entry)
    {
        if (_count == _items.Length)
        {
            Array.Resize(ref _items, _items.Length * 2);
        }

        _items[_count++] = entry;
        Head = entry.ToHead();
    }
}
