using NodaTime;
using OrderConfirmation.Audit;
using OrderConfirmation.Lifecycle;

namespace OrderConfirmation.Tests.Audit;

public sealed class AuditChainTests
{
    /// <summary>Each way of altering one field of an entry after it was written.</summary>
    public static TheoryData<string> Alterations => [.. FieldAlterations.Keys];

    private static readonly Dictionary<string, Func<AuditEntry, AuditEntry>> FieldAlterations = new()
    {
        ["sequence"] = e => e with { Sequence = e.Sequence + 10 },
        ["at"] = e => e with { At = e.At + Duration.FromSeconds(1) },
        ["actor"] = e => e with { Actor = "someone.else" },
        ["role"] = e => e with { Role = "Auditor" },
        ["role removed"] = e => e with { Role = null },
        ["order"] = e => e with { OrderId = "SO-9999" },
        ["kind"] = e => e with { Kind = "CommandRefused" },
        ["payload"] = e => e with { Payload = """{"milestone":"step 99"}""" },
        ["payload not json"] = e => e with { Payload = "{" },
        ["previous hash"] = e => e with { PreviousHash = e.Hash },
        ["hash"] = e => e with { Hash = new string('a', 64) },
        ["hash removed"] = e => e with { Hash = null! },
        ["payload removed"] = e => e with { Payload = null! },
        ["payload two values"] = e => e with { Payload = "{}{}" },
        ["actor with an unpaired surrogate"] = e => e with { Actor = "zhang\ud800" },
        ["order with an unpaired surrogate"] = e => e with { OrderId = "SO-\udc00" },
    };

    [Fact]
    public void Verify_EntriesOfALog_IsIntact()
    {
        var log = AuditRecords.LogOf(5);

        var result = AuditChain.Verify(log.Entries);

        Assert.True(result.IsIntact, result.Problem);
        Assert.Equal((5L, log.Head), (result.EntriesVerified, result.Head));
        Assert.Null(result.FirstBadSequence);
    }

    [Fact]
    public void Verify_NoEntries_IsIntact()
    {
        var result = AuditChain.Verify([], AuditHead.Empty);

        Assert.True(result.IsIntact);
        Assert.Equal(0, result.EntriesVerified);
    }

    [Theory]
    [MemberData(nameof(Alterations))]
    public void Verify_OneFieldAltered_FailsAtThatEntryAsAltered(string field)
    {
        var entries = AuditRecords.LogOf(5).Entries.ToArray();
        entries[2] = FieldAlterations[field](entries[2]);

        var result = AuditChain.Verify(entries);

        Assert.Equal((false, 3L, AuditProblemKind.Altered), (result.IsIntact, result.FirstBadSequence, result.ProblemKind));
        Assert.Equal(2, result.EntriesVerified);
        Assert.StartsWith("entry 3: hash does not match its content", result.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Verify_MiddleEntryRemoved_NamesTheMissingEntry()
    {
        var entries = AuditRecords.LogOf(5).Entries.Where(e => e.Sequence != 3);

        var result = AuditChain.Verify(entries);

        Assert.Equal((false, 3L, AuditProblemKind.OutOfSequence), (result.IsIntact, result.FirstBadSequence, result.ProblemKind));
        Assert.Contains("entry 3 is missing: entry 4 is in its place", result.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Verify_FirstEntryRemoved_FailsAtEntryOne()
    {
        var result = AuditChain.Verify(AuditRecords.LogOf(3).Entries.Skip(1));

        Assert.Equal((1L, AuditProblemKind.OutOfSequence), (result.FirstBadSequence, result.ProblemKind));
    }

    [Fact]
    public void Verify_TwoEntriesSwapped_FailsAtTheFirstSwappedPlace()
    {
        var entries = AuditRecords.LogOf(5).Entries.ToArray();
        (entries[2], entries[3]) = (entries[3], entries[2]);

        var result = AuditChain.Verify(entries);

        Assert.Equal((3L, AuditProblemKind.OutOfSequence), (result.FirstBadSequence, result.ProblemKind));
        Assert.Contains("reordered", result.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Verify_EntryDuplicated_FailsAtTheDuplicate()
    {
        var entries = AuditRecords.LogOf(3).Entries;

        var result = AuditChain.Verify([entries[0], entries[1], entries[1], entries[2]]);

        Assert.Equal((3L, AuditProblemKind.OutOfSequence), (result.FirstBadSequence, result.ProblemKind));
        Assert.Contains("entry 2 appears again", result.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Verify_EntryReplacedWithItsHashRecomputed_FailsAtTheNextEntryAsBrokenLink()
    {
        var original = AuditRecords.LogOf(5).Entries;
        var forger = AuditRecords.LogOf(2);
        var forged = forger.Append(AuditRecords.Report(3, actor: "forger"));

        var result = AuditChain.Verify([original[0], original[1], forged, original[3], original[4]]);

        Assert.Equal((4L, AuditProblemKind.BrokenLink), (result.FirstBadSequence, result.ProblemKind));
        Assert.StartsWith("entry 4 does not link to entry 3", result.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Verify_TailCutWithoutExpectedHead_IsIntact()
    {
        var result = AuditChain.Verify(AuditRecords.LogOf(5).Entries.Take(3));

        Assert.True(result.IsIntact);
    }

    [Fact]
    public void Verify_TailCutWithExpectedHead_FailsAtTheFirstMissingEntry()
    {
        var log = AuditRecords.LogOf(5);

        var result = AuditChain.Verify(log.Entries.Take(3), log.Head);

        Assert.Equal((false, 4L, AuditProblemKind.HeadMismatch), (result.IsIntact, result.FirstBadSequence, result.ProblemKind));
        Assert.Contains("entries were cut from the end", result.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Verify_LogGrownSinceTheCheckpoint_IsIntact()
    {
        var log = AuditRecords.LogOf(3);
        var checkpoint = log.Head;
        log.Append(AuditRecords.Report(4));

        Assert.True(AuditChain.Verify(log.Entries, checkpoint).IsIntact);
    }

    [Fact]
    public void Verify_LogRewrittenBeforeTheCheckpoint_FailsAtTheCheckpointedEntry()
    {
        var checkpoint = AuditRecords.LogOf(4).Head;
        var rewritten = AuditRecords.LogOf(3);
        rewritten.Append(AuditRecords.Report(4, actor: "forger"));
        rewritten.Append(AuditRecords.Report(5));

        var result = AuditChain.Verify(rewritten.Entries, checkpoint);

        Assert.Equal((4L, 3L, AuditProblemKind.HeadMismatch), (result.FirstBadSequence, result.EntriesVerified, result.ProblemKind));
        Assert.Contains("rewritten", result.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Verify_NullInPlaceOfAnEntry_FailsThereAsOutOfSequence()
    {
        var entries = AuditRecords.LogOf(3).Entries;

        var result = AuditChain.Verify([entries[0], null!, entries[2]]);

        Assert.Equal((false, 1L, 2L, AuditProblemKind.OutOfSequence), (result.IsIntact, result.EntriesVerified, result.FirstBadSequence, result.ProblemKind));
        Assert.Equal("entry 2 is missing: the list holds nothing in its place.", result.Problem);
    }

    [Fact]
    public void Verify_OneFieldAltered_NamesTheEntryInTheProblem()
    {
        var entries = AuditRecords.LogOf(3).Entries.ToArray();
        entries[1] = entries[1] with { Actor = "someone.else" };

        var result = AuditChain.Verify(entries);

        Assert.Equal("entry 2: hash does not match its content; the entry was altered.", result.Problem);
    }

    [Fact]
    public void Verify_MiddleEntryRemoved_SaysWhatHappened()
    {
        var result = AuditChain.Verify(AuditRecords.LogOf(5).Entries.Where(e => e.Sequence != 3));

        Assert.Equal("entry 3 is missing: entry 4 is in its place; an entry was removed or the entries were reordered.", result.Problem);
        Assert.Equal(2, result.EntriesVerified);
        Assert.Null(result.FirstBadLine);
    }

    [Fact]
    public void Verify_FirstEntryLinkedToSomethingOtherThanTheStart_FailsAtEntryOneAsBrokenLink()
    {
        var foreign = AuditRecords.LogOf(1).Head.Hash;
        var body = $$"""{"sequence":1,"at":"2026-11-25T03:01:00Z","actor":"zhang.wei","role":"ExecutionOfficer","orderId":"SO-1001","kind":"ExecutionReport","payload":{"milestone":"step 1"},"previousHash":"{{foreign}}"}""";
        var spliced = new AuditEntry(1, AuditRecords.Start + Duration.FromMinutes(1), "zhang.wei", "ExecutionOfficer", "SO-1001", "ExecutionReport", """{"milestone":"step 1"}""", foreign, ForgedLines.Sha256(body));

        var result = AuditChain.Verify([spliced]);

        Assert.Equal((0L, 1L, AuditProblemKind.BrokenLink, AuditHead.Empty), (result.EntriesVerified, result.FirstBadSequence, result.ProblemKind, result.Head));
        Assert.Equal("entry 1 does not link to the start of the log: an entry was removed, replaced or reordered.", result.Problem);
    }

    [Fact]
    public void Verify_LogRewrittenBeforeTheCheckpoint_ReportsTheHeadBeforeTheRewrittenEntry()
    {
        var original = AuditRecords.LogOf(4);
        var rewritten = AuditRecords.LogOf(3);
        rewritten.Append(AuditRecords.Report(4, actor: "forger"));

        var result = AuditChain.Verify(rewritten.Entries, original.Head);

        Assert.Equal((3L, original.Entries[2].ToHead(), (int?)null), (result.EntriesVerified, result.Head, result.FirstBadLine));
        Assert.Equal($"entry 4 does not match the checkpointed head (its hash is {rewritten.Head.Hash}, the checkpoint says {original.Head.Hash}); the log was rewritten.", result.Problem);
    }

    [Fact]
    public void Verify_TailCutWithExpectedHead_SaysWhereTheLogEnds()
    {
        var log = AuditRecords.LogOf(5);

        var result = AuditChain.Verify(log.Entries.Take(3), log.Head);

        Assert.Equal((3L, log.Entries[2].ToHead()), (result.EntriesVerified, result.Head));
        Assert.Equal("entry 4 is missing: the log ends at entry 3 but the checkpointed head is entry 5; entries were cut from the end of the log.", result.Problem);
    }

    [Fact]
    public void Verify_CheckpointOfTheEmptyLog_IsIntactForAnyLogGrownFromIt()
    {
        var result = AuditChain.Verify(AuditRecords.LogOf(3).Entries, AuditHead.Empty);

        Assert.Equal((true, 3L), (result.IsIntact, result.EntriesVerified));
    }

    [Fact]
    public void Verify_CheckpointAtEntryZeroWithAnotherHash_FailsAsAnotherLogsHead()
    {
        var result = AuditChain.Verify(AuditRecords.LogOf(3).Entries, new AuditHead(0, new string('f', 64)));

        Assert.Equal((false, 0L, 1L, AuditProblemKind.HeadMismatch, AuditHead.Empty), (result.IsIntact, result.EntriesVerified, result.FirstBadSequence, result.ProblemKind, result.Head));
        Assert.Equal("the checkpointed head is entry 0 with a hash other than the empty log's; it belongs to another log.", result.Problem);
    }

    [Fact]
    public void Verify_CheckpointAtTheLastEntry_IsIntact()
    {
        var log = AuditRecords.LogOf(3);

        var result = AuditChain.Verify(log.Entries, log.Head);

        Assert.Equal((true, 3L, log.Head), (result.IsIntact, result.EntriesVerified, result.Head));
    }

    [Fact]
    public void Verify_CheckpointAtTheFirstEntryOfALongerLog_IsIntact()
    {
        var log = AuditRecords.LogOf(3);

        Assert.True(AuditChain.Verify(log.Entries, log.Entries[0].ToHead()).IsIntact);
    }
}
