using OrderConfirmation.Audit;

namespace OrderConfirmation.Tests.Audit;

/// <summary>
/// Lines rewritten with their hash recomputed (article 6.1: records are authentic): a line that is not an entry is
/// refused as unreadable at its own line, and a well-formed rewrite breaks the chain at the next line.
/// </summary>
public sealed class ForgedLineTests : IDisposable
{
    private readonly AuditFiles _files = new();

    public void Dispose() => _files.Dispose();

    /// <summary>Edits of line 2's body (entry 2, an execution report by zhang.wei) that leave no readable entry.</summary>
    public static TheoryData<string> NotAnEntry => [.. NotAnEntryEdits.Keys];

    /// <summary>Damage to the hash at the end of line 2, each of a kind the reader must refuse before reading the body.</summary>
    public static TheoryData<string> HashDamage => [.. HashDamages.Keys];

    /// <summary>Each edit: the text replaced, its replacement, and the reason the problem gives (null where .NET's own words are used).</summary>
    private static readonly Dictionary<string, (string Original, string Replacement, string? Reason)> NotAnEntryEdits = new()
    {
        ["sequence not a whole number"] = ("\"sequence\":2,", "\"sequence\":2.5,", "sequence is not a whole number"),
        ["sequence as text"] = ("\"sequence\":2,", "\"sequence\":\"2\",", "sequence is missing or of the wrong type"),
        ["at not an instant"] = ("\"at\":\"2026-11-25T03:02:00Z\"", "\"at\":\"25/11/2026 03:02\"", "at is not an ISO instant"),
        ["at missing"] = ("\"at\":\"2026-11-25T03:02:00Z\",", string.Empty, "at is missing or of the wrong type"),
        ["actor null"] = ("\"actor\":\"zhang.wei\"", "\"actor\":null", "actor is missing or of the wrong type"),
        ["actor with an unpaired surrogate"] = ("\"actor\":\"zhang.wei\"", "\"actor\":\"zhang\\ud800\"", null),
        ["role not a name"] = ("\"role\":\"ExecutionOfficer\"", "\"role\":\"Execution Officer\"", "role is not a name"),
        ["role a number"] = ("\"role\":\"ExecutionOfficer\"", "\"role\":7", "role is missing or of the wrong type"),
        ["order id missing"] = ("\"orderId\":\"SO-1001\",", string.Empty, "orderId is missing or of the wrong type"),
        ["order id a number"] = ("\"orderId\":\"SO-1001\"", "\"orderId\":1001", "orderId is missing or of the wrong type"),
        ["kind not a name"] = ("\"kind\":\"ExecutionReport\"", "\"kind\":\"\"", "kind is not a name"),
        ["payload not an object"] = ("\"payload\":{\"milestone\":\"step 2\"}", "\"payload\":\"step 2\"", "payload is missing or of the wrong type"),
        ["previous hash missing"] = ("\"previousHash\":", "\"previous\":", "previousHash is missing or of the wrong type"),
        ["a property twice"] = ("\"actor\":\"zhang.wei\"", "\"actor\":\"zhang.wei\",\"actor\":\"zhang.wei\"", null),
        ["not JSON"] = ("\"sequence\":2,", "\"sequence\":2,,", null),
    };

    [Theory]
    [MemberData(nameof(NotAnEntry))]
    public void VerifyFile_LineThatIsNotAnEntryWithItsHashRecomputed_IsUnreadableAtThatLine(string edit)
    {
        var (original, replacement, reason) = NotAnEntryEdits[edit];
        var path = Forge(2, body => Replace(body, original, replacement));

        var result = AuditChain.VerifyFile(path);

        Assert.Equal((false, 1L, 2L, 2, AuditProblemKind.Unreadable), (result.IsIntact, result.EntriesVerified, result.FirstBadSequence, result.FirstBadLine, result.ProblemKind));
        Assert.StartsWith("entry 2: the line is not an audit entry (", result.Problem, StringComparison.Ordinal);
        Assert.EndsWith("); the log was altered or damaged.", result.Problem, StringComparison.Ordinal);
        if (reason is not null)
        {
            Assert.Equal($"entry 2: the line is not an audit entry ({reason}); the log was altered or damaged.", result.Problem);
        }
    }

    [Fact]
    public void Open_LineThatIsNotAnEntryWithItsHashRecomputed_ThrowsNamingTheLine()
    {
        var path = Forge(2, body => Replace(body, "\"kind\":\"ExecutionReport\"", "\"kind\":\"Execution-Report\""));

        var error = Assert.Throws<AuditLogCorruptException>(() => JsonLinesAuditLog.Open(path));

        Assert.Equal((2, 2L, AuditProblemKind.Unreadable), (error.LineNumber, error.Sequence, error.Kind));
        Assert.Contains("kind is not a name", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void VerifyFile_EntryRewrittenWithItsHashRecomputed_FailsAtTheNextLineAsBrokenLink()
    {
        var path = Forge(2, body => Replace(body, "step 2", "step 9"));

        var result = AuditChain.VerifyFile(path);

        Assert.Equal((2L, 3L, 3, AuditProblemKind.BrokenLink), (result.EntriesVerified, result.FirstBadSequence, result.FirstBadLine, result.ProblemKind));
        Assert.Equal("entry 3 does not link to entry 2: an entry was removed, replaced or reordered.", result.Problem);
    }

    [Fact]
    public void VerifyFile_LastEntryRewrittenWithItsHashRecomputed_IsCaughtOnlyByTheCheckpointedHead()
    {
        var path = _files.Written(3);
        var head = AuditChain.VerifyFile(path).Head;
        var lines = AuditFiles.Lines(path);
        lines[2] = ForgedLines.Edit(lines[2], body => Replace(body, "step 3", "step 9"));
        AuditFiles.WriteLines(path, lines);

        var withoutHead = AuditChain.VerifyFile(path);
        var result = AuditChain.VerifyFile(path, head);

        Assert.True(withoutHead.IsIntact, withoutHead.Problem);
        Assert.Equal((false, 2L, 3L, 3, AuditProblemKind.HeadMismatch), (result.IsIntact, result.EntriesVerified, result.FirstBadSequence, result.FirstBadLine, result.ProblemKind));
        Assert.StartsWith("entry 3 does not match the checkpointed head", result.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void VerifyFile_FirstEntryLinkedToSomethingOtherThanTheStart_FailsAtLineOneAsBrokenLink()
    {
        var path = Forge(1, body => Replace(body, new string('0', 64), new string('1', 64)));

        var result = AuditChain.VerifyFile(path);

        Assert.Equal((0L, 1L, 1, AuditProblemKind.BrokenLink), (result.EntriesVerified, result.FirstBadSequence, result.FirstBadLine, result.ProblemKind));
        Assert.Equal("entry 1 does not link to the start of the log: an entry was removed, replaced or reordered.", result.Problem);
    }

    private static readonly Dictionary<string, Func<string, string>> HashDamages = new()
    {
        ["hash in capitals"] = line => line[..^66] + line[^66..^2].ToUpperInvariant() + "\"}",
        ["digit before 0"] = line => line[..^3] + "/\"}",
        ["digit after 9"] = line => line[..^3] + ":\"}",
        ["letter before a"] = line => line[..^3] + "`\"}",
        ["letter after f"] = line => line[..^3] + "g\"}",
        ["hash one digit short"] = line => line[..^3] + "\"}",
        ["hash property renamed"] = line => line.Replace(",\"hash\":\"", ",\"hush\":\"", StringComparison.Ordinal),
        ["no closing brace"] = line => line[..^1],
        ["space after the closing brace"] = line => line + " ",
        ["no hash at all"] = ForgedLines.Body,
    };

    [Theory]
    [MemberData(nameof(HashDamage))]
    public void VerifyFile_LineWithoutAWellFormedHash_IsUnreadableAtThatLine(string damage)
    {
        var path = _files.Written(3);
        var lines = AuditFiles.Lines(path);
        lines[1] = HashDamages[damage](lines[1]);
        AuditFiles.WriteLines(path, lines);

        var result = AuditChain.VerifyFile(path);

        Assert.Equal((1L, 2L, 2, AuditProblemKind.Unreadable), (result.EntriesVerified, result.FirstBadSequence, result.FirstBadLine, result.ProblemKind));
        Assert.Equal("entry 2: the line does not end with the entry's hash; the log was altered or damaged.", result.Problem);
    }

    [Fact]
    public void VerifyFile_LineTooShortToHoldAHash_IsUnreadable()
    {
        var path = _files.Written(3);
        var lines = AuditFiles.Lines(path);
        lines[1] = new string('x', 72) + "\"}";
        AuditFiles.WriteLines(path, lines);

        var result = AuditChain.VerifyFile(path);

        Assert.Equal((2, AuditProblemKind.Unreadable), (result.FirstBadLine, result.ProblemKind));
        Assert.Equal("entry 2: the line does not end with the entry's hash; the log was altered or damaged.", result.Problem);
    }

    [Theory]
    [InlineData(0, AuditProblemKind.Unreadable)]
    [InlineData(1, AuditProblemKind.Altered)]
    public void VerifyFile_LineOfTheShortestLengthThatHoldsAHash_IsHashCheckedAndOneByteShorterIsUnreadable(int content, AuditProblemKind expected)
    {
        var path = _files.Written(3);
        var lines = AuditFiles.Lines(path);
        lines[1] = "{" + new string('x', content) + ",\"hash\":\"" + new string('0', 64) + "\"}";
        AuditFiles.WriteLines(path, lines);

        var result = AuditChain.VerifyFile(path);

        Assert.Equal((2, expected), (result.FirstBadLine, result.ProblemKind));
    }

    /// <summary>A file of three execution reports whose line <paramref name="line"/> has its body edited and its hash recomputed.</summary>
    private string Forge(int line, Func<string, string> edit)
    {
        var path = _files.Written(3);
        var lines = AuditFiles.Lines(path);
        lines[line - 1] = ForgedLines.Edit(lines[line - 1], edit);
        AuditFiles.WriteLines(path, lines);
        return path;
    }

    private static string Replace(string body, string original, string replacement)
    {
        Assert.Contains(original, body, StringComparison.Ordinal);
        return body.Replace(original, replacement, StringComparison.Ordinal);
    }
}
