using System.Text;
using System.Text.Json;
using NodaTime;
using OrderConfirmation.Audit;

namespace OrderConfirmation.Cli.Tests;

/// <summary>
/// <c>orderconfirm audit verify</c> (issue 14): exit 0 intact with the entries checked and the head; 5 broken or
/// tampered, naming the first bad entry's sequence and line, also a file that does not reach the expected head;
/// 2 a file that cannot be read or is not an audit log; 1 misuse.
/// </summary>
public sealed class AuditVerifyCommandTests : IDisposable
{
    private static readonly string Sample = Path.Combine(AppContext.BaseDirectory, "samples", "audit", "trail.jsonl");

    private readonly string _temp = Directory.CreateTempSubdirectory("oc-audittests-").FullName;

    public void Dispose() => Directory.Delete(_temp, recursive: true);

    [Fact]
    public void Verify_IntactFile_ExitsZeroAndPrintsTheEntriesCheckedAndTheHead()
    {
        var (path, head) = Written(3);

        var (exitCode, output, error) = CliRun.Run("audit", "verify", path);

        Assert.Equal(0, exitCode);
        Assert.Empty(error);
        Assert.Equal($"{path}: intact, 3 entries verified\nhead: 3:{head.Hash}\n", output.ReplaceLineEndings("\n"));
    }

    [Fact]
    public void Verify_SampleTrail_IsIntact()
    {
        var (exitCode, output, _) = CliRun.Run("audit", "verify", Sample);

        Assert.Equal(0, exitCode);
        Assert.Contains("intact", output, StringComparison.Ordinal);
        Assert.Contains($"head: {Lines(Sample).Count}:", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Verify_OneByteChangedInTheMiddle_ExitsFiveNamingTheEntryAndLine()
    {
        var path = Copy(Sample);
        var lines = Lines(path);
        var middle = lines.Count / 2; // 0-based
        var bytes = File.ReadAllBytes(path);
        var offset = lines.Take(middle).Sum(l => Encoding.UTF8.GetByteCount(l) + 1) + lines[middle].IndexOf("\"actor\":\"", StringComparison.Ordinal) + 9;
        bytes[offset] ^= 0x01; // one letter of the actor's name
        File.WriteAllBytes(path, bytes);

        var (exitCode, output, _) = CliRun.Run("audit", "verify", path);

        Assert.Equal(5, exitCode);
        Assert.Contains($"broken at entry {middle + 1} (line {middle + 1})", output, StringComparison.Ordinal);
        Assert.Contains("altered", output, StringComparison.Ordinal);
        Assert.DoesNotContain("intact", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Verify_OneByteChangedAsJson_NamesSequenceLineAndKind()
    {
        var (path, _) = Written(5);
        var text = File.ReadAllText(path);
        File.WriteAllText(path, text.Replace("step 3", "step 8", StringComparison.Ordinal));

        var (exitCode, output, _) = CliRun.Run("audit", "verify", path, "--json");

        Assert.Equal(5, exitCode);
        var json = Json(output);
        Assert.False(json.GetProperty("intact").GetBoolean());
        Assert.Equal(2, json.GetProperty("entriesVerified").GetInt64());
        var firstBad = json.GetProperty("firstBad");
        Assert.Equal((3, 3, "Altered"), (firstBad.GetProperty("sequence").GetInt64(), firstBad.GetProperty("line").GetInt32(), firstBad.GetProperty("kind").GetString()));
        Assert.Contains("entry 3", firstBad.GetProperty("problem").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Verify_TruncatedFileAgainstTheExpectedHead_ExitsFive()
    {
        var (path, head) = Written(5);
        File.WriteAllLines(path, Lines(path).Take(3));

        var (exitCode, output, _) = CliRun.Run("audit", "verify", path, "--expect-head", $"{head.Sequence}:{head.Hash}", "--json");

        Assert.Equal(5, exitCode);
        var json = Json(output);
        Assert.Equal(3, json.GetProperty("entriesVerified").GetInt64());
        var firstBad = json.GetProperty("firstBad");
        Assert.Equal(4, firstBad.GetProperty("sequence").GetInt64());
        Assert.Equal(JsonValueKind.Null, firstBad.GetProperty("line").ValueKind); // missing from the end
        Assert.Equal("HeadMismatch", firstBad.GetProperty("kind").GetString());
    }

    [Fact]
    public void Verify_TruncatedFileWithoutTheExpectedHead_IsIntact()
    {
        var (path, _) = Written(5);
        File.WriteAllLines(path, Lines(path).Take(3));

        Assert.Equal(0, CliRun.Run("audit", "verify", path).ExitCode); // the chain alone cannot show a cut end
    }

    [Fact]
    public void Verify_TruncatedFileAgainstTheExpectedHead_SaysWhichEntryIsMissing()
    {
        var (path, head) = Written(5);
        File.WriteAllLines(path, Lines(path).Take(3));

        var (_, output, _) = CliRun.Run("audit", "verify", path, "--expect-head", $"{head.Sequence}:{head.Hash}");

        Assert.Contains("broken at entry 4 (missing from the end of the file)", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Verify_HeadOfAnotherLogAtTheSameSequence_ExitsFive()
    {
        var (path, head) = Written(3);
        var other = head.Hash[..^1] + (head.Hash[^1] == '0' ? '1' : '0');

        var (exitCode, output, _) = CliRun.Run("audit", "verify", path, "--expect-head", $"3:{other}");

        Assert.Equal(5, exitCode);
        Assert.Contains("line 3", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Verify_ExpectedHeadReachedAndMatched_ExitsZero()
    {
        var (path, head) = Written(3);
        AppendReports(path, 4, 5); // the log grew after the checkpoint

        var (exitCode, output, _) = CliRun.Run("audit", "verify", path, "--expect-head", $"{head.Sequence}:{head.Hash.ToUpperInvariant()}");

        Assert.Equal(0, exitCode);
        Assert.Contains("5 entries verified", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Verify_BareHashOfTheHead_ExitsZero()
    {
        var (path, head) = Written(3);

        var (exitCode, output, _) = CliRun.Run("audit", "verify", path, "--expect-head", head.Hash);

        Assert.Equal(0, exitCode);
        Assert.Contains("3 entries verified", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Verify_BareHashOfAnEarlierHead_ExitsFiveNamingTheHeadEntryAndLine()
    {
        var (path, earlier) = Written(3);
        AppendReports(path, 4, 5); // the trail's head has moved on: a bare hash is the head's

        var (exitCode, output, _) = CliRun.Run("audit", "verify", path, "--expect-head", earlier.Hash, "--json");

        Assert.Equal(5, exitCode);
        var json = Json(output);
        var firstBad = json.GetProperty("firstBad");
        Assert.Equal((5L, 5, "HeadMismatch"), (firstBad.GetProperty("sequence").GetInt64(), firstBad.GetProperty("line").GetInt32(), firstBad.GetProperty("kind").GetString()));
        Assert.Equal((5L, earlier.Hash), (json.GetProperty("expectedHead").GetProperty("sequence").GetInt64(), json.GetProperty("expectedHead").GetProperty("hash").GetString()));
    }

    [Fact]
    public void Verify_BareHashOnAnEmptyFile_IsTheEmptyLogsHashOrNothing()
    {
        var path = Path.Combine(_temp, "empty.jsonl");
        File.WriteAllBytes(path, []);

        Assert.Equal(0, CliRun.Run("audit", "verify", path, "--expect-head", new string('0', 64)).ExitCode);
        Assert.Equal(5, CliRun.Run("audit", "verify", path, "--expect-head", new string('a', 64)).ExitCode);
    }

    [Fact]
    public void Verify_TornLastLine_ExitsFive()
    {
        var (path, _) = Written(3);
        File.AppendAllText(path, "{\"sequence\":4,");

        var (exitCode, output, _) = CliRun.Run("audit", "verify", path);

        Assert.Equal(5, exitCode);
        Assert.Contains("broken at entry 4 (line 4)", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Verify_EmptyFile_IsAnIntactEmptyLog()
    {
        var path = Path.Combine(_temp, "empty.jsonl");
        File.WriteAllBytes(path, []);

        var (exitCode, output, _) = CliRun.Run("audit", "verify", path);

        Assert.Equal(0, exitCode);
        Assert.Contains($"head: 0:{new string('0', 64)}", output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{\"type\":\"order\",\"orderId\":\"SO-1\"}\n")]
    [InlineData("orderId,actor\nSO-1,li.lei\n")]
    [InlineData("not an audit log")]
    public void Verify_FileThatIsNotAnAuditLog_ExitsTwoNamingTheFile(string content)
    {
        var path = Path.Combine(_temp, "other.jsonl");
        File.WriteAllText(path, content);

        var (exitCode, output, error) = CliRun.Run("audit", "verify", path);

        Assert.Equal(2, exitCode);
        Assert.Empty(output);
        Assert.StartsWith($"error: {path}:line 1: not an audit log", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Verify_KpiRecords_ExitsTwo()
    {
        var kpi = Path.Combine(AppContext.BaseDirectory, "samples", "kpi", "records.jsonl");

        Assert.Equal(2, CliRun.Run("audit", "verify", kpi, "--json").ExitCode);
    }

    [Fact]
    public void Verify_MissingFile_ExitsTwoNamingTheFile()
    {
        var path = Path.Combine(_temp, "absent.jsonl");

        var (exitCode, output, error) = CliRun.Run("audit", "verify", path);

        Assert.Equal(2, exitCode);
        Assert.Empty(output);
        Assert.StartsWith($"error: {path}: cannot be read", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Verify_Directory_ExitsTwo()
    {
        Assert.Equal(2, CliRun.Run("audit", "verify", _temp).ExitCode);
    }

    [Theory]
    [InlineData("12")]
    [InlineData("abc:0000000000000000000000000000000000000000000000000000000000000000")]
    [InlineData("-1:0000000000000000000000000000000000000000000000000000000000000000")]
    [InlineData("3:000000000000000000000000000000000000000000000000000000000000000")]
    [InlineData("3:000000000000000000000000000000000000000000000000000000000000000g")]
    [InlineData(":0000000000000000000000000000000000000000000000000000000000000000")]
    public void Verify_MalformedExpectedHead_ExitsOneAndReadsNothing(string head)
    {
        var path = Path.Combine(_temp, "absent.jsonl"); // misuse is reported before the file is looked at

        var (exitCode, output, error) = CliRun.Run("audit", "verify", path, "--expect-head", head);

        Assert.Equal(1, exitCode);
        Assert.Empty(output);
        Assert.StartsWith($"error: --expect-head: '{head}' is not a head", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("audit", "verify")]
    [InlineData("audit", "verify", "a.jsonl", "--bogus")]
    [InlineData("audit", "verify", "a.jsonl", "--expect-head")]
    [InlineData("audit", "verify", "a.jsonl", "b.jsonl")]
    [InlineData("audit", "check", "a.jsonl")]
    public void Verify_BadCommandLine_ExitsOne(params string[] args)
    {
        Assert.Equal(1, CliRun.Run(args).ExitCode);
    }

    [Fact]
    public void Verify_Json_IsOneObjectWithTheDocumentedFields()
    {
        var (path, head) = Written(2);

        var (exitCode, output, _) = CliRun.Run("audit", "verify", path, "--json", "--expect-head", $"1:{Lines(path)[0][^66..^2]}");

        Assert.Equal(0, exitCode);
        Assert.Single(output.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        var json = Json(output);
        Assert.Equal(["file", "intact", "entriesVerified", "head", "expectedHead", "firstBad"], json.EnumerateObject().Select(p => p.Name));
        Assert.Equal(path, json.GetProperty("file").GetString());
        Assert.True(json.GetProperty("intact").GetBoolean());
        Assert.Equal(2, json.GetProperty("entriesVerified").GetInt64());
        Assert.Equal(["sequence", "hash"], json.GetProperty("head").EnumerateObject().Select(p => p.Name));
        Assert.Equal((2L, head.Hash), (json.GetProperty("head").GetProperty("sequence").GetInt64(), json.GetProperty("head").GetProperty("hash").GetString()));
        Assert.Equal(1, json.GetProperty("expectedHead").GetProperty("sequence").GetInt64());
        Assert.Equal(JsonValueKind.Null, json.GetProperty("firstBad").ValueKind);
    }

    [Fact]
    public void Verify_JsonWhenBroken_FirstBadHasTheDocumentedFields()
    {
        var (path, _) = Written(2);
        File.WriteAllText(path, File.ReadAllText(path).Replace("step 2", "step 9", StringComparison.Ordinal));

        var json = Json(CliRun.Run("audit", "verify", path, "--json").Output);

        Assert.Equal(JsonValueKind.Null, json.GetProperty("expectedHead").ValueKind);
        Assert.Equal(["sequence", "line", "kind", "problem"], json.GetProperty("firstBad").EnumerateObject().Select(p => p.Name));
    }

    [Fact]
    public void Verify_WhileAWriterHoldsTheFile_Verifies()
    {
        var (path, _) = Written(2);
        using var writer = JsonLinesAuditLog.Open(path);
        writer.Append(Report(3));

        var (exitCode, output, _) = CliRun.Run("audit", "verify", path);

        Assert.Equal(0, exitCode);
        Assert.Contains($"head: 3:{writer.Head.Hash}", output, StringComparison.Ordinal);
    }

    private static AuditRecord Report(int minute) =>
        new(Instant.FromUtc(2026, 11, 25, 3, 0) + Duration.FromMinutes(minute), "zhang.wei", "ExecutionOfficer", "SO-1001", "ExecutionReport", $$"""{"milestone":"step {{minute}}"}""");

    private static void AppendReports(string path, int first, int last)
    {
        using var log = JsonLinesAuditLog.Open(path);
        for (var minute = first; minute <= last; minute++)
        {
            log.Append(Report(minute));
        }
    }

    private static List<string> Lines(string path) => [.. File.ReadAllText(path).Split('\n', StringSplitOptions.RemoveEmptyEntries)];

    private static JsonElement Json(string output)
    {
        using var document = JsonDocument.Parse(output);
        return document.RootElement.Clone();
    }

    /// <summary>A new audit file with <paramref name="count"/> execution reports, closed again, and its head.</summary>
    private (string Path, AuditHead Head) Written(int count)
    {
        var path = Path.Combine(_temp, $"audit-{Guid.NewGuid():N}.jsonl");
        using var log = JsonLinesAuditLog.Open(path);
        for (var minute = 1; minute <= count; minute++)
        {
            log.Append(Report(minute));
        }

        return (path, log.Head);
    }

    private string Copy(string path)
    {
        var copy = Path.Combine(_temp, Path.GetFileName(path));
        File.Copy(path, copy);
        return copy;
    }
}
