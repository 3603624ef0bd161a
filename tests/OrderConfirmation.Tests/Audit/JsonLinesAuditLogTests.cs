using System.Security.Cryptography;
using System.Text;
using OrderConfirmation.Audit;

namespace OrderConfirmation.Tests.Audit;

public sealed class JsonLinesAuditLogTests : IDisposable
{
    private readonly AuditFiles _files = new();

    public void Dispose() => _files.Dispose();

    [Fact]
    public void Open_AbsentFile_CreatesAnEmptyLog()
    {
        var path = _files.PathOf("new.jsonl");

        using (var log = JsonLinesAuditLog.Open(path))
        {
            Assert.Empty(log.Entries);
            Assert.Equal(AuditHead.Empty, log.Head);
        }

        Assert.Equal(0, new FileInfo(path).Length);
    }

    [Fact]
    public void Append_FirstEntry_WritesTheCanonicalBodyWithItsHashAsOneLine()
    {
        var path = _files.PathOf("audit.jsonl");
        using (var log = JsonLinesAuditLog.Open(path))
        {
            log.Append(new AuditRecord(AuditRecords.Start, "li.lei", "SalesRep", "SO-1001", "CommandAccepted", """{ "command": "Submit" }"""));
        }

        var body = """{"sequence":1,"at":"2026-11-25T03:00:00Z","actor":"li.lei","role":"SalesRep","orderId":"SO-1001","kind":"CommandAccepted","payload":{"command":"Submit"},"previousHash":"0000000000000000000000000000000000000000000000000000000000000000"}""";
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(body)));
        Assert.Equal(body[..^1] + $$""","hash":"{{hash}}"}""" + "\n", File.ReadAllText(path));
    }

    [Fact]
    public void Append_ReturnsTheEntryAsWrittenToTheFile()
    {
        var path = _files.PathOf("audit.jsonl");
        using var log = JsonLinesAuditLog.Open(path);

        var entry = log.Append(AuditRecords.Report(1));

        Assert.Contains($"\"hash\":\"{entry.Hash}\"", File.ReadAllText(path), StringComparison.Ordinal);
        Assert.Equal(entry, Assert.Single(log.Entries));
    }

    [Fact]
    public void Open_WrittenFile_HasTheSameEntriesAsWhenWritten()
    {
        var path = _files.PathOf("audit.jsonl");
        IReadOnlyList<AuditEntry> written;
        using (var log = JsonLinesAuditLog.Open(path))
        {
            log.Append(AuditRecords.Command(1, "SO-1", "Confirm"));
            log.Append(new AuditRecord(AuditRecords.Start, "王芳", null, null, "ExecutionReport", """{"note":"line\nbreak \"quoted\" \\ 😀"}"""));
            written = log.Entries;
        }

        using var reopened = JsonLinesAuditLog.Open(path);

        Assert.Equal(written, reopened.Entries);
        Assert.True(AuditChain.Verify(reopened.Entries).IsIntact);
    }

    [Fact]
    public void Append_AfterReopening_ContinuesTheSequenceAndChain()
    {
        var path = _files.Written(3);
        using var log = JsonLinesAuditLog.Open(path);
        var head = log.Head;

        var entry = log.Append(AuditRecords.Report(4));

        Assert.Equal((4L, head.Hash), (entry.Sequence, entry.PreviousHash));
        Assert.Equal(4, AuditFiles.Lines(path).Count);
        Assert.True(AuditChain.VerifyFile(path).IsIntact);
    }

    [Fact]
    public void Open_WithItsLastHead_Opens()
    {
        var path = _files.Written(3);
        var head = AuditChain.VerifyFile(path).Head;

        using var log = JsonLinesAuditLog.Open(path, head);

        Assert.Equal(head, log.Head);
    }

    [Fact]
    public void Open_AlteredFile_ThrowsNamingLineAndEntry()
    {
        var path = _files.Written(5);
        var lines = AuditFiles.Lines(path);
        lines[2] = lines[2].Replace("step 3", "step 8", StringComparison.Ordinal);
        AuditFiles.WriteLines(path, lines);

        var error = Assert.Throws<AuditLogCorruptException>(() => JsonLinesAuditLog.Open(path));

        Assert.Equal((path, 3, 3L, AuditProblemKind.Altered, false), (error.Path, error.LineNumber, error.Sequence, error.Kind, error.IsTornTail));
        Assert.Equal($"{path}:line 3: entry 3: hash does not match its content; the log was altered. Nothing was written.", error.Message);
    }

    [Fact]
    public void Open_AlteredFile_LeavesTheFileUnchanged()
    {
        var path = _files.Written(5);
        var lines = AuditFiles.Lines(path);
        lines[1] = lines[1].Replace("zhang.wei", "zhang.wex", StringComparison.Ordinal);
        AuditFiles.WriteLines(path, lines);
        var before = File.ReadAllBytes(path);

        Assert.Throws<AuditLogCorruptException>(() => JsonLinesAuditLog.Open(path));

        Assert.Equal(before, File.ReadAllBytes(path));
        Assert.Equal([path, path + ".lock"], Directory.GetFiles(Path.GetDirectoryName(path)!).Order(StringComparer.Ordinal)); // no other file but the writer lock's
    }

    [Fact]
    public void Open_LineRemoved_ThrowsNamingTheMissingEntry()
    {
        var path = _files.Written(5);
        var lines = AuditFiles.Lines(path);
        lines.RemoveAt(1);
        AuditFiles.WriteLines(path, lines);

        var error = Assert.Throws<AuditLogCorruptException>(() => JsonLinesAuditLog.Open(path));

        Assert.Equal((2, 2L, AuditProblemKind.OutOfSequence), (error.LineNumber, error.Sequence, error.Kind));
        Assert.Contains("entry 2 is missing", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Open_ExpectedHeadBeyondTheEnd_ThrowsHeadMismatch()
    {
        var path = _files.Written(5);
        var head = AuditChain.VerifyFile(path).Head;
        AuditFiles.WriteLines(path, AuditFiles.Lines(path).Take(4));

        var error = Assert.Throws<AuditLogCorruptException>(() => JsonLinesAuditLog.Open(path, head));

        Assert.Equal((5, 5L, AuditProblemKind.HeadMismatch), (error.LineNumber, error.Sequence, error.Kind));
    }

    [Fact]
    public void Open_FileOpenForWritingElsewhere_CanStillBeVerified()
    {
        var path = _files.Written(2);
        using var log = JsonLinesAuditLog.Open(path);
        log.Append(AuditRecords.Report(3));

        var result = AuditChain.VerifyFile(path);

        Assert.Equal((true, 3L), (result.IsIntact, result.EntriesVerified));
    }

    [Fact]
    public async Task Append_FromManyThreads_WritesAContiguousVerifiedFile()
    {
        var path = _files.PathOf("audit.jsonl");
        using (var log = JsonLinesAuditLog.Open(path))
        {
            await Parallel.ForAsync(1, 41, (minute, _) =>
            {
                log.Append(AuditRecords.Report(minute));
                return ValueTask.CompletedTask;
            });
        }

        var result = AuditChain.VerifyFile(path);

        Assert.Equal((true, 40L), (result.IsIntact, result.EntriesVerified));
    }

    [Fact]
    public void Open_EntryWithAPayloadNested64Deep_Reopens()
    {
        var path = _files.PathOf("audit.jsonl");
        var payload = "{\"x\":" + new string('[', 63) + new string(']', 63) + "}";
        using (var log = JsonLinesAuditLog.Open(path))
        {
            log.Append(new AuditRecord(AuditRecords.Start, "li.lei", null, null, "ExecutionReport", payload));
        }

        using var reopened = JsonLinesAuditLog.Open(path);

        Assert.Equal(payload, Assert.Single(reopened.Entries).Payload);
    }

    [Fact]
    public void Append_AfterAnotherWriterChangedTheFile_RefusesAndWritesNothing()
    {
        var path = _files.Written(2);
        using var log = JsonLinesAuditLog.Open(path);
        if (!TryAppendElsewhere(path, "{}\n"))
        {
            Assert.True(OperatingSystem.IsWindows(), "only Windows refuses a second writer outright");
            return;
        }

        var before = File.ReadAllBytes(path);

        var error = Assert.Throws<IOException>(() => log.Append(AuditRecords.Report(3)));

        Assert.Contains("changed since it was opened", error.Message, StringComparison.Ordinal);
        Assert.Equal(before, File.ReadAllBytes(path));
        Assert.Equal(2, log.Head.Sequence);
    }

    [Fact]
    public void Append_AfterAFailedAppend_IsRefused()
    {
        var path = _files.Written(2);
        using var log = JsonLinesAuditLog.Open(path);
        if (!TryAppendElsewhere(path, "{}\n"))
        {
            Assert.True(OperatingSystem.IsWindows(), "only Windows refuses a second writer outright");
            return;
        }

        Assert.Throws<IOException>(() => log.Append(AuditRecords.Report(3)));

        var error = Assert.Throws<InvalidOperationException>(() => log.Append(AuditRecords.Report(3)));
        Assert.Contains("an earlier append failed", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Append_AfterDispose_ThrowsObjectDisposed()
    {
        var log = JsonLinesAuditLog.Open(_files.PathOf("audit.jsonl"));
        log.Dispose();

        var error = Assert.Throws<ObjectDisposedException>(() => log.Append(AuditRecords.Report(1)));

        Assert.Equal(typeof(JsonLinesAuditLog).FullName, error.ObjectName);
    }

    [Fact]
    public void Open_PathWithRelativeSegments_IsKeptAsTheFullPath()
    {
        var path = _files.PathOf("audit.jsonl");

        using var log = JsonLinesAuditLog.Open(Path.Combine(Path.GetDirectoryName(path)!, "sub", "..", "audit.jsonl"));

        Assert.Equal(path, log.Path);
    }

    [Fact]
    public void Open_CorruptFileGivenWithRelativeSegments_NamesItsFullPath()
    {
        var path = _files.Written(2);
        var lines = AuditFiles.Lines(path);
        lines[1] = lines[1].Replace("step 2", "step 8", StringComparison.Ordinal);
        AuditFiles.WriteLines(path, lines);

        var error = Assert.Throws<AuditLogCorruptException>(() => JsonLinesAuditLog.Open(Path.Combine(Path.GetDirectoryName(path)!, "sub", "..", Path.GetFileName(path))));

        Assert.Equal(path, error.Path);
        Assert.StartsWith($"{path}:line 2: ", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Open_CorruptFile_LeavesItFreeForRepair()
    {
        var path = _files.Written(3);
        File.AppendAllText(path, "{\"sequence\":4,");
        Assert.Throws<AuditLogCorruptException>(() => JsonLinesAuditLog.Open(path));

        var repair = JsonLinesAuditLog.RepairTornTail(path);

        Assert.Equal((true, 3L), (repair.Repaired, repair.LastKeptSequence));
    }

    [Fact]
    public void Dispose_ClosesTheFile_SoItCanBeOpenedExclusively()
    {
        var path = _files.Written(2);
        var log = JsonLinesAuditLog.Open(path);

        log.Dispose();

        var repair = JsonLinesAuditLog.RepairTornTail(path);
        Assert.Equal((false, 2L), (repair.Repaired, repair.LastKeptSequence));
    }

    [Fact]
    public void Dispose_Twice_ThenAppend_ThrowsObjectDisposed()
    {
        var log = JsonLinesAuditLog.Open(_files.PathOf("audit.jsonl"));
        log.Dispose();

        log.Dispose();

        Assert.Equal(typeof(JsonLinesAuditLog).FullName, Assert.Throws<ObjectDisposedException>(() => log.Append(AuditRecords.Report(1))).ObjectName);
    }

    [Fact]
    public void Append_AfterReopeningALogOfManyEntries_KeepsEveryEntryInMemory()
    {
        var path = _files.Written(17);
        using var log = JsonLinesAuditLog.Open(path);

        log.Append(AuditRecords.Report(18));

        Assert.Equal(Enumerable.Range(1, 18).Select(i => (long)i), log.Entries.Select(e => e.Sequence));
        Assert.Equal(AuditChain.VerifyFile(path).Head, log.Head);
    }

    [Fact]
    public void Open_EmptyFile_AppendsTheFirstEntry()
    {
        var path = _files.PathOf("audit.jsonl");
        File.WriteAllBytes(path, []);
        using var log = JsonLinesAuditLog.Open(path);

        var entry = log.Append(AuditRecords.Report(1));

        Assert.Equal((1L, AuditHead.Empty.Hash), (entry.Sequence, entry.PreviousHash));
        Assert.Single(AuditFiles.Lines(path));
    }

    [Fact]
    public void Append_AfterAnotherWriterChangedTheFile_SaysByHowMuch()
    {
        var path = _files.Written(1);
        using var log = JsonLinesAuditLog.Open(path);
        var length = new FileInfo(path).Length;
        if (!TryAppendElsewhere(path, "{}\n"))
        {
            Assert.True(OperatingSystem.IsWindows(), "only Windows refuses a second writer outright");
            return;
        }

        var error = Assert.Throws<IOException>(() => log.Append(AuditRecords.Report(2)));

        Assert.Equal($"{path}: the file changed since it was opened ({length + 3} bytes instead of {length}); another process may be writing to it. Nothing was written.", error.Message);
    }

    [Fact]
    public void Append_AfterAFailedAppend_NamesTheFirstFailure()
    {
        var path = _files.Written(1);
        using var log = JsonLinesAuditLog.Open(path);
        if (!TryAppendElsewhere(path, "{}\n"))
        {
            Assert.True(OperatingSystem.IsWindows(), "only Windows refuses a second writer outright");
            return;
        }

        var first = Assert.Throws<IOException>(() => log.Append(AuditRecords.Report(2)));

        var error = Assert.Throws<InvalidOperationException>(() => log.Append(AuditRecords.Report(2)));
        Assert.Same(first, error.InnerException);
        Assert.StartsWith($"{path}: an earlier append failed ({first.Message})", error.Message, StringComparison.Ordinal);
    }

    private static bool TryAppendElsewhere(string path, string text)
    {
        try
        {
            File.AppendAllText(path, text);
            return true;
        }
        catch (IOException)
        {
            return false;
        }
    }
}
