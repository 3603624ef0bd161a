namespace OrderConfirmation.Audit;

/// <summary>
/// An audit log in an append-only JSON Lines file: one entry per line, each line the entry's canonical JSON with its
/// hash. Opening reads and verifies the whole file and refuses a damaged one; each append is written in one piece and
/// flushed to disk before <see cref="Append"/> returns. The entries are also held in memory for <see cref="Entries"/>.
/// Thread-safe.
/// </summary>
/// <remarks>
/// A file has one writer at a time: while a log is open it holds an exclusive lock on the side file
/// <c>&lt;path&gt;.lock</c>, and a second <see cref="Open"/> (or <see cref="RepairTornTail"/>) of the same file, in this
/// process or another, is refused with <see cref="AuditLogLockedException"/>. Readers are not refused:
/// <see cref="AuditChain.VerifyFile"/> may run while the log is written. On Linux and macOS the lock is an advisory
/// <c>flock</c>, which every .NET process takes (unless file locking is turned off with
/// <c>DOTNET_SYSTEM_IO_DISABLEFILELOCKING</c>) but a program that ignores it can still write; an append then refuses to
/// write after a change it did not make. The kernel releases the lock of a process that ends, even when killed. The
/// lock file holds no data and stays in place after the log is closed.
/// </remarks>
public sealed class JsonLinesAuditLog : IAuditLog, IAuditAppender, IDisposable
{
    private const string NothingWritten = "Nothing was written.";

    private readonly Lock _lock = new();
    private readonly FileStream _file;
    private readonly AuditFileWriterLock _writerLock;
    private readonly AuditEntryStore _store;
    private long _length;
    private Exception? _writeFailure;
    private bool _disposed;

    private JsonLinesAuditLog(string path, AuditFileWriterLock writerLock, FileStream file, AuditEntryStore store, long length)
    {
        Path = path;
        _writerLock = writerLock;
        _file = file;
        _store = store;
        _length = length;
    }

    /// <summary>The full path of the file.</summary>
    public string Path { get; }

    /// <inheritdoc />
    public IReadOnlyList<AuditEntry> Entries
    {
        get
        {
            lock (_lock)
            {
                return _store.Snapshot();
            }
        }
    }

    /// <inheritdoc />
    public AuditHead Head
    {
        get
        {
            lock (_lock)
            {
                return _store.Head;
            }
        }
    }

    /// <summary>
    /// Opens an audit file for appending, creating it when absent, and takes its exclusive writer lock until the log is
    /// disposed. An existing file is read and verified first; if any entry fails, or the last line is incomplete,
    /// nothing is written and the file is left exactly as it was.
    /// </summary>
    /// <param name="path">The file.</param>
    /// <param name="expectedHead">A head checkpointed earlier (for example at the last shutdown); when given, the file must reach it and match it.</param>
    /// <returns>The open log; dispose it to close the file.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="expectedHead"/> has a negative sequence or no hash.</exception>
    /// <exception cref="AuditLogCorruptException">The file failed verification: the message names the line, the entry and the problem. A torn tail (<see cref="AuditLogCorruptException.IsTornTail"/>) can be moved aside with <see cref="RepairTornTail"/>.</exception>
    /// <exception cref="AuditLogLockedException">Another writer (a log open on the same file, or a repair), in this process or another, holds the file's writer lock; nothing was read or written. It is an <see cref="IOException"/>.</exception>
    /// <exception cref="IOException">The file or its lock file cannot be opened or read.</exception>
    public static JsonLinesAuditLog Open(string path, AuditHead? expectedHead = null)
    {
        // Stryker disable once Statement : Path.GetFullPath throws the same ArgumentNullException naming path
        ArgumentNullException.ThrowIfNull(path);
        var fullPath = System.IO.Path.GetFullPath(path);
        var writerLock = AuditFileWriterLock.Acquire(fullPath);
        FileStream? file = null;
        try
        {
            file = new FileStream(fullPath, FileMode.Append, FileAccess.Write, FileShare.Read, bufferSize: 0);
            AuditFileScan scan;
            using (var reader = new FileStream(fullPath, FileMode.Open, FileAccess.Read, FileShare.ReadWrite))
            {
                scan = AuditFileScanner.Scan(reader, expectedHead, keepEntries: true);
            }

            if (!scan.Verification.IsIntact)
            {
                throw AuditLogCorruptException.From(fullPath, scan.Verification, NothingWritten);
            }

            file.Position = scan.VerifiedLength;
            return new JsonLinesAuditLog(fullPath, writerLock, file, new AuditEntryStore(scan.Entries), scan.VerifiedLength);
        }
        catch
        {
            file?.Dispose();
            writerLock.Dispose();
            throw;
        }
    }

    /// <summary>
    /// Repairs a file whose last line is incomplete because an append was interrupted (<see cref="AuditProblemKind.TornTail"/>):
    /// moves the incomplete bytes to a side file <c>&lt;path&gt;.torn-&lt;n&gt;</c> (n = 1, 2, … the first unused), flushes it to
    /// disk, then cuts the audit file back to its last complete entry. Nothing is deleted. A file that is intact is left
    /// as it is; a file with any other problem is refused.
    /// </summary>
    /// <param name="path">The audit file; it must not be open for writing: the repair takes the file's writer lock, like <see cref="Open"/>.</param>
    /// <returns>What was done: the side file, the bytes moved and the last entry kept.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> is <see langword="null"/>.</exception>
    /// <exception cref="AuditLogCorruptException">The file has a problem other than a torn tail; nothing was changed.</exception>
    /// <exception cref="AuditLogLockedException">A log is open on the file, or another repair runs, in this process or another; nothing was changed.</exception>
    /// <exception cref="IOException">The file cannot be opened exclusively (for example <see cref="FileNotFoundException"/>, or another process is reading it).</exception>
    public static TornTailRepair RepairTornTail(string path)
    {
        // Stryker disable once Statement : Path.GetFullPath throws the same ArgumentNullException naming path
        ArgumentNullException.ThrowIfNull(path);
        var fullPath = System.IO.Path.GetFullPath(path);
        using var writerLock = AuditFileWriterLock.Acquire(fullPath);
        using var file = new FileStream(fullPath, FileMode.Open, FileAccess.ReadWrite, FileShare.None);
        // Stryker disable once Boolean : keeping the entries only costs memory; the repair reads the verification and length
        var scan = AuditFileScanner.Scan(file, expectedHead: null, keepEntries: false);
        var verification = scan.Verification;
        if (verification.IsIntact)
        {
            return new TornTailRepair(fullPath, null, 0, verification.Head);
        }

        if (!verification.IsTornTail)
        {
            throw AuditLogCorruptException.From(fullPath, verification, "Nothing was changed: only an incomplete last line can be repaired.");
        }

        var moved = file.Length - scan.VerifiedLength;
        var sideFilePath = MoveToSideFile(file, scan.VerifiedLength, fullPath);
        file.SetLength(scan.VerifiedLength);
        file.Flush(flushToDisk: true);
        return new TornTailRepair(fullPath, sideFilePath, moved, verification.Head);
    }

    /// <inheritdoc />
    /// <remarks>Writes synchronously, as <see cref="Append"/> does.</remarks>
    public ValueTask<AuditEntry> AppendAsync(AuditRecord record, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return ValueTask.FromResult(Append(record));
    }

    /// <inheritdoc />
    /// <exception cref="ObjectDisposedException">The log was disposed.</exception>
    /// <exception cref="InvalidOperationException">An earlier append failed, so the file may end with an incomplete line; open it again.</exception>
    /// <exception cref="IOException">The entry could not be written or flushed, or the file changed since it was opened (another writer); the entry is not in the log, and later appends are refused.</exception>
    public AuditEntry Append(AuditRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        lock (_lock)
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            if (_writeFailure is not null)
            {
                throw new InvalidOperationException(
                    $"{Path}: an earlier append failed ({_writeFailure.Message}), so the file may end with an incomplete line. Dispose this log and open the file again; repair a torn tail if one is reported.",
                    _writeFailure);
            }

            if (RandomAccess.GetLength(_file.SafeFileHandle) is var found && found != _length)
            {
                _writeFailure = new IOException(
                    $"{Path}: the file changed since it was opened ({found} bytes instead of {_length}); another process may be writing to it. Nothing was written.");
                throw _writeFailure;
            }

            var (entry, body) = _store.Seal(record);
            var line = AuditEntryFormat.Line(body, entry.Hash);
            try
            {
                _file.Write(line);
                _file.Flush(flushToDisk: true);
            }
            catch (Exception error) when (error is not OutOfMemoryException)
            {
                // A full disk or a file-size limit can surface as another exception type (EFBIG is reported as
                // ArgumentOutOfRangeException); whatever it is, the entry is not in the log, and the host hears an I/O error.
                _writeFailure = error as IOException ?? new IOException($"{Path}: the entry could not be written ({error.Message}); it is not in the log.", error);
                throw _writeFailure;
            }

            _length += line.Length;
            _store.Add(entry);
            return entry;
        }
    }

    /// <summary>Closes the file and releases its writer lock. Entries already appended are on disk.</summary>
    public void Dispose()
    {
        lock (_lock)
        {
            if (!_disposed)
            {
                _disposed = true;
                _file.Dispose();
                _writerLock.Dispose();
            }
        }
    }

    private static string MoveToSideFile(FileStream file, long from, string path)
    {
        for (var n = 1; ; n++)
        {
            var sideFilePath = $"{path}.torn-{n}";
            if (File.Exists(sideFilePath))
            {
                continue;
            }

            using var side = new FileStream(sideFilePath, FileMode.CreateNew, FileAccess.Write, FileShare.None);
            file.Position = from;
            file.CopyTo(side);
            side.Flush(flushToDisk: true);
            return sideFilePath;
        }
    }
}
