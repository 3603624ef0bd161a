namespace OrderConfirmation.Audit;

/// <summary>What is wrong with an audit log at the first entry that fails verification.</summary>
public enum AuditProblemKind
{
    /// <summary>The entry's hash does not match its content: the entry was altered after it was written.</summary>
    Altered = 0,

    /// <summary>The entry is not the next in sequence: an entry before it was removed, or entries were reordered or duplicated.</summary>
    OutOfSequence = 1,

    /// <summary>The entry does not hold the hash of the entry before it: the entry before it was replaced, or the log was spliced.</summary>
    BrokenLink = 2,

    /// <summary>A line of a log file cannot be read as an entry: the file was altered or damaged.</summary>
    Unreadable = 3,

    /// <summary>
    /// A log file ends with an incomplete line (no line feed): a write was interrupted, for example by the process being
    /// killed mid-append. The entry was never acknowledged; <see cref="JsonLinesAuditLog.RepairTornTail"/> moves it aside.
    /// </summary>
    TornTail = 4,

    /// <summary>The log does not reach, or does not match, a head checkpointed earlier: entries were cut from its end, or it was rewritten.</summary>
    HeadMismatch = 5,
}
