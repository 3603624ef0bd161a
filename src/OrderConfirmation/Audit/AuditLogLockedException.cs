namespace OrderConfirmation.Audit;

/// <summary>
/// An audit log file is already open for writing, by <see cref="JsonLinesAuditLog.Open"/> or
/// <see cref="JsonLinesAuditLog.RepairTornTail"/> in this process or another, so it was not opened again: a file has
/// one writer at a time, since two would interleave or overwrite each other's entries. Nothing was read or written.
/// Readers are not refused (<see cref="AuditChain.VerifyFile"/> may run while the log is written). Open the file again
/// once the other writer has disposed its log or ended; a writer that is killed releases its lock.
/// It is an <see cref="IOException"/>, so a host that handles I/O failures at open handles this one too.
/// </summary>
public sealed class AuditLogLockedException : IOException
{
    /// <summary>Creates the exception for an audit file whose writer lock is held.</summary>
    /// <param name="path">The audit file.</param>
    /// <param name="lockPath">Its lock file, <c>&lt;path&gt;.lock</c>.</param>
    /// <param name="innerException">The operating system's refusal, or <see langword="null"/>.</param>
    public AuditLogLockedException(string path, string lockPath, Exception? innerException)
        : base($"{path}: the audit log is already open for writing, by this process or another (its lock file {lockPath} is held); a log has one writer at a time. Nothing was written.", innerException)
    {
        Path = path;
        LockPath = lockPath;
    }

    /// <summary>Creates the exception with a default message.</summary>
    public AuditLogLockedException()
        : this("The audit log is already open for writing.")
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    public AuditLogLockedException(string message)
        : base(message)
    {
        Path = string.Empty;
        LockPath = string.Empty;
    }

    /// <summary>Creates the exception with a message and its cause.</summary>
    public AuditLogLockedException(string message, Exception innerException)
        : base(message, innerException)
    {
        Path = string.Empty;
        LockPath = string.Empty;
    }

    /// <summary>The audit file that is open for writing elsewhere; empty when the exception was made from a message only.</summary>
    public string Path { get; }

    /// <summary>The lock file whose lock is held: the audit file's path with <c>.lock</c> added; empty when made from a message only.</summary>
    public string LockPath { get; }
}
