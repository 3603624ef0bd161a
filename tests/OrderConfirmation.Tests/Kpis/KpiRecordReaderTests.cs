using System.Text;
using OrderConfirmation.Formats;
using OrderConfirmation.Kpis;

namespace OrderConfirmation.Tests.Kpis;

public sealed class KpiRecordReaderTests
{
    private const string IssueOrder = """{"type":"order","orderId":"SO-1","receivedAt":"2026-11-20T01:15:00Z","confirmedAt":"2026-11-20T05:00:00Z","department":"OrderConfirmation","employee":"conf.wang","customerWaits":[{"from":"2026-11-20T02:00:00Z","to":"2026-11-20T03:00:00Z"}],"assessed":true,"defects":[{"kind":"InfeasibleDate","attributableToConfirmation":true}]}""";
    private const string IssueSurvey = """{"type":"survey","orderId":"SO-1","department":"OrderConfirmation","employee":"conf.wang","respondedAt":"2026-11-22T08:00:00Z","communication":5,"efficiency":4,"attitude":5}""";

    private static (List<OrderProcessingRecord> Orders, List<SurveyResponse> Responses) Read(string text)
    {
        var orders = new List<OrderProcessingRecord>();
        var responses = new List<SurveyResponse>();
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(text));
        KpiRecordReader.Read(stream, "records.jsonl", orders, responses, []);
        return (orders, responses);
    }

    private static RequestFormatException Invalid(string text) => Assert.Throws<RequestFormatException>(() => Read(text));

    [Fact]
    public void Read_IssueExamples_GiveAnOrderAndASurvey()
    {
        var (orders, responses) = Read($"{IssueOrder}\n\n{IssueSurvey}\n");

        var order = Assert.Single(orders);
        Assert.Equal(("SO-1", "conf.wang", true, true), (order.OrderId, order.Employee, order.Assessed, order.HasAttributableDefect));
        Assert.Single(order.CustomerWaits);
        var response = Assert.Single(responses);
        Assert.Equal((5, 4, 5), (response.Communication, response.Efficiency, response.Attitude));
    }

    [Fact]
    public void Read_NullConfirmedAt_IsAnOpenOrder() =>
        Assert.Null(Assert.Single(Read(IssueOrder.Replace("\"2026-11-20T05:00:00Z\"", "null", StringComparison.Ordinal)).Orders).ConfirmedAt);

    [Fact]
    public void Read_UnknownField_IsRejectedNamingLineAndField()
    {
        var error = Invalid($"{IssueSurvey}\n{IssueOrder.Replace("confirmedAt", "confirmdAt", StringComparison.Ordinal)}");

        Assert.Equal("records.jsonl:2", error.Source);
        Assert.Contains("confirmdAt", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("\"receivedAt\":\"2026-11-20T01:15:00Z\",", "", "receivedAt")]
    [InlineData("\"receivedAt\":\"2026-11-20T01:15:00Z\"", "\"receivedAt\":\"yesterday\"", "receivedAt")]
    [InlineData("\"type\":\"order\"", "\"type\":\"invoice\"", "type")]
    [InlineData("\"attributableToConfirmation\":true", "\"attributableToConfirmation\":null", "defects[0].attributableToConfirmation")]
    [InlineData("\"to\":\"2026-11-20T03:00:00Z\"", "\"to\":\"2026-11-20T01:00:00Z\"", "customerWaits[0].to")]
    [InlineData("\"confirmedAt\":\"2026-11-20T05:00:00Z\"", "\"confirmedAt\":\"2026-11-19T05:00:00Z\"", "confirmedAt")]
    public void Read_InvalidOrder_NamesTheField(string from, string to, string field) =>
        Assert.Equal(field, Invalid(IssueOrder.Replace(from, to, StringComparison.Ordinal)).Field);

    [Theory]
    [InlineData("\"efficiency\":4", "\"efficiency\":6", "efficiency")]
    [InlineData("\"attitude\":5", "\"attitude\":0", "attitude")]
    [InlineData(",\"communication\":5", "", "communication")]
    [InlineData("\"respondedAt\"", "\"receivedAt\"", "receivedAt")]
    public void Read_InvalidSurvey_NamesTheField(string from, string to, string field) =>
        Assert.Equal(field, Invalid(IssueSurvey.Replace(from, to, StringComparison.Ordinal)).Field);

    [Fact]
    public void Read_NotJson_ReportsTheLine() =>
        Assert.Equal("records.jsonl:1", Invalid("{\"type\":").Source);
}
