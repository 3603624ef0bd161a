using System.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using OrderConfirmation.Formats;
using OrderConfirmation.Kpis;
using static OrderConfirmation.Tests.Kpis.KpiArbitraries;
using static OrderConfirmation.Tests.Kpis.KpiRecords;
using Interval = NodaTime.Interval;

namespace OrderConfirmation.Tests.Kpis;

/// <summary>
/// Issue 17: <c>orderconfirm kpi</c> streams its records into mergeable tallies. The contract is the list reader's and
/// <see cref="KpiCalculator.Compute"/>'s: the streamed figures equal Compute over the records, whatever the form of the
/// lines, the line endings or the split into sections; an invalid line fails with the very message of
/// <see cref="KpiRecordReader"/> (file, line and field).
/// </summary>
public sealed class StreamingKpiRecordReaderTests
{
    private static readonly KpiCalculator Calculator = new(NineToSixWeekdays());

    private static readonly Gen<CustomerCaseRecord> Cases =
        from id in Gen.Choose(1, 999)
        from kind in Gen.Elements(Enum.GetValues<CaseKind>())
        from received in Gen.Choose(0, 40 * 24 * 60).Select(m => Start + Duration.FromMinutes(m))
        from answer in Gen.Frequency((1, Gen.Constant<int?>(null)), (3, Gen.Choose(0, 6 * 24 * 60).Select(m => (int?)m)))
        from wait in Gen.Choose(0, 3 * 24 * 60)
        from substantiated in Gen.Elements<bool?>(null, true, false)
        from employee in Gen.Elements("conf.wang", "sales.zhang", null)
        select new CustomerCaseRecord(
            $"CC-{id}", kind, received, answer is { } minutes ? received + Duration.FromMinutes(minutes) : null, "SO-1", "Sales", employee,
            kind == CaseKind.Complaint ? substantiated : null, wait % 2 == 0 ? [new Interval(received + Duration.FromMinutes(wait), received + Duration.FromMinutes(2 * wait))] : null);

    /// <summary>Orders, responses and cases with the form of each line, shuffled together.</summary>
    private static readonly Gen<(object Record, bool Unusual)[]> Lines =
        from records in Records
        from caseCount in Gen.Choose(0, 10)
        from cases in Gen.ListOf(Cases, caseCount)
        let all = records.Orders.Select(o => (object)o.Record).Concat(records.Responses).Concat(cases).ToArray()
        from unusual in Gen.ListOf(Gen.Frequency((3, Gen.Constant(false)), (1, Gen.Constant(true))), all.Length)
        from shuffled in Gen.Shuffle(all.Zip(unusual).ToArray())
        select shuffled;

    private static readonly Gen<KpiQuery> Queries =
        from grouping in Gen.Elements(Enum.GetValues<KpiGrouping>())
        from first in Gen.Elements<LocalDate?>(null, new LocalDate(2026, 11, 10))
        select new KpiQuery(AsOf, first, null, grouping);

    private static string File(IEnumerable<(object Record, bool Unusual)> lines, string newLine) =>
        string.Concat(lines.Select((l, i) => KpiRecordLines.Line(l.Record, l.Unusual) + newLine + (i % 7 == 3 ? " " + newLine : "")));

    private static IReadOnlyList<KpiGroup> Streamed(byte[] file, KpiQuery query)
    {
        var accumulator = Calculator.Accumulator(query);
        StreamingKpiRecordReader.Read(new MemoryStream(file), "records.jsonl", accumulator);
        return accumulator.Groups();
    }

    private static IReadOnlyList<KpiGroup> OverRecords(IEnumerable<(object Record, bool Unusual)> lines, KpiQuery query) =>
        Calculator.Compute(lines.Select(l => l.Record).OfType<OrderProcessingRecord>(), lines.Select(l => l.Record).OfType<SurveyResponse>(), query, lines.Select(l => l.Record).OfType<CustomerCaseRecord>());

    [Property(MaxTest = 300)]
    public Property Read_AnyRecordsInAnyForm_GiveTheFiguresOfComputeOverThem() =>
        Prop.ForAll(Lines.ToArbitrary(), Queries.ToArbitrary(), Gen.Elements(("\n", false), ("\r\n", true), ("\r", false), ("\n", true)).ToArbitrary(), (lines, query, form) =>
        {
            var (newLine, bom) = form;
            var text = Encoding.UTF8.GetBytes(File(lines, newLine));
            var file = bom ? [.. Encoding.UTF8.Preamble, .. text] : text;
            return Streamed(file, query).SequenceEqual(OverRecords(lines, query));
        });

    [Property(MaxTest = 200)]
    public Property Merge_OfAnySplitInAnyOrder_EqualsOnePass() =>
        Prop.ForAll(Lines.ToArbitrary(), Queries.ToArbitrary(), Gen.Choose(0, 1000).ToArbitrary(), (lines, query, cut) =>
        {
            var at = cut % (lines.Length + 1);
            var (first, second) = (Calculator.Accumulator(query), Calculator.Accumulator(query));
            StreamingKpiRecordReader.Read(new MemoryStream(Encoding.UTF8.GetBytes(File(lines[..at], "\n"))), "first.jsonl", first);
            StreamingKpiRecordReader.Read(new MemoryStream(Encoding.UTF8.GetBytes(File(lines[at..], "\n"))), "second.jsonl", second);
            second.Merge(first);
            return second.Groups().SequenceEqual(OverRecords(lines, query));
        });

    [Fact]
    public void Read_Utf16File_IsReadAsText()
    {
        var lines = new (object, bool)[] { (Order("SO-1", Local(2026, 11, 20, 10), Local(2026, 11, 20, 12), assessed: true), false), (Survey("SO-1", 5, 4, 3), false) };

        var file = Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes(File(lines, "\n"))).ToArray();

        Assert.Equal(OverRecords(lines, new KpiQuery(AsOf)), Streamed(file, new KpiQuery(AsOf)));
    }

    [Fact]
    public void Read_FractionOfASecond_CountsAsTheListReaderReadsIt()
    {
        // Confirmed 8 business hours and a fraction after receipt: late by the fraction.
        const string Line = """{"type":"order","orderId":"SO-1","receivedAt":"2026-11-20T01:00:00Z","confirmedAt":"2026-11-20T09:00:00.000000001Z","assessed":false}""";
        var orders = new List<OrderProcessingRecord>();
        KpiRecordReader.Read(new MemoryStream(Encoding.UTF8.GetBytes(Line)), "records.jsonl", orders, [], []);

        var streamed = Streamed(Encoding.UTF8.GetBytes(Line), new KpiQuery(AsOf));

        Assert.Equal(Calculator.Compute(orders, [], new KpiQuery(AsOf)), streamed);
        Assert.Equal((0, 1), (streamed[0].Tally.OnTime, streamed[0].Tally.Due));
    }
}
