using System.Text;
using OrderConfirmation.Audit;

namespace OrderConfirmation.Tests.Audit;

/// <summary>An append interrupted half-way (the process killed mid-write) leaves an incomplete last line: a torn tail.</summary>
public sealed class TornTailTests : IDisposable
{
    private readonly AuditFiles _files = new();

    public void Dispose() => _files.Dispose();

    [Fact]
    public void Open_TornTail_ThrowsTornTailNamingTheUnfinishedEntry()
    {
        var (path, _) = WithTornTail(3);

        var error = Assert.Throws<AuditLogCorruptException>(() => JsonLinesAuditLog.Open(path));

        Assert.True(error.IsTornTail);
        Assert.Equal((4, 4L, AuditProblemKind.TornTail), (error.LineNumber, error.Sequence, error.Kind));
        Assert.Contains("line 4: entry 4: the last line is incomplete", error.Message, StringComparison.Ordinal);
        Assert.Contains("RepairTornTail", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void VerifyFile_TornTail_SaysHowManyBytesAreIncompleteAndWhichEntriesAreIntact()
    {
        var (path, torn) = WithTornTail(3);

        var result = AuditChain.VerifyFile(path);

        Assert.Equal(
            $"entry 4: the last line is incomplete ({torn.Length} bytes without a line end): a write was interrupted, for example by the process being killed mid-append, and the entry was never acknowledged. "
            + "Entries 1 to 3 are intact; JsonLinesAuditLog.RepairTornTail moves the incomplete line to a side file.",
            result.Problem);
    }

    [Fact]
    public void VerifyFile_TornTailAfterEntriesLongerThanTheReadBuffer_IsATornTailAtItsLine()
    {
        var path = _files.PathOf("long.jsonl");
        using (var log = JsonLinesAuditLog.Open(path))
        {
            log.Append(new AuditRecord(AuditRecords.Start, "zhang.wei", null, "SO-1001", "ExecutionReport", $$"""{"note":"{{new string('a', 100_000)}}"}"""));
        }

        File.AppendAllText(path, "{\"sequence\":2,\"note\":\"" + new string('b', 70_000));

        var result = AuditChain.VerifyFile(path);

        Assert.Equal((true, 1L, 2L, 2), (result.IsTornTail, result.EntriesVerified, result.FirstBadSequence, result.FirstBadLine));
    }

    [Fact]
    public void Open_TornTail_LeavesTheFileUnchanged()
    {
        var (path, _) = WithTornTail(3);
        var before = File.ReadAllBytes(path);

        Assert.Throws<AuditLogCorruptException>(() => JsonLinesAuditLog.Open(path));

        Assert.Equal(before, File.ReadAllBytes(path));
    }

    [Fact]
    public void Open_CompleteEntryWithoutItsLineFeed_IsATornTail()
    {
        var path = _files.Written(2);
        var bytes = File.ReadAllBytes(path);
        File.WriteAllBytes(path, bytes[..^1]);

        var error = Assert.Throws<AuditLogCorruptException>(() => JsonLinesAuditLog.Open(path));

        Assert.Equal((2, AuditProblemKind.TornTail), (error.LineNumber, error.Kind));
    }

    [Fact]
    public void VerifyFile_TornTail_ReportsItWithTheEntriesBefore()
    {
        var (path, _) = WithTornTail(3);

        var result = AuditChain.VerifyFile(path);

        Assert.Equal((true, 3L, 4L, 4), (result.IsTornTail, result.EntriesVerified, result.FirstBadSequence, result.FirstBadLine));
    }

    [Fact]
    public void RepairTornTail_TornTail_KeepsTheCompleteEntriesAndMovesTheTornBytesToASideFile()
    {
        var (path, torn) = WithTornTail(3);
        var complete = File.ReadAllBytes(path)[..^torn.Length];

        var repair = JsonLinesAuditLog.RepairTornTail(path);

        Assert.Equal((true, path + ".torn-1", (long)torn.Length, 3L), (repair.Repaired, repair.SideFilePath, repair.BytesMoved, repair.LastKeptSequence));
        Assert.Equal(torn, File.ReadAllBytes(repair.SideFilePath!));
        Assert.Equal(complete, File.ReadAllBytes(path));
    }

    [Fact]
    public void RepairTornTail_ThenOpen_AppendContinuesAfterTheLastCompleteEntry()
    {
        var (path, _) = WithTornTail(3);
        var repair = JsonLinesAuditLog.RepairTornTail(path);

        using (var log = JsonLinesAuditLog.Open(path))
        {
            var entry = log.Append(AuditRecords.Report(4));
            Assert.Equal((4L, repair.Head.Hash), (entry.Sequence, entry.PreviousHash));
        }

        Assert.Equal((true, 4L), (AuditChain.VerifyFile(path).IsIntact, AuditChain.VerifyFile(path).EntriesVerified));
    }

    [Fact]
    public void RepairTornTail_TornTail_ReportsTheHeadOfTheCompleteEntries()
    {
        var (path, _) = WithTornTail(3);

        var repair = JsonLinesAuditLog.RepairTornTail(path);

        Assert.Equal((path, AuditChain.VerifyFile(path).Head), (repair.Path, repair.Head));
        Assert.Equal(3, repair.Head.Sequence);
    }

    [Fact]
    public void RepairTornTail_OnlyLineTorn_LeavesAnEmptyLog()
    {
        var (path, torn) = WithTornTail(0);

        var repair = JsonLinesAuditLog.RepairTornTail(path);

        Assert.Equal((true, 0L, AuditHead.Empty, (long)torn.Length), (repair.Repaired, repair.LastKeptSequence, repair.Head, repair.BytesMoved));
        Assert.Equal(0, new FileInfo(path).Length);
    }

    [Fact]
    public void RepairTornTail_TornLineLongerThanTheReadBuffer_MovesItWhole()
    {
        var path = _files.Written(2);
        var torn = Encoding.UTF8.GetBytes("{\"sequence\":3,\"note\":\"" + new string('c', 150_000));
        var complete = File.ReadAllBytes(path);
        File.WriteAllBytes(path, [.. complete, .. torn]);

        var repair = JsonLinesAuditLog.RepairTornTail(path);

        Assert.Equal(((long)torn.Length, 2L), (repair.BytesMoved, repair.LastKeptSequence));
        Assert.Equal(torn, File.ReadAllBytes(repair.SideFilePath!));
        Assert.Equal(complete, File.ReadAllBytes(path));
    }

    [Fact]
    public void RepairTornTail_IntactFile_ReportsItsHeadAndNoSideFile()
    {
        var path = _files.Written(3);

        var repair = JsonLinesAuditLog.RepairTornTail(path);

        Assert.Equal((path, (string?)null, AuditChain.VerifyFile(path).Head), (repair.Path, repair.SideFilePath, repair.Head));
        Assert.Equal([path, path + ".lock"], Directory.GetFiles(Path.GetDirectoryName(path)!).Order(StringComparer.Ordinal)); // no side file, only the writer lock's file
    }

    [Fact]
    public void RepairTornTail_AbsentFile_ThrowsFileNotFoundAndCreatesNothing()
    {
        var path = _files.PathOf("absent.jsonl");

        Assert.Throws<FileNotFoundException>(() => JsonLinesAuditLog.RepairTornTail(path));

        Assert.False(File.Exists(path));
    }

    [Fact]
    public void RepairTornTail_SideFileNameTaken_UsesTheNextNumber()
    {
        var (path, _) = WithTornTail(2);
        File.WriteAllText(path + ".torn-1", "earlier");

        var repair = JsonLinesAuditLog.RepairTornTail(path);

        Assert.Equal(path + ".torn-2", repair.SideFilePath);
        Assert.Equal("earlier", File.ReadAllText(path + ".torn-1"));
    }

    [Fact]
    public void RepairTornTail_IntactFile_ChangesNothing()
    {
        var path = _files.Written(3);
        var before = File.ReadAllBytes(path);

        var repair = JsonLinesAuditLog.RepairTornTail(path);

        Assert.Equal((false, 0L, 3L), (repair.Repaired, repair.BytesMoved, repair.LastKeptSequence));
        Assert.Equal(before, File.ReadAllBytes(path));
    }

    [Fact]
    public void RepairTornTail_AlteredEntryBeforeTheTornTail_RefusesAndChangesNothing()
    {
        var (path, torn) = WithTornTail(3);
        var lines = AuditFiles.Lines(path);
        lines[0] = lines[0].Replace("step 1", "step 7", StringComparison.Ordinal);
        AuditFiles.WriteLines(path, lines);
        File.AppendAllText(path, Encoding.UTF8.GetString(torn));
        var before = File.ReadAllBytes(path);

        var error = Assert.Throws<AuditLogCorruptException>(() => JsonLinesAuditLog.RepairTornTail(path));

        Assert.Equal((1, AuditProblemKind.Altered), (error.LineNumber, error.Kind));
        Assert.Contains("Nothing was changed", error.Message, StringComparison.Ordinal);
        Assert.Equal(before, File.ReadAllBytes(path));
        Assert.False(File.Exists(path + ".torn-1"));
    }

    [Fact]
    public void RepairTornTail_FileOpenForWriting_ThrowsAndChangesNothing()
    {
        var path = _files.Written(2);
        using var log = JsonLinesAuditLog.Open(path);
        var before = File.ReadAllBytes(path);

        Assert.ThrowsAny<IOException>(() => JsonLinesAuditLog.RepairTornTail(path));

        Assert.Equal(before, File.ReadAllBytes(path));
    }

    /// <summary>A file of <paramref name="complete"/> entries followed by the first half of the next entry's line.</summary>
    private (string Path, byte[] Torn) WithTornTail(int complete)
    {
        var path = _files.Written(complete + 1);
        var bytes = File.ReadAllBytes(path);
        var lastLineStart = Array.LastIndexOf(bytes, (byte)'\n', bytes.Length - 2) + 1;
        var torn = bytes[lastLineStart..(lastLineStart + ((bytes.Length - lastLineStart) / 2))];
        File.WriteAllBytes(path, [.. bytes[..lastLineStart], .. torn]);
        return (path, torn);
    }
}
