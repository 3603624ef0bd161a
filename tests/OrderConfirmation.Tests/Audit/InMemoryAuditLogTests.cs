using System.Security.Cryptography;
using System.Text;
using OrderConfirmation.Audit;
using OrderConfirmation.Lifecycle;

namespace OrderConfirmation.Tests.Audit;

public sealed class InMemoryAuditLogTests
{
    private const string Zeros = "0000000000000000000000000000000000000000000000000000000000000000";

    [Fact]
    public void Append_FirstEntry_HasSequenceOneAndLinksToZeros()
    {
        var entry = new InMemoryAuditLog().Append(AuditRecords.Report(1));

        Assert.Equal(1, entry.Sequence);
        Assert.Equal(Zeros, entry.PreviousHash);
    }

    [Fact]
    public void Append_FirstEntry_HashIsTheSha256OfTheCanonicalBody()
    {
        var record = new AuditRecord(AuditRecords.Start, "li.lei", "SalesRep", "SO-1001", "CommandAccepted", """{ "command": "Submit" }""");

        var entry = new InMemoryAuditLog().Append(record);

        var body = $$"""{"sequence":1,"at":"2026-11-25T03:00:00Z","actor":"li.lei","role":"SalesRep","orderId":"SO-1001","kind":"CommandAccepted","payload":{"command":"Submit"},"previousHash":"{{Zeros}}"}""";
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(body))), entry.Hash);
    }

    [Fact]
    public void Append_NullRoleAndOrder_AreHashedAsJsonNull()
    {
        var record = new AuditRecord(AuditRecords.Start, "scheduler", null, null, "ExecutionReport", "{}");

        var entry = new InMemoryAuditLog().Append(record);

        var body = $$"""{"sequence":1,"at":"2026-11-25T03:00:00Z","actor":"scheduler","role":null,"orderId":null,"kind":"ExecutionReport","payload":{},"previousHash":"{{Zeros}}"}""";
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(body))), entry.Hash);
    }

    [Fact]
    public void Append_SecondEntry_LinksToTheFirstAndCountsOn()
    {
        var log = new InMemoryAuditLog();
        var first = log.Append(AuditRecords.Report(1));

        var second = log.Append(AuditRecords.Report(2));

        Assert.Equal(2, second.Sequence);
        Assert.Equal(first.Hash, second.PreviousHash);
        Assert.Equal(new AuditHead(2, second.Hash), log.Head);
    }

    [Fact]
    public void Append_KeepsTheRecordsFields()
    {
        var record = AuditRecords.Command(5, "SO-7", "Confirm");

        var entry = new InMemoryAuditLog().Append(record);

        Assert.Equal((record.At, record.Actor, record.Role, record.OrderId, record.Kind, record.Payload), (entry.At, entry.Actor, entry.Role, entry.OrderId, entry.Kind, entry.Payload));
    }

    [Fact]
    public void Head_EmptyLog_IsSequenceZeroAndZeros()
    {
        Assert.Equal(new AuditHead(0, Zeros), new InMemoryAuditLog().Head);
        Assert.Equal(AuditHead.Empty, new InMemoryAuditLog().Head);
    }

    [Fact]
    public void Entries_TakenBeforeAnAppend_DoNotChange()
    {
        var log = AuditRecords.LogOf(3);
        var before = log.Entries;

        log.Append(AuditRecords.Report(4));

        Assert.Equal(3, before.Count);
        Assert.Equal(4, log.Entries.Count);
    }

    [Fact]
    public async Task Append_FromManyThreads_KeepsAContiguousVerifiedChain()
    {
        var log = new InMemoryAuditLog();

        await Parallel.ForAsync(1, 201, (minute, _) =>
        {
            log.Append(AuditRecords.Report(minute));
            return ValueTask.CompletedTask;
        });

        Assert.Equal(Enumerable.Range(1, 200).Select(i => (long)i), log.Entries.Select(e => e.Sequence));
        Assert.True(AuditChain.Verify(log.Entries).IsIntact);
    }
}
