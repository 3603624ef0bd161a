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
    public void VerifyFile_AbsentFile_ThrowsFileNotFound()
    {
        Assert.Throws<FileNotFoundException>(() => AuditChain.VerifyFile(_files.PathOf("absent.jsonl")));
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
