using System.Text;
using NodaTime;
using OrderConfirmation.Formats;
using OrderConfirmation.Kpis;

namespace OrderConfirmation.Tests.Kpis;

/// <summary>
/// KPI record lines of <c>"type": "case"</c> (issue 16, item 4): the issue's line reads into a
/// <see cref="CustomerCaseRecord"/>; anything else is refused naming the file, line and field, as for orders and surveys.
/// </summary>
public sealed class CaseRecordReaderTests
{
    private const string IssueCase = """{"type":"case","caseId":"CC-1","kind":"Complaint","orderId":"SO-1","department":"OrderConfirmation","employee":"conf.wang","receivedAt":"2026-11-20T08:00:00Z","answeredAt":"2026-11-24T07:00:00Z","substantiated":true}""";

    private const string Survey = """{"type":"survey","orderId":"SO-1","respondedAt":"2026-11-22T08:00:00Z","communication":5,"efficiency":4,"attitude":5}""";

    private const string Order = """{"type":"order","orderId":"SO-1","receivedAt":"2026-11-20T01:15:00Z","confirmedAt":"2026-11-20T05:00:00Z"}""";

    private static (List<OrderProcessingRecord> Orders, List<SurveyResponse> Responses, List<CustomerCaseRecord> Cases) Read(string text)
    {
        var orders = new List<OrderProcessingRecord>();
        var responses = new List<SurveyResponse>();
        var cases = new List<CustomerCaseRecord>();
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(text));
        KpiRecordReader.Read(stream, "records.jsonl", orders, responses, cases);
        return (orders, responses, cases);
    }

    private static RequestFormatException Invalid(string text) => Assert.Throws<RequestFormatException>(() => Read(text));

    private static string IssueCaseWith(string from, string to)
    {
        Assert.Contains(from, IssueCase, StringComparison.Ordinal);
        return IssueCase.Replace(from, to, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_TheIssuesLine_IsACaseWithEveryField()
    {
        var read = Read($"{Order}\n{IssueCase}\n{Survey}");

        var record = Assert.Single(read.Cases);
        Assert.Equal(
            ("CC-1", CaseKind.Complaint, "SO-1", "OrderConfirmation", "conf.wang", Instant.FromUtc(2026, 11, 20, 8, 0), (Instant?)Instant.FromUtc(2026, 11, 24, 7, 0), (bool?)true),
            (record.CaseId, record.Kind, record.OrderId, record.Department, record.Employee, record.ReceivedAt, record.AnsweredAt, record.Substantiated));
        Assert.Equal((1, 1), (read.Orders.Count, read.Responses.Count));
    }

    [Fact]
    public void Read_WithoutAnsweredAtAndTheOptionalFields_IsAnUnansweredCase()
    {
        var record = Assert.Single(Read("""{"type":"case","caseId":"R-1","kind":"Report","receivedAt":"2026-11-20T08:00:00Z"}""").Cases);

        Assert.Equal((null, null, null, null, null), (record.AnsweredAt, record.OrderId, record.Department, record.Employee, record.Substantiated));
    }

    [Fact]
    public void Read_CustomerWaits_AreRead()
    {
        var record = Assert.Single(Read(IssueCaseWith("\"substantiated\":true", "\"customerWaits\":[{\"from\":\"2026-11-23T01:00:00Z\",\"to\":\"2026-11-23T04:00:00Z\"}]")).Cases);

        Assert.Equal([new Interval(Instant.FromUtc(2026, 11, 23, 1, 0), Instant.FromUtc(2026, 11, 23, 4, 0))], record.CustomerWaits);
    }

    [Fact]
    public void Read_FilesOnDisk_KeepTheCasesInTheSet()
    {
        var path = Path.Combine(Path.GetTempPath(), $"cases-{Guid.NewGuid():N}.jsonl");
        File.WriteAllText(path, IssueCase);
        try
        {
            Assert.Equal("CC-1", Assert.Single(KpiRecordReader.ReadFiles([path]).Cases).CaseId);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Theory]
    [InlineData("\"caseId\":\"CC-1\",", "", "caseId")]
    [InlineData("\"kind\":\"Complaint\",", "", "kind")]
    [InlineData("\"kind\":\"Complaint\"", "\"kind\":\"complaint\"", "kind")]
    [InlineData("\"kind\":\"Complaint\"", "\"kind\":\"Enquiry\"", "kind")]
    [InlineData("\"kind\":\"Complaint\"", "\"kind\":\"1\"", "kind")]
    [InlineData("\"receivedAt\":\"2026-11-20T08:00:00Z\",", "", "receivedAt")]
    [InlineData("\"receivedAt\":\"2026-11-20T08:00:00Z\"", "\"receivedAt\":\"Friday\"", "receivedAt")]
    [InlineData("\"answeredAt\":\"2026-11-24T07:00:00Z\"", "\"answeredAt\":\"2026-11-24\"", "answeredAt")]
    [InlineData("\"answeredAt\":\"2026-11-24T07:00:00Z\"", "\"answeredAt\":\"2026-11-20T07:59:59Z\"", "answeredAt")]
    [InlineData("\"substantiated\":true", "\"substantiated\":\"yes\"", "substantiated")]
    [InlineData("\"substantiated\":true", "\"confirmedAt\":\"2026-11-24T07:00:00Z\"", "confirmedAt")]
    [InlineData("\"substantiated\":true", "\"outcome\":\"Confirmed\"", "outcome")]
    [InlineData("\"substantiated\":true", "\"communication\":5", "communication")]
    [InlineData("\"substantiated\":true", "\"respondedAt\":\"2026-11-24T07:00:00Z\"", "respondedAt")]
    [InlineData("\"substantiated\":true", "\"assessed\":true", "assessed")]
    [InlineData("\"substantiated\":true", "\"customerWaits\":[{\"from\":\"2026-11-23T04:00:00Z\",\"to\":\"2026-11-23T01:00:00Z\"}]", "customerWaits[0].to")]
    public void Read_InvalidCase_NamesTheField(string from, string to, string field) =>
        Assert.Equal(field, Invalid(IssueCaseWith(from, to)).Field);

    [Theory]
    [InlineData("Query")]
    [InlineData("Report")]
    public void Read_SubstantiatedOnAnotherKind_IsRefused(string kind)
    {
        var error = Invalid(IssueCaseWith("\"kind\":\"Complaint\"", $"\"kind\":\"{kind}\""));

        Assert.Equal("substantiated", error.Field);
        Assert.Contains($"Only a complaint is found substantiated or not; leave it out for a {kind}.", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_AnswerBeforeReceipt_SaysSo() =>
        Assert.Contains(
            "The case is answered (2026-11-20T07:59:59Z) before it was received (2026-11-20T08:00:00Z).",
            Invalid(IssueCaseWith("2026-11-24T07:00:00Z", "2026-11-20T07:59:59Z")).Message,
            StringComparison.Ordinal);

    [Fact]
    public void Read_UnknownKind_ListsTheKinds() =>
        Assert.Contains(
            "'Enquiry' is not a kind of case; use \"Query\", \"Complaint\" or \"Report\" (names are case-sensitive).",
            Invalid(IssueCaseWith("Complaint", "Enquiry")).Message,
            StringComparison.Ordinal);

    [Fact]
    public void Read_ABadCaseOnTheThirdLine_NamesTheLine() =>
        Assert.Equal("records.jsonl:3", Invalid($"{Order}\n{Survey}\n{IssueCaseWith("\"kind\":\"Complaint\",", "")}").Source);

    [Theory]
    [InlineData(Order, "\"orderId\"", "\"caseId\":\"CC-1\",\"orderId\"", "caseId")]
    [InlineData(Order, "\"orderId\"", "\"kind\":\"Query\",\"orderId\"", "kind")]
    [InlineData(Order, "\"orderId\"", "\"answeredAt\":\"2026-11-20T05:00:00Z\",\"orderId\"", "answeredAt")]
    [InlineData(Survey, "\"orderId\"", "\"substantiated\":true,\"orderId\"", "substantiated")]
    [InlineData(Survey, "\"orderId\"", "\"caseId\":\"CC-1\",\"orderId\"", "caseId")]
    public void Read_ACaseFieldOnAnOrderOrASurvey_IsRefused(string line, string from, string to, string field) =>
        Assert.Equal(field, Invalid(line.Replace(from, to, StringComparison.Ordinal)).Field);

    [Fact]
    public void Read_AnUnknownType_NamesTheThreeTypes() =>
        Assert.Contains("use \"order\", \"survey\" or \"case\"", Invalid(IssueCaseWith("\"type\":\"case\"", "\"type\":\"complaint\"")).Message, StringComparison.Ordinal);
}
