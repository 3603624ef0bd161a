namespace OrderConfirmation.Audit;

/// <summary>
/// Walks a hash chain entry by entry, checking that each entry is the next in sequence and links to the one before,
/// and at the end that the chain reaches an expected head. The caller checks each entry's own hash first.
/// </summary>
internal sealed class AuditChainCursor
{
    private readonly AuditHead? _expectedHead;
    private AuditEntry? _entryAtExpectedHead;

    /// <summary>Starts at the beginning of a log.</summary>
    /// <exception cref="ArgumentException"><paramref name="expectedHead"/> has a negative sequence or a null hash.</exception>
    public AuditChainCursor(AuditHead? expectedHead)
    {
        if (expectedHead is { } head && (head.Sequence < 0 || head.Hash is null))
        {
            throw new ArgumentException("The expected head needs a sequence number of 0 or more and a hash.", nameof(expectedHead));
        }

        _expectedHead = expectedHead;
    }

    /// <summary>The entries accepted so far.</summary>
    public long Verified { get; private set; }

    /// <summary>The head of the entries accepted so far.</summary>
    public AuditHead Head { get; private set; } = AuditHead.Empty;

    /// <summary>The sequence number the next entry must have.</summary>
    public long NextSequence => Verified + 1;

    /// <summary>Checks that the entry continues the chain and accepts it; or says what is wrong, without accepting it.</summary>
    public (AuditProblemKind Kind, string Problem)? Next(AuditEntry entry)
    {
        if (entry.Sequence != NextSequence)
        {
            var found = entry.Sequence > NextSequence
                ? $"entry {NextSequence} is missing: entry {entry.Sequence} is in its place"
                : $"entry {NextSequence} is missing: entry {entry.Sequence} appears again in its place";
            return (AuditProblemKind.OutOfSequence, $"{found}; an entry was removed or the entries were reordered.");
        }

        if (!string.Equals(entry.PreviousHash, Head.Hash, StringComparison.Ordinal))
        {
            var before = Verified == 0 ? "the start of the log" : $"entry {Verified}";
            return (AuditProblemKind.BrokenLink, $"entry {entry.Sequence} does not link to {before}: an entry was removed, replaced or reordered.");
        }

        Verified++;
        Head = entry.ToHead();
        if (_expectedHead is { } expected && expected.Sequence == entry.Sequence)
        {
            _entryAtExpectedHead = entry;
        }

        return null;
    }

    /// <summary>A failed verification at the next entry.</summary>
    public AuditVerification Fail(AuditProblemKind kind, string problem, int? line = null) =>
        AuditVerification.Failed(Verified, Head, kind, problem, line);

    /// <summary>The verification once every entry is accepted: intact, or failed because the expected head is not reached or not matched.</summary>
    /// <param name="fromFile">Whether the entries are lines of a file (entry n on line n), so the result names the line.</param>
    public AuditVerification Finish(bool fromFile = false)
    {
        if (_expectedHead is not { } expected)
        {
            return AuditVerification.Intact(Verified, Head);
        }

        if (expected.Sequence == 0)
        {
            return expected.Hash == AuditEntryFormat.GenesisHash
                ? AuditVerification.Intact(Verified, Head)
                : AuditVerification.Failed(0, AuditHead.Empty, AuditProblemKind.HeadMismatch,
                    "the checkpointed head is entry 0 with a hash other than the empty log's; it belongs to another log.", null);
        }

        if (_entryAtExpectedHead is not { } atHead)
        {
            return Fail(AuditProblemKind.HeadMismatch,
                $"entry {NextSequence} is missing: the log ends at entry {Verified} but the checkpointed head is entry {expected.Sequence}; entries were cut from the end of the log.");
        }

        if (string.Equals(atHead.Hash, expected.Hash, StringComparison.Ordinal))
        {
            return AuditVerification.Intact(Verified, Head);
        }

        return AuditVerification.Failed(atHead.Sequence - 1, new AuditHead(atHead.Sequence - 1, atHead.PreviousHash), AuditProblemKind.HeadMismatch,
            $"entry {atHead.Sequence} does not match the checkpointed head (its hash is {atHead.Hash}, the checkpoint says {expected.Hash}); the log was rewritten.",
            fromFile ? checked((int)atHead.Sequence) : null);
    }
}
