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

    /// <summary>One to three bytes anywhere (line feeds and hashes included) changed at once: the first damaged line is named.</summary>
    [Property(MaxTest = 100)]
    public Property VerifyFile_AnyBytesOfTheFileChanged_FailsAtTheFirstDamagedLine() =>
        Prop.ForAll(SeveralDamages.ToArbitrary(), damage =>
        {
            var (records, offsets, delta) = damage;
            var path = Write(records, out _);
            var bytes = File.ReadAllBytes(path);
            var at = offsets.Select(o => o % bytes.Length).Distinct().ToList();
            var line = at.Min(a => bytes.AsSpan(0, a).Count((byte)'\n') + 1);
            foreach (var a in at)
            {
                bytes[a] = unchecked((byte)(bytes[a] + delta));
            }

            File.WriteAllBytes(path, bytes);

            var result = AuditChain.VerifyFile(path);

            return (!result.IsIntact && result.FirstBadLine == line && result.FirstBadSequence == line && result.EntriesVerified == line - 1)
                .Label($"bytes {string.Join(", ", at)}, first on line {line}: intact={result.IsIntact}, first bad {result.FirstBadSequence} on line {result.FirstBadLine}: {result.Problem}");
        });

    /// <summary>
    /// Whole lines removed, duplicated, swapped, moved or cut from the end. Oracle: the first place where the file's lines
    /// differ from the lines written; a file whose lines are a prefix of them is intact, and only the checkpointed head
    /// shows the entries cut from its end.
    /// </summary>
    [Property(MaxTest = 100)]
    public Property VerifyFile_LinesRemovedDuplicatedReorderedOrCut_FailsAtTheFirstLineThatDiffers() =>
        Prop.ForAll(LineEdits.ToArbitrary(), plan =>
        {
            var (records, edit, i, j) = plan;
            var path = Write(records, out var written);
            var head = written[^1].ToHead();
            var original = AuditFiles.Lines(path);
            var edited = Edit(original, edit, i % original.Count, j % original.Count);
            AuditFiles.WriteLines(path, edited);
            var differs = Enumerable.Range(0, edited.Count).Where(n => n >= original.Count || edited[n] != original[n]).Select(n => (int?)n).FirstOrDefault();

            var result = AuditChain.VerifyFile(path);
            var checkedAgainstHead = AuditChain.VerifyFile(path, head);

            var label = $"{edit} {i % original.Count} {j % original.Count} of {original.Count} lines: {result.Problem} / {checkedAgainstHead.Problem}";
            if (differs is { } n)
            {
                return (!result.IsIntact && result.FirstBadLine == n + 1 && result.FirstBadSequence == n + 1 && result.EntriesVerified == n
                        && checkedAgainstHead.FirstBadLine == n + 1)
                    .Label(label);
            }

            return (result.IsIntact && result.EntriesVerified == edited.Count
                    && (edited.Count == original.Count
                        ? checkedAgainstHead.IsIntact
                        : checkedAgainstHead.ProblemKind == AuditProblemKind.HeadMismatch && checkedAgainstHead.FirstBadSequence == edited.Count + 1 && checkedAgainstHead.FirstBadLine is null))
                .Label(label);
        });

    /// <summary>
    /// The file cut at any byte, often exactly at a line end or one byte either side of it. Oracle: the line feeds left in
    /// the file; a cut at a line end leaves an intact log of the complete lines, any other cut a torn tail right after them,
    /// which the repair moves aside byte for byte.
    /// </summary>
    [Property(MaxTest = 100)]
    public Property VerifyFile_FileCutAtAnyByte_IsIntactUpToTheLastLineEndOrATornTail() =>
        Prop.ForAll(Cuts.ToArbitrary(), plan =>
        {
            var (records, boundary, shift, anywhere) = plan;
            var path = Write(records, out _);
            var bytes = File.ReadAllBytes(path);
            List<int> lineEnds = [0, .. bytes.Select((b, at) => (b, at)).Where(x => x.b == (byte)'\n').Select(x => x.at + 1)];
            var cut = anywhere is { } offset ? offset % (bytes.Length + 1) : Math.Clamp(lineEnds[boundary % lineEnds.Count] + shift, 0, bytes.Length);
            File.WriteAllBytes(path, bytes[..cut]);
            var complete = lineEnds.Count(end => end > 0 && end <= cut);
            var kept = lineEnds.Where(end => end <= cut).Max();

            var result = AuditChain.VerifyFile(path);

            var label = $"cut at {cut} of {bytes.Length}, {complete} complete lines: {result.Problem}";
            if (kept == cut)
            {
                return (result.IsIntact && result.EntriesVerified == complete).Label(label);
            }

            var verified = result.IsTornTail && result.EntriesVerified == complete && result.FirstBadLine == complete + 1 && result.FirstBadSequence == complete + 1;
            var repair = JsonLinesAuditLog.RepairTornTail(path);
            return (verified
                    && repair.LastKeptSequence == complete && repair.BytesMoved == cut - kept
                    && File.ReadAllBytes(path).AsSpan().SequenceEqual(bytes.AsSpan(0, kept))
                    && File.ReadAllBytes(repair.SideFilePath!).AsSpan().SequenceEqual(bytes.AsSpan(kept, cut - kept)))
                .Label(label);
        });

    /// <summary>Records to write, which entry to damage, where in it, and by how much to change the byte (never by 0).</summary>
    private static Gen<(IList<AuditRecord> Records, int Which, int Offset, byte Delta)> Damage =>
        from records in AuditArbitraries.FewRecords
        from which in Gen.Choose(0, 1_000)
        from offset in Gen.Choose(0, 1_000_000)
        from delta in Gen.Choose(1, 255)
        select (records, which, offset, (byte)delta);

    private enum LineEdit
    {
        Remove,
        Duplicate,
        Swap,
        Move,
        Cut,
    }

    /// <summary>Records to write, 1 to 3 offsets to damage (possibly the same one twice) and the change to each byte (never 0).</summary>
    private static Gen<(IList<AuditRecord> Records, int[] Offsets, byte Delta)> SeveralDamages =>
        from records in AuditArbitraries.FewRecords
        from count in Gen.Choose(1, 3)
        from offsets in Gen.ArrayOf(Gen.Choose(0, 1_000_000), count)
        from delta in Gen.Choose(1, 255)
        select (records, offsets, (byte)delta);

    private static Gen<(IList<AuditRecord> Records, LineEdit Edit, int I, int J)> LineEdits =>
        from records in AuditArbitraries.FewRecords
        from edit in Gen.Elements(Enum.GetValues<LineEdit>())
        from i in Gen.Choose(0, 100)
        from j in Gen.Choose(0, 100)
        select (records, edit, i, j);

    /// <summary>Where to cut: at a line end (the boundary-th, shifted by -1, 0 or 1 byte), or sometimes anywhere.</summary>
    private static Gen<(IList<AuditRecord> Records, int Boundary, int Shift, int? Anywhere)> Cuts =>
        from records in AuditArbitraries.FewRecords
        from boundary in Gen.Choose(0, 100)
        from shift in Gen.Elements(-1, 0, 1)
        from anywhere in Gen.Frequency((3, Gen.Constant<int?>(null)), (1, Gen.Choose(0, 1_000_000).Select(o => (int?)o)))
        select (records, boundary, shift, anywhere);

    private static List<string> Edit(List<string> lines, LineEdit edit, int i, int j)
    {
        List<string> edited = [.. lines];
        switch (edit)
        {
            case LineEdit.Remove:
                edited.RemoveAt(i);
                break;
            case LineEdit.Duplicate:
                edited.Insert(i + 1, lines[i]);
                break;
            case LineEdit.Swap:
                (edited[i], edited[j]) = (edited[j], edited[i]);
                break;
            case LineEdit.Move:
                edited.RemoveAt(i);
                edited.Insert(j, lines[i]);
                break;
            default:
                edited.RemoveRange(i, edited.Count - i);
                break;
        }

        return edited;
    }

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
