using NodaTime;

namespace OrderConfirmation.Audit;

/// <summary>
/// One entry of an audit log: an <see cref="AuditRecord"/> with its place in the log and its link in the hash chain.
/// <see cref="Hash"/> is the SHA-256 of the entry's canonical form, which includes <see cref="PreviousHash"/>, so altering,
/// removing or reordering any entry breaks the chain (<see cref="AuditChain.Verify"/> finds where).
/// </summary>
/// <param name="Sequence">The entry's number in the log: 1 for the first, then contiguous.</param>
/// <param name="At">When it happened.</param>
/// <param name="Actor">Who acted.</param>
/// <param name="Role">The name of the role the actor acted in, or <see langword="null"/>.</param>
/// <param name="OrderId">The order the entry is about, or <see langword="null"/>.</param>
/// <param name="Kind">The name of what the entry records.</param>
/// <param name="Payload">The details, as compact JSON object text.</param>
/// <param name="PreviousHash">The <see cref="Hash"/> of the entry before it, as 64 lowercase hex digits; 64 zeros for the first entry.</param>
/// <param name="Hash">The SHA-256 of this entry's canonical form, as 64 lowercase hex digits.</param>
/// <remarks>Entries are made by an <see cref="IAuditLog"/>; one made or changed any other way will not verify.</remarks>
public sealed record AuditEntry(
    long Sequence,
    Instant At,
    string Actor,
    string? Role,
    string? OrderId,
    string Kind,
    string Payload,
    string PreviousHash,
    string Hash)
{
    /// <summary>The head of a log that ends with this entry, to checkpoint elsewhere.</summary>
    public AuditHead ToHead() => new(Sequence, Hash);

    /// <summary>
    /// The entry a record becomes when appended after <paramref name="previous"/>: numbered one after it, linked to its
    /// hash and hashed exactly as an <see cref="IAuditLog"/> would, so it verifies with <see cref="AuditChain.Verify"/>.
    /// For stores that keep the chain themselves (a database): they read their head, seal the records in order and
    /// store the entries, all under one lock or transaction so that no two entries get the same sequence number.
    /// </summary>
    /// <param name="record">What to record.</param>
    /// <param name="previous">The head of the log before this entry (<see cref="AuditHead.Empty"/> for the first).</param>
    /// <returns>The entry, not stored anywhere yet; its <see cref="ToHead"/> is the previous head of the next one.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="record"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="previous"/> has a negative sequence, or a hash that is not 64 lowercase hex digits.</exception>
    public static AuditEntry Seal(AuditRecord record, AuditHead previous)
    {
        ArgumentNullException.ThrowIfNull(record);
        if (previous.Sequence < 0 || previous.Hash is not { Length: 64 } hash || !hash.All(c => char.IsAsciiDigit(c) || c is >= 'a' and <= 'f'))
        {
            throw new ArgumentException("The previous head needs a sequence number of 0 or more and a hash of 64 lowercase hex digits.", nameof(previous));
        }

        return AuditEntryFormat.Seal(record, previous).Entry;
    }
}
