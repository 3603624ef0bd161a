namespace OrderConfirmation.Audit;

/// <summary>
/// The exclusive writer lock of an audit file: a side file <c>&lt;path&gt;.lock</c> held open with
/// <see cref="FileShare.None"/> for as long as the writer runs. On Windows the share mode refuses every other opener; on
/// Linux and macOS .NET takes an advisory <c>flock(LOCK_EX)</c> on it, which refuses every other .NET process (and any
/// program that uses <c>flock</c>), also in the same process, and which the kernel releases when the process ends, even
/// when it is killed. The audit file itself cannot carry this lock: .NET on Unix takes a shared <c>flock</c> for every
/// opener, readers included, so an exclusive lock on the file would refuse <see cref="AuditChain.VerifyFile"/>.
/// The side file holds no data and is left in place when released: deleting it while it is held would let another
/// writer lock a new file of the same name.
/// </summary>
internal sealed class AuditFileWriterLock : IDisposable
{
    /// <summary>errno EWOULDBLOCK: 11 on Linux, 35 on macOS and the BSDs. .NET reports it as the HResult.</summary>
    private const int LinuxWouldBlock = 11;
    private const int BsdWouldBlock = 35;

    /// <summary>Win32 ERROR_SHARING_VIOLATION and ERROR_LOCK_VIOLATION, in the low word of the HResult.</summary>
    private const int SharingViolation = 32;
    private const int LockViolation = 33;

    private readonly FileStream _lockFile;

    private AuditFileWriterLock(FileStream lockFile) => _lockFile = lockFile;

    /// <summary>The lock file of an audit file.</summary>
    public static string LockPathOf(string fullPath) => fullPath + ".lock";

    /// <summary>Takes the writer lock of an audit file, without waiting.</summary>
    /// <param name="fullPath">The audit file's full path.</param>
    /// <exception cref="AuditLogLockedException">Another writer, in this process or another, holds the lock.</exception>
    /// <exception cref="IOException">The lock file cannot be created or opened (for example <see cref="DirectoryNotFoundException"/>).</exception>
    /// <exception cref="UnauthorizedAccessException">The lock file may not be created or opened.</exception>
    public static AuditFileWriterLock Acquire(string fullPath)
    {
        var lockPath = LockPathOf(fullPath);
        try
        {
            return new AuditFileWriterLock(new FileStream(lockPath, FileMode.OpenOrCreate, FileAccess.Write, FileShare.None, bufferSize: 0));
        }
        catch (IOException error) when (IsHeldElsewhere(error))
        {
            throw new AuditLogLockedException(fullPath, lockPath, error);
        }
    }

    /// <summary>Releases the lock.</summary>
    public void Dispose() => _lockFile.Dispose();

    private static bool IsHeldElsewhere(IOException error) =>
        error.GetType() == typeof(IOException)
        && (OperatingSystem.IsWindows()
            ? (error.HResult & 0xFFFF) is SharingViolation or LockViolation
            : error.HResult == (OperatingSystem.IsLinux() ? LinuxWouldBlock : BsdWouldBlock));
}
