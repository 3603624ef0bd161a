namespace OrderConfirmation.Audit;

/// <summary>
/// Appends a record to an audit trail that is not a command's: a read of an order's confidential data, a supervision
/// check, a customer case. The entry joins the same hash chain as the commands' entries, so the trail stays one.
/// Implemented by the audit logs (<see cref="InMemoryAuditLog"/>, <see cref="JsonLinesAuditLog"/>) and by the stores
/// that keep a trail.
/// </summary>
public interface IAuditAppender
{
    /// <summary>Appends a record as the next entry; completes only once the entry is stored.</summary>
    /// <param name="record">What to record.</param>
    /// <param name="cancellationToken">Cancels the append before it is stored.</param>
    /// <returns>The entry as stored, with its sequence number and hashes.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="record"/> is <see langword="null"/>.</exception>
    ValueTask<AuditEntry> AppendAsync(AuditRecord record, CancellationToken cancellationToken = default);
}
