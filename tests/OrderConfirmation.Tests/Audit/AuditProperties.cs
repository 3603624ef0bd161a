using System.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using OrderConfirmation.Audit;

namespace OrderConfirmation.Tests.Audit;

public sealed class AuditProperties : IDisposable
{
    private static readonly byte[] PayloadStart = Encoding.UTF8.GetBytes(",\"payload\":");
    private static readonly byte[] PayloadEnd = Encoding.UTF8.GetBytes(",\"previousHash\":");

    private readonly AuditFiles _files = new();

    public void Dispose() => _files.Dispose();

    [Property(MaxTest = 200)]
    public Property Append_AnyRecords_ChainVerifiesWithSequencesOneToN() =>
        Prop.ForAll(Gen.ListOf(AuditArbitraries.Record).ToArbitrary(), records =>
        {
            var log = new InMemoryAuditLog();
            foreach (var record in records)
            {
                log.Append(record);
            }

            var result = AuditChain.Verify(log.Entries, log.Head);
            return (result.IsIntact
                    && result.EntriesVerified == records.Count
                    && log.Entries.Select(e => e.Sequence).SequenceEqual(Enumerable.Range(1, records.Count).Select(i => (long)i)))
                .Label($"{records.Count} records: {result.Problem}");
        });

    [Property(MaxTest = 100)]
    public Property JsonLinesAuditLog_AnyRecords_ReopensToTheSameVerifiedEntries() =>
        Prop.ForAll(AuditArbitraries.FewRecords.ToArbitrary(), records =>
        {
            var path = Write(records, out var written);
            using var reopened = JsonLinesAuditLog.Open(path);
            var result = AuditChain.VerifyFile(path);
            return (result.IsIntact && result.EntriesVerified == records.Count && reopened.Entries.SequenceEqual(written))
                .Label(result.Problem ?? "entries differ after reopening");
        });

    [Property(MaxTest = 100)]
    public Property VerifyFile_OneByteOfAnEntrysPayloadChanged_FailsAtThatEntry() =>
        Prop.ForAll(Damage.ToArbitrary(), damage =>
        {
            var (records, which, offset, delta) = damage;
            var path = Write(records, out _);
            var bytes = File.ReadAllBytes(path);
            var entry = which % records.Count;
            var (start, end) = PayloadRegion(bytes, entry);
            var at = start + (offset % (end - start));
            bytes[at] = unchecked((byte)(bytes[at] + delta));
            File.WriteAllBytes(path, bytes);

            var result = AuditChain.VerifyFile(path);

            return (!result.IsIntact && result.FirstBadSequence == entry + 1 && result.FirstBadLine == entry + 1)
                .Label($"byte {at - start} of entry {entry + 1}'s payload: intact={result.IsIntact}, first bad {result.FirstBadSequence} on line {result.FirstBadLine}: {result.Problem}");
        });

    [Property(MaxTest = 100)]
    public Property VerifyFile_AnyByteOfTheFileChanged_FailsAtItsLine() =>
        Prop.ForAll(Damage.ToArbitrary(), damage =>
        {
            var (records, _, offset, delta) = damage;
            var path = Write(records, out _);
            var bytes = File.ReadAllBytes(path);
            var at = offset % bytes.Length;
            var line = bytes.AsSpan(0, at).Count((byte)'\n') + 1;
            bytes[at] = unchecked((byte)(bytes[at] + delta));
            File.WriteAllBytes(path, bytes);

            var result = AuditChain.VerifyFile(path);

            return (!result.IsIntact && result.FirstBadLine == line && result.FirstBadSequence == line)
                .Label($"byte {at} on line {line}: intact={result.IsIntact}, first bad {result.FirstBadSequence} on line {result.FirstBadLine}: {result.Problem}");
        });

    /// <summary>Records to write, which entry to damage, where in it, and by how much to change the byte (never by 0).</summary>
    private static Gen<(IList<AuditRecord> Records, int Which, int Offset, byte Delta)> Damage =>
        from records in AuditArbitraries.FewRecords
        from which in Gen.Choose(0, 1_000)
        from offset in Gen.Choose(0, 1_000_000)
        from delta in Gen.Choose(1, 255)
        select (records, which, offset, (byte)delta);

    private string Write(IList<AuditRecord> records, out IReadOnlyList<AuditEntry> written)
    {
        var path = _files.PathOf($"{Guid.NewGuid():N}.jsonl");
        using var log = JsonLinesAuditLog.Open(path);
        foreach (var record in records)
        {
            log.Append(record);
        }

        written = log.Entries;
        return path;
    }

    /// <summary>Where the payload of the entry on a line (0-based) starts and ends in the file.</summary>
    private static (int Start, int End) PayloadRegion(byte[] bytes, int entry)
    {
        var lineStart = 0;
        for (var n = 0; n < entry; n++)
        {
            lineStart = Array.IndexOf(bytes, (byte)'\n', lineStart) + 1;
        }

        var line = bytes.AsSpan(lineStart, Array.IndexOf(bytes, (byte)'\n', lineStart) - lineStart);
        return (lineStart + line.IndexOf(PayloadStart) + PayloadStart.Length, lineStart + line.LastIndexOf(PayloadEnd));
    }
}
