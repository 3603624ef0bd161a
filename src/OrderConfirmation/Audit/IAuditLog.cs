namespace OrderConfirmation.Audit;

/// <summary>
/// An append-only, hash-chained audit log (article 6.1). Implementations are thread-safe: appends are numbered in
/// the order they are made.
/// </summary>
public interface IAuditLog
{
    /// <summary>The entries so far, in sequence order. A snapshot: later appends do not change it.</summary>
    IReadOnlyList<AuditEntry> Entries { get; }

    /// <summary>The last entry's sequence number and hash (<see cref="AuditHead.Empty"/> for an empty log).</summary>
    AuditHead Head { get; }

    /// <summary>Appends a record as the next entry. Returns only once the entry is stored (for a file, on disk).</summary>
    /// <param name="record">What to record.</param>
    /// <returns>The entry as stored, with its sequence number and hashes.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="record"/> is <see langword="null"/>.</exception>
    AuditEntry Append(AuditRecord record);
}
