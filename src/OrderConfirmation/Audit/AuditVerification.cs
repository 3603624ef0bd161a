namespace OrderConfirmation.Audit;

/// <summary>
/// The result of verifying an audit log (article 6.1: records are authentic and complete): intact, or the first entry
/// that fails and why. Verification stops at the first problem, since nothing after it can be trusted.
/// </summary>
public sealed record AuditVerification
{
    private AuditVerification(long entriesVerified, AuditHead head, long? firstBadSequence, int? firstBadLine, AuditProblemKind? problemKind, string? problem)
    {
        EntriesVerified = entriesVerified;
        Head = head;
        FirstBadSequence = firstBadSequence;
        FirstBadLine = firstBadLine;
        ProblemKind = problemKind;
        Problem = problem;
    }

    /// <summary>Whether every entry verified (and the expected head, if one was given, matched).</summary>
    public bool IsIntact => ProblemKind is null;

    /// <summary>How many entries, from the first, verified before the first problem (all of them when intact).</summary>
    public long EntriesVerified { get; }

    /// <summary>The head of the verified part: the last entry that verified, or <see cref="AuditHead.Empty"/>.</summary>
    public AuditHead Head { get; }

    /// <summary>The sequence number of the first bad entry (the number the entry in that place should have), or <see langword="null"/> when intact.</summary>
    public long? FirstBadSequence { get; }

    /// <summary>The 1-based line of a log file where the first bad entry is; <see langword="null"/> when intact, for entries not read from a file, or when the bad entry is missing from the end of the file.</summary>
    public int? FirstBadLine { get; }

    /// <summary>What kind of problem the first bad entry has, or <see langword="null"/> when intact.</summary>
    public AuditProblemKind? ProblemKind { get; }

    /// <summary>The problem in plain language, naming the entry (and line), or <see langword="null"/> when intact.</summary>
    public string? Problem { get; }

    /// <summary>Whether the only problem is an incomplete last line of a file (see <see cref="AuditProblemKind.TornTail"/>).</summary>
    public bool IsTornTail => ProblemKind == AuditProblemKind.TornTail;

    internal static AuditVerification Intact(long entriesVerified, AuditHead head) => new(entriesVerified, head, null, null, null, null);

    internal static AuditVerification Failed(long entriesVerified, AuditHead head, AuditProblemKind kind, string problem, int? line) =>
        new(entriesVerified, head, entriesVerified + 1, line, kind, problem);
}
