using System.Text;
using OrderConfirmation.Formats;
using OrderConfirmation.Kpis;
using static OrderConfirmation.Tests.Kpis.KpiRecords;

namespace OrderConfirmation.Tests.Kpis;

/// <summary>
/// Issue 17: streaming keeps the record file's contract. An invalid line fails with <see cref="KpiRecordReader"/>'s own
/// message naming the file, line and field, also when the file is read in sections on several cores.
/// </summary>
public sealed class StreamingKpiRecordErrorTests
{
    private const string Order = """{"type":"order","orderId":"SO-1","receivedAt":"2026-11-20T01:15:00Z","confirmedAt":"2026-11-20T05:00:00Z","department":"OrderConfirmation","employee":"conf.wang","customerWaits":[{"from":"2026-11-20T02:00:00Z","to":"2026-11-20T03:00:00Z"}],"assessed":true,"defects":[{"kind":"InfeasibleDate","attributableToConfirmation":true}]}""";
    private const string Survey = """{"type":"survey","orderId":"SO-1","department":"OrderConfirmation","employee":"conf.wang","respondedAt":"2026-11-22T08:00:00Z","communication":5,"efficiency":4,"attitude":5}""";
    private const string Case = """{"type":"case","caseId":"CC-1","kind":"Complaint","receivedAt":"2026-11-20T01:15:00Z","answeredAt":"2026-11-21T01:15:00Z","substantiated":true}""";

    private static readonly KpiCalculator Calculator = new(NineToSixWeekdays());

    /// <summary>One change to a valid line that makes it invalid, for each kind of check.</summary>
    public static TheoryData<string, string, string> InvalidLines => new()
    {
        { Order, "\"confirmedAt\"", "\"confirmdAt\"" },
        { Order, "\"receivedAt\":\"2026-11-20T01:15:00Z\",", "" },
        { Order, "2026-11-20T01:15:00Z", "2026-02-30T01:15:00Z" },
        { Order, "2026-11-20T01:15:00Z", "yesterday" },
        { Order, "\"type\":\"order\"", "\"type\":\"invoice\"" },
        { Order, "\"type\":\"order\",", "" },
        { Order, "\"orderId\":\"SO-1\"", "\"orderId\":\" \"" },
        { Order, "\"orderId\":\"SO-1\"", "\"orderId\":\"\\u00a0\"" },
        { Order, "\"orderId\":\"SO-1\"", "\"orderId\":1" },
        { Order, "\"assessed\":true", "\"assessed\":\"true\"" },
        { Order, "\"assessed\":true", "\"assessed\":true,\"assessed\":true" },
        { Order, "\"attributableToConfirmation\":true", "\"attributableToConfirmation\":null" },
        { Order, "\"kind\":\"InfeasibleDate\"", "\"kind\":\"\"" },
        { Order, "[{\"kind\"", "[null,{\"kind\"" },
        { Order, "\"to\":\"2026-11-20T03:00:00Z\"", "\"to\":\"2026-11-20T01:00:00Z\"" },
        { Order, "\"to\":\"2026-11-20T03:00:00Z\"", "\"till\":\"2026-11-20T03:00:00Z\"" },
        { Order, "\"confirmedAt\":\"2026-11-20T05:00:00Z\"", "\"confirmedAt\":\"2026-11-19T05:00:00Z\"" },
        { Order, "\"assessed\":true", "\"assessed\":true,\"outcome\":\"Rejected\"" },
        { Order, "\"assessed\":true", "\"assessed\":true,\"outcome\":\"confirmed\"" },
        { Order, "\"assessed\":true", "\"assessed\":true,\"closedAt\":\"2026-11-21T05:00:00Z\"" },
        { Order, "\"assessed\":true", "\"assessed\":true,\"attitude\":5" },
        { Order, "\"assessed\":true", "\"assessed\":true,\"caseId\":\"CC-1\"" },
        { Order, "}]}", "}]} {}" },
        { Order, "}]}", "}]" },
        { Survey, "\"efficiency\":4", "\"efficiency\":6" },
        { Survey, "\"efficiency\":4", "\"efficiency\":4.0" },
        { Survey, ",\"communication\":5", "" },
        { Survey, "\"respondedAt\"", "\"receivedAt\"" },
        { Survey, "\"attitude\":5", "\"attitude\":5,\"customerWaits\":[]" },
        { Case, "\"kind\":\"Complaint\"", "\"kind\":\"Query\"" },
        { Case, "\"kind\":\"Complaint\"", "\"kind\":\"complaint\"" },
        { Case, "\"answeredAt\":\"2026-11-21T01:15:00Z\"", "\"answeredAt\":\"2026-11-19T01:15:00Z\"" },
        { Case, "\"caseId\":\"CC-1\",", "" },
        { Case, "\"substantiated\":true", "\"substantiated\":true,\"assessed\":true" },
    };

    private static string Message(Action read) => Assert.Throws<RequestFormatException>(read).Message;

    [Theory]
    [MemberData(nameof(InvalidLines))]
    public void Read_InvalidLine_FailsWithTheListReadersMessage(string valid, string from, string to)
    {
        var invalid = valid.Replace(from, to, StringComparison.Ordinal);
        Assert.NotEqual(valid, invalid);
        var text = $"{Order}\r\n{Survey}\n\n{Case}\n{invalid}\n{Order}\n";

        var expected = Message(() => KpiRecordReader.Read(new MemoryStream(Encoding.UTF8.GetBytes(text)), "records.jsonl", new List<OrderProcessingRecord>(), new List<SurveyResponse>(), new List<CustomerCaseRecord>()));
        var streamed = Message(() => StreamingKpiRecordReader.Read(new MemoryStream(Encoding.UTF8.GetBytes(text)), "records.jsonl", Calculator.Accumulator(new KpiQuery(KpiArbitraries.AsOf))));

        Assert.StartsWith("records.jsonl:5: ", expected, StringComparison.Ordinal);
        Assert.Equal(expected, streamed);
    }

    [Theory]
    [InlineData(10)]
    [InlineData(2_999)]
    public void ReadFiles_InSections_InvalidLineIsNamedByItsLineInTheFile(int invalidLine)
    {
        var path = Path.Combine(Path.GetTempPath(), $"kpi-sections-{Guid.NewGuid():N}.jsonl");
        try
        {
            System.IO.File.WriteAllLines(path, Enumerable.Range(1, 3_000).Select(i => i == invalidLine ? Survey.Replace("\"attitude\":5", "\"attitude\":9", StringComparison.Ordinal) : i % 3 == 0 ? Survey : Order));
            var expected = Message(() => KpiRecordReader.ReadFiles([path]));

            var streamed = Message(() => StreamingKpiRecordReader.ReadFiles([path], Calculator.Accumulator(new KpiQuery(KpiArbitraries.AsOf)), sectionSize: 4_096));

            Assert.Equal($"{path}:{invalidLine}: attitude: 9 is not a score from 1 to 5.", expected);
            Assert.Equal(expected, streamed);
        }
        finally
        {
            System.IO.File.Delete(path);
        }
    }

    [Theory]
    [InlineData(KpiGrouping.None)]
    [InlineData(KpiGrouping.Employee)]
    [InlineData(KpiGrouping.Week)]
    public void ReadFiles_InSections_GiveTheFiguresOfTheListReader(KpiGrouping by)
    {
        var path = Path.Combine(Path.GetTempPath(), $"kpi-sections-{Guid.NewGuid():N}.jsonl");
        try
        {
            System.IO.File.WriteAllLines(path, Enumerable.Range(1, 3_000).Select(i => i % 5 == 0 ? Survey : i % 7 == 0 ? Case : Order.Replace("conf.wang", $"conf.{i % 4}", StringComparison.Ordinal)));
            var query = new KpiQuery(KpiArbitraries.AsOf, By: by);
            var records = KpiRecordReader.ReadFiles([path]);
            var accumulator = Calculator.Accumulator(query);

            StreamingKpiRecordReader.ReadFiles([path, path], accumulator, sectionSize: 4_096);

            var twice = Calculator.Compute(records.Orders.Concat(records.Orders), records.Responses.Concat(records.Responses), query, records.Cases.Concat(records.Cases));
            Assert.Equal(twice, accumulator.Groups());
        }
        finally
        {
            System.IO.File.Delete(path);
        }
    }
}
