namespace OrderConfirmation.Audit;

/// <summary>
/// The last entry of a log: its sequence number and hash. A host that stores the head somewhere else (a database, a
/// supervisor's report) can later pass it to <see cref="AuditChain.Verify"/> to detect a log cut short at the end,
/// which the hash chain alone cannot show.
/// </summary>
/// <param name="Sequence">The sequence number of the last entry; 0 for an empty log.</param>
/// <param name="Hash">The hash of the last entry as 64 lowercase hex digits; 64 zeros for an empty log.</param>
public readonly record struct AuditHead(long Sequence, string Hash)
{
    /// <summary>The head of an empty log: sequence 0 and the all-zero hash that the first entry links to.</summary>
    public static AuditHead Empty { get; } = new(0, AuditEntryFormat.GenesisHash);
}
