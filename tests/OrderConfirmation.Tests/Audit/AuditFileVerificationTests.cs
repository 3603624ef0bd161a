using System.Text;
using OrderConfirmation.Audit;

namespace OrderConfirmation.Tests.Audit;

public sealed class AuditFileVerificationTests : IDisposable
{
    private readonly AuditFiles _files = new();

    public void Dispose() => _files.Dispose();

    [Fact]
    public void VerifyFile_WrittenFile_IsIntactUpToItsHead()
    {
        var path = _files.Written(4);

        var result = AuditChain.VerifyFile(path);

        Assert.True(result.IsIntact, result.Problem);
        Assert.Equal(4, result.EntriesVerified);
        using var log = JsonLinesAuditLog.Open(path);
        Assert.Equal(log.Head, result.Head);
    }

    [Fact]
    public void VerifyFile_OneByteChanged_NamesTheLine()
    {
        var path = _files.Written(4);
        var bytes = File.ReadAllBytes(path);
        var at = IndexOfLine(bytes, 3) + 20;
        bytes[at] ^= 0x01;
        File.WriteAllBytes(path, bytes);

        var result = AuditChain.VerifyFile(path);

        Assert.Equal((false, 3L, 3, AuditProblemKind.Altered), (result.IsIntact, result.FirstBadSequence, result.FirstBadLine, result.ProblemKind));
    }

    [Fact]
    public void VerifyFile_LinesSwapped_FailsAtTheFirstSwappedLine()
    {
        var path = _files.Written(4);
        var lines = AuditFiles.Lines(path);
        (lines[1], lines[2]) = (lines[2], lines[1]);
        AuditFiles.WriteLines(path, lines);

        var result = AuditChain.VerifyFile(path);

        Assert.Equal((2L, 2, AuditProblemKind.OutOfSequence), (result.FirstBadSequence, result.FirstBadLine, result.ProblemKind));
    }

    [Fact]
    public void VerifyFile_EmptyLineInTheMiddle_IsUnreadable()
    {
        var path = _files.Written(3);
        var lines = AuditFiles.Lines(path);
        lines.Insert(1, string.Empty);
        AuditFiles.WriteLines(path, lines);

        var result = AuditChain.VerifyFile(path);

        Assert.Equal((2L, 2, AuditProblemKind.Unreadable), (result.FirstBadSequence, result.FirstBadLine, result.ProblemKind));
    }

    [Fact]
    public void VerifyFile_LineReencodedWithItsHashRecomputed_FailsAsAltered()
    {
        var path = _files.Written(1);
        var line = AuditFiles.Lines(path)[0];
        var body = line[..line.IndexOf(",\"hash\":", StringComparison.Ordinal)].Replace("zhang.wei", "zhang.w\\u0065i", StringComparison.Ordinal) + "}";
        var hash = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(Encoding.UTF8.GetBytes(body)));
        AuditFiles.WriteLines(path, [body[..^1] + $$""","hash":"{{hash}}"}"""]);

        var result = AuditChain.VerifyFile(path);

        Assert.Equal((1L, AuditProblemKind.Altered), (result.FirstBadSequence, result.ProblemKind));
        Assert.Contains("not in the form the log writes", result.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void VerifyFile_TailCutWithoutExpectedHead_IsIntact()
    {
        var path = _files.Written(4);
        AuditFiles.WriteLines(path, AuditFiles.Lines(path).Take(2));

        Assert.True(AuditChain.VerifyFile(path).IsIntact);
    }

    [Fact]
    public void VerifyFile_TailCutWithExpectedHead_FailsAtTheFirstMissingEntry()
    {
        var path = _files.Written(4);
        var head = AuditChain.VerifyFile(path).Head;
        AuditFiles.WriteLines(path, AuditFiles.Lines(path).Take(2));

        var result = AuditChain.VerifyFile(path, head);

        Assert.Equal((3L, (int?)null, AuditProblemKind.HeadMismatch), (result.FirstBadSequence, result.FirstBadLine, result.ProblemKind));
    }

    [Fact]
    public void VerifyFile_EntriesLongerThanTheReadBuffer_AreReadBackExactly()
    {
        var (path, written) = WrittenWithLongEntries();

        var result = AuditChain.VerifyFile(path);
        using var reopened = JsonLinesAuditLog.Open(path);

        Assert.Equal((true, 6L), (result.IsIntact, result.EntriesVerified));
        Assert.Equal(written, reopened.Entries);
    }

    [Theory]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(5)]
    [InlineData(6)]
    public void VerifyFile_ByteChangedAfterEntriesLongerThanTheReadBuffer_NamesItsLine(int line)
    {
        var (path, _) = WrittenWithLongEntries();
        var bytes = File.ReadAllBytes(path);
        bytes[IndexOfLine(bytes, line + 1) - 10] ^= 0x01;
        File.WriteAllBytes(path, bytes);

        var result = AuditChain.VerifyFile(path);

        Assert.Equal((line - 1L, (long)line, line), (result.EntriesVerified, result.FirstBadSequence, result.FirstBadLine));
    }

    [Fact]
    public void VerifyFile_WithItsOwnHead_IsIntact()
    {
        var path = _files.Written(3);
        var head = AuditChain.VerifyFile(path).Head;

        var result = AuditChain.VerifyFile(path, head);

        Assert.Equal((true, 3L, head), (result.IsIntact, result.EntriesVerified, result.Head));
    }

    [Fact]
    public void VerifyFile_HeadOfAnotherLogAtEntryZero_FailsWithoutALine()
    {
        var path = _files.Written(2);

        var result = AuditChain.VerifyFile(path, new AuditHead(0, new string('e', 64)));

        Assert.Equal((AuditProblemKind.HeadMismatch, 1L, (int?)null), (result.ProblemKind, result.FirstBadSequence, result.FirstBadLine));
    }

    [Fact]
    public void VerifyFile_EmptyFile_IsIntactWithTheEmptyHead()
    {
        var path = _files.PathOf("empty.jsonl");
        File.WriteAllBytes(path, []);

        var result = AuditChain.VerifyFile(path);

        Assert.Equal((true, 0L, AuditHead.Empty), (result.IsIntact, result.EntriesVerified, result.Head));
    }

    [Fact]
    public void VerifyFile_AbsentFile_ThrowsFileNotFound()
    {
        Assert.Throws<FileNotFoundException>(() => AuditChain.VerifyFile(_files.PathOf("absent.jsonl")));
    }

    /// <summary>
    /// Six entries, three of them longer than the scanner's first 64 KiB buffer (the first longer than twice that, so
    /// the buffer must grow twice before the first line ends), so lines straddle buffer refills at uneven places.
    /// </summary>
    private (string Path, IReadOnlyList<AuditEntry> Written) WrittenWithLongEntries()
    {
        var path = _files.PathOf("long.jsonl");
        using var log = JsonLinesAuditLog.Open(path);
        int[] sizes = [150_000, 10, 20, 70_000, 40_000, 30];
        for (var i = 0; i < sizes.Length; i++)
        {
            log.Append(new AuditRecord(AuditRecords.Start, "zhang.wei", null, "SO-1001", "ExecutionReport", $$"""{"note":"{{new string((char)('a' + i), sizes[i])}}"}"""));
        }

        return (path, log.Entries);
    }

    private static int IndexOfLine(byte[] bytes, int line)
    {
        var at = 0;
        for (var n = 1; n < line; n++)
        {
            at = Array.IndexOf(bytes, (byte)'\n', at) + 1;
        }

        return at;
    }
}
