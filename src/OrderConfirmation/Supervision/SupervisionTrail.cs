using OrderConfirmation.Audit;

namespace OrderConfirmation.Supervision;

/// <summary>
/// An audit trail read for a supervision check (article 6.1): its entries in log order and the verification of its hash
/// chain, which <see cref="ChecklistItem.TrailIntact"/> judges each sampled order's entries by.
/// </summary>
public sealed class SupervisionTrail
{
    private SupervisionTrail(IReadOnlyList<AuditEntry> entries, AuditVerification verification)
    {
        Entries = entries;
        Verification = verification;
    }

    /// <summary>The entries read, in log order. For a file whose chain breaks, only the entries before the break.</summary>
    public IReadOnlyList<AuditEntry> Entries { get; }

    /// <summary>The verification of the whole chain (<see cref="AuditChain"/>).</summary>
    public AuditVerification Verification { get; }

    /// <summary>
    /// Whether the entries read go on past the first bad entry (a trail read from a store, which holds every entry), so an
    /// order whose entries all lie before the break can still be shown intact.
    /// </summary>
    internal bool HoldsEntriesPastTheBreak => Entries.Count > Verification.EntriesVerified;

    /// <summary>A trail from entries read from a store (for example <see cref="IAuditLog.Entries"/> or <see cref="IAuditTrail.ReadAsync"/> of every entry), verified with <see cref="AuditChain.Verify"/>.</summary>
    /// <param name="entries">The whole trail from entry 1, in sequence order.</param>
    /// <exception cref="ArgumentNullException"><paramref name="entries"/> is <see langword="null"/>.</exception>
    public static SupervisionTrail Of(IEnumerable<AuditEntry> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        var list = entries.ToList();
        return new SupervisionTrail(list, AuditChain.Verify(list));
    }

    /// <summary>
    /// A JSON Lines audit file as <see cref="JsonLinesAuditLog"/> writes it, read and verified like
    /// <see cref="AuditChain.VerifyFile"/> (without taking the writer's lock). When its chain breaks, the entries after the
    /// break cannot be read and every sampled order fails <see cref="ChecklistItem.TrailIntact"/>.
    /// </summary>
    /// <param name="path">The file.</param>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> is <see langword="null"/>.</exception>
    /// <exception cref="IOException">The file cannot be read.</exception>
    public static SupervisionTrail ReadFile(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        var scan = AuditFileScanner.Scan(file, expectedHead: null, keepEntries: true);
        return new SupervisionTrail(scan.Entries!, scan.Verification);
    }
}
