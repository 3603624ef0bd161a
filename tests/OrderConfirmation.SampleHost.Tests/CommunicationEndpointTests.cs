using System.Net;

namespace OrderConfirmation.SampleHost.Tests;

/// <summary>
/// <c>POST</c> and <c>GET /orders/{id}/communications</c> (issue 16, item 1): the roles working on an order record its
/// communications, never the auditor; who was spoken to and what was said are customer data (article 5).
/// </summary>
public sealed class CommunicationEndpointTests(SampleHostFactory host) : IClassFixture<SampleHostFactory>
{
    private const string Call = """
        { "channel": "Phone", "direction": "Inbound", "counterpart": "Customer: Zhang Wei", "summary": "Asked when the hosts ship.", "occurredAt": "2026-11-20T01:30:00Z" }
        """;

    private readonly HttpClient _client = host.CreateClient();

    private Task<HttpResponseMessage> RecordAsync(string orderId, (string User, string Role) actor, string body = Call) =>
        _client.PostJsonAsync($"/orders/{orderId}/communications", body, actor);

    [Fact]
    public async Task Record_BySalesRep_Returns201WithTheCommunicationAsC1()
    {
        var orderId = await _client.ReviewAsync("01-ready-to-confirm.json");

        using var response = await RecordAsync(orderId, HostCalls.Sales);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal($"/orders/{orderId}/communications", response.Headers.Location?.OriginalString);
        var recorded = await response.JsonAsync();
        Assert.Equal(
            """{"id":"C1","channel":"Phone","direction":"Inbound","counterpart":"Customer: Zhang Wei","summary":"Asked when the hosts ship.","occurredAt":"2026-11-20T01:30:00Z","recordedBy":"sales.li","recordedAt":"2026-11-20T02:00:00Z","answers":[]}""",
            recorded.GetRawText());
    }

    [Fact]
    public async Task Record_Twice_NumbersThemInOrderAndKeepsTheStatus()
    {
        var orderId = await _client.ReviewAsync("01-ready-to-confirm.json");
        using var first = await RecordAsync(orderId, HostCalls.Sales);

        using var second = await RecordAsync(orderId, HostCalls.Execution, Call.Replace("Inbound", "Outbound", StringComparison.Ordinal));

        Assert.Equal("C2", (await second.JsonAsync()).GetProperty("id").GetString());
        Assert.Equal("UnderReview", (await _client.OrderAsync(orderId)).GetProperty("status").GetString());
    }

    [Fact]
    public async Task Record_ByTheAuditor_Returns403RoleNotPermitted()
    {
        var orderId = await _client.ReviewAsync("01-ready-to-confirm.json");

        using var response = await RecordAsync(orderId, HostCalls.Auditor);

        await response.AssertProblemAsync(403, "RoleNotPermitted");
    }

    [Fact]
    public async Task Record_InTheFuture_Returns409PreconditionFailed()
    {
        var orderId = await _client.ReviewAsync("01-ready-to-confirm.json");

        using var response = await RecordAsync(orderId, HostCalls.Sales, Call.Replace("2026-11-20T01:30:00Z", "2026-11-20T02:30:00Z", StringComparison.Ordinal));

        var problem = await response.AssertProblemAsync(409, "PreconditionFailed");
        Assert.Contains("after it is recorded", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Record_AnsweringAnUnknownNotification_Returns409PreconditionFailed()
    {
        var orderId = await _client.ReviewAsync("01-ready-to-confirm.json");

        using var response = await RecordAsync(orderId, HostCalls.Sales, Call.Replace("\"Inbound\"", "\"Outbound\", \"answers\": [\"N1\"]", StringComparison.Ordinal));

        var problem = await response.AssertProblemAsync(409, "PreconditionFailed");
        Assert.Contains("no customer notification N1", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("channel", """{ "channel": "Fax", "direction": "Inbound", "counterpart": "C", "summary": "S", "occurredAt": "2026-11-20T01:30:00Z" }""")]
    [InlineData("direction", """{ "channel": "Phone", "counterpart": "C", "summary": "S", "occurredAt": "2026-11-20T01:30:00Z" }""")]
    [InlineData("counterpart", """{ "channel": "Phone", "direction": "Inbound", "counterpart": " ", "summary": "S", "occurredAt": "2026-11-20T01:30:00Z" }""")]
    [InlineData("summary", """{ "channel": "Phone", "direction": "Inbound", "counterpart": "C", "occurredAt": "2026-11-20T01:30:00Z" }""")]
    [InlineData("occurredAt", """{ "channel": "Phone", "direction": "Inbound", "counterpart": "C", "summary": "S", "occurredAt": "yesterday" }""")]
    [InlineData("answers", """{ "channel": "Phone", "direction": "Outbound", "counterpart": "C", "summary": "S", "occurredAt": "2026-11-20T01:30:00Z", "answers": ["N1", "N1"] }""")]
    public async Task Record_BadField_Returns400NamingIt(string field, string body)
    {
        var orderId = await _client.ReviewAsync("01-ready-to-confirm.json");

        using var response = await RecordAsync(orderId, HostCalls.Sales, body);

        await response.AssertFieldProblemAsync(field);
    }

    [Fact]
    public async Task Record_UnknownOrder_Returns404()
    {
        using var response = await RecordAsync("NO-SUCH-ORDER", HostCalls.Sales);

        await response.AssertProblemAsync(404);
    }

    [Fact]
    public async Task List_ByARoleSeeingCustomerData_ShowsWhoWasSpokenToAndWhatWasSaid()
    {
        var orderId = await _client.ReviewAsync("01-ready-to-confirm.json");
        using var recorded = await RecordAsync(orderId, HostCalls.Sales);

        using var response = await _client.GetAsAsync($"/orders/{orderId}/communications", HostCalls.Finance);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var list = await response.JsonAsync();
        Assert.Equal(0, list.GetProperty("masked").GetArrayLength());
        var communication = Assert.Single(list.GetProperty("communications").EnumerateArray());
        Assert.Equal(("C1", "Customer: Zhang Wei", "Asked when the hosts ship."), (communication.GetProperty("id").GetString(), communication.GetProperty("counterpart").GetString(), communication.GetProperty("summary").GetString()));
        Assert.Equal(0, list.GetProperty("notifications").GetArrayLength());
    }

    [Theory]
    [InlineData("ExecutionOfficer")]
    [InlineData("Auditor")]
    public async Task List_ByARoleWithoutCustomerData_MasksWhoAndWhat(string role)
    {
        var orderId = await _client.ReviewAsync("01-ready-to-confirm.json");
        using var recorded = await RecordAsync(orderId, HostCalls.Sales);

        using var response = await _client.GetAsAsync($"/orders/{orderId}/communications", ("someone", role));

        var list = await response.JsonAsync();
        Assert.Equal("customerData", Assert.Single(list.GetProperty("masked").EnumerateArray()).GetString());
        var communication = Assert.Single(list.GetProperty("communications").EnumerateArray());
        Assert.Equal(("C1", "Phone", "***", "***"), (communication.GetProperty("id").GetString(), communication.GetProperty("channel").GetString(), communication.GetProperty("counterpart").GetString(), communication.GetProperty("summary").GetString()));
        Assert.DoesNotContain("Zhang Wei", list.GetRawText(), StringComparison.Ordinal);
    }
}
