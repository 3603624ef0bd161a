namespace OrderConfirmation.Audit;

/// <summary>An audit log held in memory, for tests, samples and hosts that store entries elsewhere. Thread-safe.</summary>
public sealed class InMemoryAuditLog : IAuditLog, IAuditAppender
{
    private readonly Lock _lock = new();
    private readonly AuditEntryStore _store = new();

    /// <inheritdoc />
    public IReadOnlyList<AuditEntry> Entries
    {
        get
        {
            lock (_lock)
            {
                return _store.Snapshot();
            }
        }
    }

    /// <inheritdoc />
    public AuditHead Head
    {
        get
        {
            lock (_lock)
            {
                return _store.Head;
            }
        }
    }

    /// <inheritdoc />
    public AuditEntry Append(AuditRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        lock (_lock)
        {
            var (entry, _) = _store.Seal(record);
            _store.Add(entry);
            return entry;
        }
    }

    /// <inheritdoc />
    public ValueTask<AuditEntry> AppendAsync(AuditRecord record, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return ValueTask.FromResult(Append(record));
    }
}
