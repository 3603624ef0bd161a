namespace OrderConfirmation.Audit;

/// <summary>
/// An audit trail kept by a store (a database), read for supervision (article 6.1): its head, the entries a query
/// selects in sequence order, and the whole chain's verification.
/// </summary>
public interface IAuditTrail
{
    /// <summary>The last entry's sequence number and hash (<see cref="AuditHead.Empty"/> for an empty trail).</summary>
    ValueTask<AuditHead> GetHeadAsync(CancellationToken cancellationToken = default);

    /// <summary>The entries the query selects, in sequence order.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="query"/> is <see langword="null"/>.</exception>
    IAsyncEnumerable<AuditEntry> ReadAsync(AuditQuery query, CancellationToken cancellationToken = default);

    /// <summary>Verifies the whole chain from entry 1 (see <see cref="AuditChain.Verify"/>), reading it in sequence order.</summary>
    /// <param name="expectedHead">A head checkpointed earlier; when given, the trail must reach it and match it.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    ValueTask<AuditVerification> VerifyAsync(AuditHead? expectedHead = null, CancellationToken cancellationToken = default);
}
