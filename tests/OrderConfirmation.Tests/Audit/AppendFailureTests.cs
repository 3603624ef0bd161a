using System.Diagnostics.CodeAnalysis;
using System.Reflection;
using Microsoft.Win32.SafeHandles;
using OrderConfirmation.Audit;

namespace OrderConfirmation.Tests.Audit;

/// <summary>
/// An append whose write fails (a full disk, a file-size limit): the entry is not acknowledged, the host hears an I/O
/// error, and later appends are refused. The real faults are produced in a child process by
/// <see cref="AuditWriterKillTests"/> (left out of mutation runs because it spawns processes); here the log's file
/// stream is swapped, in-process, for one over the same file whose writes fail the way the operating system reports it.
/// </summary>
public sealed class AppendFailureTests : IDisposable
{
    private readonly AuditFiles _files = new();

    public void Dispose() => _files.Dispose();

    [Fact]
    public void Append_DiskFull_RethrowsTheIOErrorAndAcknowledgesNothing()
    {
        var path = _files.Written(2);
        using var log = JsonLinesAuditLog.Open(path);
        var head = log.Head;
        var diskFull = new IOException("No space left on device");
        FailWrites(log, diskFull);

        var error = Assert.Throws<IOException>(() => log.Append(AuditRecords.Report(3)));

        Assert.Same(diskFull, error);
        Assert.Equal((head, 2), (log.Head, log.Entries.Count));
    }

    [Fact]
    public void Append_FileTooLarge_IsReportedAsAnIOErrorNamingTheFile()
    {
        var path = _files.Written(2);
        using var log = JsonLinesAuditLog.Open(path);
        var tooLarge = new ArgumentOutOfRangeException("count", "File too large");
        FailWrites(log, tooLarge);

        var error = Assert.Throws<IOException>(() => log.Append(AuditRecords.Report(3)));

        Assert.Equal($"{path}: the entry could not be written ({tooLarge.Message}); it is not in the log.", error.Message);
        Assert.Same(tooLarge, error.InnerException);
        Assert.Equal(2, log.Head.Sequence);
    }

    [Fact]
    public void Append_AfterAFailedWrite_IsRefusedNamingTheFailure()
    {
        var path = _files.Written(2);
        using var log = JsonLinesAuditLog.Open(path);
        FailWrites(log, new IOException("No space left on device"));
        var first = Assert.Throws<IOException>(() => log.Append(AuditRecords.Report(3)));

        var error = Assert.Throws<InvalidOperationException>(() => log.Append(AuditRecords.Report(3)));

        Assert.Same(first, error.InnerException);
        Assert.Equal(
            $"{path}: an earlier append failed (No space left on device), so the file may end with an incomplete line. Dispose this log and open the file again; repair a torn tail if one is reported.",
            error.Message);
    }

    [Fact]
    [SuppressMessage("Usage", "CA2201:Do not raise reserved exception types", Justification = "The test checks that the log lets the runtime's own out-of-memory error through.")]
    public void Append_OutOfMemory_IsNotTurnedIntoAnIOError()
    {
        using var log = JsonLinesAuditLog.Open(_files.PathOf("audit.jsonl"));
        FailWrites(log, new OutOfMemoryException());

        Assert.Throws<OutOfMemoryException>(() => log.Append(AuditRecords.Report(1)));
    }

    /// <summary>Makes every later write of the log fail with <paramref name="failure"/>; the file itself is untouched.</summary>
    private static void FailWrites(JsonLinesAuditLog log, Exception failure)
    {
        var field = typeof(JsonLinesAuditLog).GetField("_file", BindingFlags.NonPublic | BindingFlags.Instance)
            ?? throw new InvalidOperationException("JsonLinesAuditLog no longer keeps its file stream in _file; update this fault injection.");
        var file = (FileStream)field.GetValue(log)!;
        field.SetValue(log, new FailingFileStream(file.SafeFileHandle, failure));
    }

    /// <summary>A stream over the log's own file handle whose writes fail.</summary>
    private sealed class FailingFileStream(SafeFileHandle handle, Exception failure) : FileStream(handle, FileAccess.Write, bufferSize: 0)
    {
        public override void Write(ReadOnlySpan<byte> buffer) => throw failure;
    }
}
