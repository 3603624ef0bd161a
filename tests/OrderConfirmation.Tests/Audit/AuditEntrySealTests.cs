using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using OrderConfirmation.Audit;

namespace OrderConfirmation.Tests.Audit;

/// <summary>
/// <see cref="AuditEntry.Seal"/>, for stores that keep the chain themselves: records sealed in turn, each after the
/// head of the one before, are the very entries an <see cref="InMemoryAuditLog"/> makes of them.
/// </summary>
public sealed class AuditEntrySealTests
{
    [Property(MaxTest = 200)]
    public Property Seal_RecordsInTurn_AreTheEntriesOfAnInMemoryLog() =>
        Prop.ForAll(Gen.ListOf(AuditArbitraries.Record).ToArbitrary(), records =>
        {
            var log = new InMemoryAuditLog();
            var sealedEntries = new List<AuditEntry>();
            var head = AuditHead.Empty;
            foreach (var record in records)
            {
                log.Append(record);
                var entry = AuditEntry.Seal(record, head);
                sealedEntries.Add(entry);
                head = entry.ToHead();
            }

            return (sealedEntries.SequenceEqual(log.Entries) && AuditChain.Verify(sealedEntries, log.Head).IsIntact).Label($"{records.Count} records");
        });

    [Fact]
    public void Seal_AfterAHead_NumbersAndLinksTheEntryToIt()
    {
        var log = AuditRecords.LogOf(3);

        var entry = AuditEntry.Seal(AuditRecords.Report(4), log.Head);

        Assert.Equal((4L, log.Head.Hash), (entry.Sequence, entry.PreviousHash));
        Assert.True(AuditChain.Verify([.. log.Entries, entry]).IsIntact);
    }

    [Fact]
    public void Seal_NullRecord_ThrowsNamingTheRecord()
    {
        Assert.Equal("record", Assert.Throws<ArgumentNullException>(() => AuditEntry.Seal(null!, AuditHead.Empty)).ParamName);
    }

    [Theory]
    [InlineData(-1, "0000000000000000000000000000000000000000000000000000000000000000")]
    [InlineData(3, null)]
    [InlineData(3, "000000000000000000000000000000000000000000000000000000000000000")]
    [InlineData(3, "00000000000000000000000000000000000000000000000000000000000000A0")]
    [InlineData(3, "00000000000000000000000000000000000000000000000000000000000000g0")]
    public void Seal_PreviousHeadNotAHead_ThrowsNamingIt(long sequence, string? hash)
    {
        var error = Assert.Throws<ArgumentException>(() => AuditEntry.Seal(AuditRecords.Report(1), new AuditHead(sequence, hash!)));

        Assert.Equal("previous", error.ParamName);
    }
}
