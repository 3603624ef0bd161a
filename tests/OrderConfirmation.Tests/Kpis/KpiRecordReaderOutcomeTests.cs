using System.Text;
using NodaTime;
using OrderConfirmation.Formats;
using OrderConfirmation.Kpis;

namespace OrderConfirmation.Tests.Kpis;

/// <summary>The <c>outcome</c> and <c>closedAt</c> of order records (issue 15), read strictly; old records keep their meaning.</summary>
public sealed class KpiRecordReaderOutcomeTests
{
    private const string Open = """{"type":"order","orderId":"SO-9","receivedAt":"2026-11-23T01:00:00Z","department":"OrderConfirmation","employee":"conf.li"}""";
    private const string Rejected = """{"type":"order","orderId":"SO-9","receivedAt":"2026-11-23T01:00:00Z","outcome":"Rejected","closedAt":"2026-11-23T06:00:00Z"}""";
    private const string Cancelled = """{"type":"order","orderId":"SO-9","receivedAt":"2026-11-23T01:00:00Z","confirmedAt":"2026-11-23T03:00:00Z","outcome":"Cancelled","closedAt":"2026-11-24T06:00:00Z"}""";
    private const string Confirmed = """{"type":"order","orderId":"SO-9","receivedAt":"2026-11-23T01:00:00Z","confirmedAt":"2026-11-23T03:00:00Z","outcome":"Confirmed"}""";
    private const string Survey = """{"type":"survey","orderId":"SO-9","respondedAt":"2026-11-24T08:00:00Z","communication":5,"efficiency":4,"attitude":5}""";

    private static OrderProcessingRecord ReadOrder(string line)
    {
        var orders = new List<OrderProcessingRecord>();
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(line));
        KpiRecordReader.Read(stream, "outcomes.jsonl", orders, [], []);
        return Assert.Single(orders);
    }

    private static RequestFormatException Invalid(string text)
    {
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(text));
        return Assert.Throws<RequestFormatException>(() => KpiRecordReader.Read(stream, "outcomes.jsonl", new List<OrderProcessingRecord>(), new List<SurveyResponse>(), new List<CustomerCaseRecord>()));
    }

    [Fact]
    public void Read_Rejected_HasTheOutcomeAndTheRejectionInstant()
    {
        var record = ReadOrder(Rejected);

        Assert.Equal((ProcessingOutcome.Rejected, Instant.FromUtc(2026, 11, 23, 6, 0), (Instant?)null), (record.Outcome, record.ClosedAt!.Value, record.ConfirmedAt));
    }

    [Fact]
    public void Read_CancelledAfterConfirmation_HasBothInstants()
    {
        var record = ReadOrder(Cancelled);

        Assert.Equal((ProcessingOutcome.Cancelled, Instant.FromUtc(2026, 11, 23, 3, 0), Instant.FromUtc(2026, 11, 24, 6, 0)), (record.Outcome, record.ConfirmedAt!.Value, record.ClosedAt!.Value));
    }

    [Fact]
    public void Read_WithoutOutcomeOrConfirmation_IsOpen() =>
        Assert.Equal(ProcessingOutcome.Open, ReadOrder(Open).Outcome);

    [Fact]
    public void Read_OldRecordWithConfirmedAt_IsTheSameRecordAsWithOutcomeConfirmed() =>
        Assert.Equal(KpiRecords.Facts(ReadOrder(Confirmed)), KpiRecords.Facts(ReadOrder(Confirmed.Replace(",\"outcome\":\"Confirmed\"", string.Empty, StringComparison.Ordinal))));

    [Fact]
    public void Read_NullOutcomeAndClosedAt_AreLikeAbsentOnes() =>
        Assert.Equal(KpiRecords.Facts(ReadOrder(Open)), KpiRecords.Facts(ReadOrder(Open.Replace("}", ",\"outcome\":null,\"closedAt\":null}", StringComparison.Ordinal))));

    [Theory]
    [InlineData(Rejected, "\"Rejected\"", "\"rejected\"", "outcome")]
    [InlineData(Rejected, "\"Rejected\"", "\"Open\"", "outcome")]
    [InlineData(Rejected, "\"Rejected\"", "\"Completed\"", "outcome")]
    [InlineData(Rejected, "\"Rejected\"", "2", "outcome")]
    [InlineData(Rejected, ",\"closedAt\":\"2026-11-23T06:00:00Z\"", "", "closedAt")]
    [InlineData(Rejected, "\"outcome\"", "\"confirmedAt\":\"2026-11-23T02:00:00Z\",\"outcome\"", "confirmedAt")]
    [InlineData(Rejected, "\"2026-11-23T06:00:00Z\"", "\"2026-11-23T00:59:00Z\"", "closedAt")]
    [InlineData(Rejected, "\"2026-11-23T06:00:00Z\"", "\"tomorrow\"", "closedAt")]
    [InlineData(Cancelled, ",\"closedAt\":\"2026-11-24T06:00:00Z\"", "", "closedAt")]
    [InlineData(Cancelled, "\"2026-11-24T06:00:00Z\"", "\"2026-11-23T02:00:00Z\"", "closedAt")]
    [InlineData(Confirmed, ",\"confirmedAt\":\"2026-11-23T03:00:00Z\"", "", "confirmedAt")]
    [InlineData(Confirmed, "\"Confirmed\"", "\"Confirmed\",\"closedAt\":\"2026-11-24T06:00:00Z\"", "closedAt")]
    [InlineData(Open, "}", ",\"closedAt\":\"2026-11-24T06:00:00Z\"}", "closedAt")]
    public void Read_OutcomeAndInstantsThatDoNotFit_AreRejectedNamingLineAndField(string line, string from, string to, string field)
    {
        var error = Invalid($"{Open}\n{line.Replace(from, to, StringComparison.Ordinal)}");

        Assert.Equal(("outcomes.jsonl:2", field), (error.Source, error.Field));
    }

    [Fact]
    public void Read_UnknownOutcome_SaysWhichOutcomesThereAre()
    {
        var error = Invalid(Rejected.Replace("\"Rejected\"", "\"Refused\"", StringComparison.Ordinal));

        Assert.Contains("'Refused'", error.Message, StringComparison.Ordinal);
        Assert.Contains("\"Confirmed\", \"Rejected\" or \"Cancelled\"", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_MissingClosedAt_SaysItIsRequiredForTheOutcome() =>
        Assert.Contains("Required for a Rejected order", Invalid(Rejected.Replace(",\"closedAt\":\"2026-11-23T06:00:00Z\"", string.Empty, StringComparison.Ordinal)).Message, StringComparison.Ordinal);

    [Theory]
    [InlineData(",\"outcome\":\"Confirmed\"", "outcome")]
    [InlineData(",\"closedAt\":\"2026-11-24T06:00:00Z\"", "closedAt")]
    public void Read_OutcomeFieldsOnASurvey_AreRejected(string extra, string field) =>
        Assert.Equal(field, Invalid(Survey.Replace("}", $"{extra}}}", StringComparison.Ordinal)).Field);
}
