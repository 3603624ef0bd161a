using System.Text;
using OrderConfirmation.Formats;
using OrderConfirmation.Kpis;
using OrderConfirmation.Tests.Kpis;

namespace OrderConfirmation.Tests.Performance;

/// <summary>
/// Issue 17's regression guard for the KPI stream, timing nothing: memory is flat in the number of records. Reading
/// allocates no object per record, so what the stream keeps after reading (at most what it allocated) cannot grow with
/// the records; holding them, as the list reader does, takes hundreds of bytes each.
/// </summary>
public sealed class KpiStreamMemoryGuardTests
{
    private const string Order = """{"type":"order","orderId":"SO-{0}","receivedAt":"2026-11-20T01:15:00Z","confirmedAt":"2026-11-20T05:00:00Z","department":"OrderConfirmation","employee":"conf.{1}","customerWaits":[{"from":"2026-11-20T02:00:00Z","to":"2026-11-20T03:00:00Z"}],"assessed":true,"defects":[{"kind":"InfeasibleDate","attributableToConfirmation":true}]}""";
    private const string Survey = """{"type":"survey","orderId":"SO-{0}","department":"OrderConfirmation","employee":"conf.{1}","respondedAt":"2026-11-22T08:00:00Z","communication":5,"efficiency":4,"attitude":5}""";
    private const string Case = """{"type":"case","caseId":"CC-{0}","kind":"Complaint","receivedAt":"2026-11-20T01:15:00Z","answeredAt":"2026-11-21T01:15:00Z","employee":"conf.{1}","substantiated":true}""";

    private static readonly KpiCalculator Calculator = new(KpiRecords.NineToSixWeekdays());

    private static byte[] Records(int count) => Encoding.UTF8.GetBytes(string.Concat(Enumerable.Range(0, count).Select(i =>
        ((i % 10) switch { 0 or 1 => Survey, 2 => Case, _ => Order }).Replace("{0}", $"{i}", StringComparison.Ordinal).Replace("{1}", $"{i % 6}", StringComparison.Ordinal) + "\n")));

    /// <summary>Bytes allocated on this thread to stream the records and compute their groups.</summary>
    private static long Allocated(byte[] file, KpiGrouping by)
    {
        var query = new KpiQuery(KpiArbitraries.AsOf, By: by);
        StreamingKpiRecordReader.Read(new MemoryStream(file), "warm-up.jsonl", Calculator.Accumulator(query));
        var stream = new MemoryStream(file);
        var before = GC.GetAllocatedBytesForCurrentThread();
        var accumulator = Calculator.Accumulator(query);
        StreamingKpiRecordReader.Read(stream, "records.jsonl", accumulator);
        var groups = accumulator.Groups();
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        Assert.Equal(by == KpiGrouping.Employee ? 6 : 1, groups.Count);
        return allocated;
    }

    [Theory]
    [InlineData(KpiGrouping.None)]
    [InlineData(KpiGrouping.Employee)]
    public void Read_TenTimesTheRecords_AllocatesNoMorePerRecord(KpiGrouping by)
    {
        var (small, large) = (Records(10_000), Records(100_000));

        var forSmall = Allocated(small, by);
        var forLarge = Allocated(large, by);

        // An object per record (the smallest is 24 B) would add over 2 MB for the 90,000 more records.
        Assert.True(forLarge - forSmall < 90_000, $"{forSmall:N0} B for 10,000 records, {forLarge:N0} B for 100,000: the stream allocates per record");
        Assert.True(forLarge < 64 * 1024, $"{forLarge:N0} B to stream 100,000 records: over the 64 KB budget of buffers and groups");
    }
}
