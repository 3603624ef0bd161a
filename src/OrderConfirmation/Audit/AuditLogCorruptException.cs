namespace OrderConfirmation.Audit;

/// <summary>
/// An audit log file failed verification, so it was not opened for appending (or not repaired). The message names the
/// file, the line and the entry, says what is wrong, and that nothing was written. Supervision (article 6.1) decides
/// what to do with an altered log; only a torn tail (<see cref="IsTornTail"/>) can be repaired by
/// <see cref="JsonLinesAuditLog.RepairTornTail"/>.
/// </summary>
public sealed class AuditLogCorruptException : Exception
{
    /// <summary>Creates the exception for a file that failed verification.</summary>
    /// <param name="path">The file.</param>
    /// <param name="lineNumber">The 1-based line of the first bad entry.</param>
    /// <param name="sequence">The sequence number of the first bad entry, when known.</param>
    /// <param name="kind">What kind of problem it is.</param>
    /// <param name="problem">The problem in plain language, naming the entry.</param>
    /// <param name="consequence">What the library did not do because of it, such as "Nothing was written."</param>
    public AuditLogCorruptException(string path, int lineNumber, long? sequence, AuditProblemKind kind, string problem, string consequence)
        : base($"{path}:line {lineNumber}: {problem} {consequence}")
    {
        Path = path;
        LineNumber = lineNumber;
        Sequence = sequence;
        Kind = kind;
        Problem = problem;
    }

    /// <summary>Creates the exception with a message.</summary>
    public AuditLogCorruptException()
        : this("The audit log failed verification.")
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    public AuditLogCorruptException(string message)
        : base(message)
    {
        Path = string.Empty;
        Problem = message;
    }

    /// <summary>Creates the exception with a message and its cause.</summary>
    public AuditLogCorruptException(string message, Exception innerException)
        : base(message, innerException)
    {
        Path = string.Empty;
        Problem = message;
    }

    /// <summary>The file that failed verification.</summary>
    public string Path { get; }

    /// <summary>The 1-based line of the first bad entry (one past the last line when entries are missing from the end).</summary>
    public int LineNumber { get; }

    /// <summary>The sequence number the first bad entry should have, when known.</summary>
    public long? Sequence { get; }

    /// <summary>What kind of problem the first bad entry has.</summary>
    public AuditProblemKind Kind { get; }

    /// <summary>The problem in plain language, naming the entry.</summary>
    public string Problem { get; }

    /// <summary>Whether the problem is only an incomplete last line left by an interrupted append, which <see cref="JsonLinesAuditLog.RepairTornTail"/> can move aside.</summary>
    public bool IsTornTail => Kind == AuditProblemKind.TornTail;

    /// <summary>The exception for a failed verification of a file.</summary>
    internal static AuditLogCorruptException From(string path, AuditVerification verification, string consequence) =>
        new(
            path,
            // Stryker disable once NullCoalescing : in a file entry n is on line n, so a line, when given, equals the sequence
            verification.FirstBadLine ?? checked((int)verification.FirstBadSequence.GetValueOrDefault(1)),
            verification.FirstBadSequence,
            verification.ProblemKind.GetValueOrDefault(),
            // Stryker disable once String : unreachable: every failed verification states its problem
            verification.Problem ?? "the log failed verification.",
            consequence);
}
