using System.Net;
using System.Text.Json;

namespace OrderConfirmation.SampleHost.Tests;

public sealed class ChangeEndpointTests(SampleHostFactory host) : IClassFixture<SampleHostFactory>
{
    private readonly HttpClient _client = host.CreateClient();

    [Fact]
    public async Task Change_Feasible_IsAppliedAsRevision2()
    {
        var orderId = await ConfirmedOrderAsync();

        using var response = await _client.PostJsonAsync($"/orders/{orderId}/changes", """
            { "changeId": "CR-1", "requestedBy": "sales.li", "reason": "two more hosts", "lines": [ { "lineNo": 1, "quantity": 12 } ] }
            """, HostCalls.Officer);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var evaluation = await response.JsonAsync();
        Assert.True(evaluation.GetProperty("feasible").GetBoolean());
        Assert.True(evaluation.GetProperty("applied").GetBoolean());
        Assert.Equal(2, evaluation.GetProperty("revision").GetInt32());
        Assert.Equal("ReadyToConfirm", evaluation.GetProperty("review").GetProperty("outcome").GetString());
        Assert.Equal(2, (await _client.OrderAsync(orderId)).GetProperty("revision").GetInt32());
    }

    [Fact]
    public async Task Change_OfCurrency_IsNotEligibleAndGivesTheReason()
    {
        var orderId = await ConfirmedOrderAsync();

        using var response = await _client.PostJsonAsync($"/orders/{orderId}/changes", """
            { "changeId": "CR-2", "requestedBy": "sales.li", "currency": "USD" }
            """, HostCalls.Officer);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var evaluation = await response.JsonAsync();
        Assert.False(evaluation.GetProperty("eligible").GetBoolean());
        Assert.False(evaluation.GetProperty("applied").GetBoolean());
        Assert.Equal(JsonValueKind.Null, evaluation.GetProperty("revision").ValueKind);
        var reason = Assert.Single(evaluation.GetProperty("eligibility").EnumerateArray());
        Assert.Equal("CurrencyUnchanged", reason.GetProperty("rule").GetString());
        Assert.Equal(1, (await _client.OrderAsync(orderId)).GetProperty("revision").GetInt32());
    }

    [Fact]
    public async Task Change_OfPriceWithoutFinanceApproval_IsNotAppliedAndTheRefusalSaysWhy()
    {
        var orderId = await ConfirmedOrderAsync();

        using var response = await _client.PostJsonAsync($"/orders/{orderId}/changes", """
            { "changeId": "CR-3", "requestedBy": "sales.li", "lines": [ { "lineNo": 1, "unitPrice": 1100 } ] }
            """, HostCalls.Officer);

        var evaluation = await response.JsonAsync();
        Assert.True(evaluation.GetProperty("feasible").GetBoolean());
        Assert.Equal(["Finance"], evaluation.GetProperty("requiredApprovals").EnumerateArray().Select(d => d.GetString()));
        Assert.False(evaluation.GetProperty("applied").GetBoolean());
        Assert.Equal("PreconditionFailed", evaluation.GetProperty("refusal").GetProperty("reason").GetString());
        Assert.Contains("Finance", evaluation.GetProperty("refusal").GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Equal(1, (await _client.OrderAsync(orderId)).GetProperty("revision").GetInt32());
    }

    [Fact]
    public async Task Change_OfPriceWithFinanceApproval_IsApplied()
    {
        var orderId = await ConfirmedOrderAsync();

        using var response = await _client.PostJsonAsync($"/orders/{orderId}/changes", """
            { "changeId": "CR-4", "requestedBy": "sales.li", "lines": [ { "lineNo": 1, "unitPrice": 1100 } ],
              "approvals": [ { "department": "Finance", "approvedBy": "fin.zhao" } ] }
            """, HostCalls.Officer);

        var evaluation = await response.JsonAsync();
        Assert.True(evaluation.GetProperty("applied").GetBoolean());
        Assert.Equal(2, (await _client.OrderAsync(orderId)).GetProperty("revision").GetInt32());
    }

    [Fact]
    public async Task Change_BeforeConfirmation_IsNotAppliedWrongState()
    {
        var orderId = await _client.ReviewAsync("01-ready-to-confirm.json");

        using var response = await _client.PostJsonAsync($"/orders/{orderId}/changes", """
            { "changeId": "CR-5", "requestedBy": "sales.li", "lines": [ { "lineNo": 1, "quantity": 12 } ] }
            """, HostCalls.Officer);

        var evaluation = await response.JsonAsync();
        Assert.False(evaluation.GetProperty("applied").GetBoolean());
        Assert.Equal("WrongState", evaluation.GetProperty("refusal").GetProperty("reason").GetString());
    }

    [Fact]
    public async Task Change_UnknownOrder_Returns404()
    {
        using var response = await _client.PostJsonAsync("/orders/SO-404/changes", """
            { "changeId": "CR-6", "requestedBy": "sales.li", "lines": [ { "lineNo": 1, "quantity": 12 } ] }
            """, HostCalls.Officer);

        var problem = await response.AssertProblemAsync(404);
        Assert.Equal("SO-404", problem.GetProperty("orderId").GetString());
    }

    [Fact]
    public async Task Change_MissingChangeId_Returns400NamingTheField()
    {
        var orderId = await ConfirmedOrderAsync();

        using var response = await _client.PostJsonAsync($"/orders/{orderId}/changes", """
            { "requestedBy": "sales.li", "lines": [ { "lineNo": 1, "quantity": 12 } ] }
            """, HostCalls.Officer);

        await response.AssertFieldProblemAsync("changeId");
    }

    [Fact]
    public async Task Change_QuantityAsString_Returns400NamingTheField()
    {
        var orderId = await ConfirmedOrderAsync();

        using var response = await _client.PostJsonAsync($"/orders/{orderId}/changes", """
            { "changeId": "CR-7", "requestedBy": "sales.li", "lines": [ { "lineNo": 1, "quantity": "12" } ] }
            """, HostCalls.Officer);

        var problem = await response.AssertFieldProblemAsync("lines[0].quantity");
        Assert.Contains("number", problem, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Change_LineThatChangesNothing_Returns400NamingTheLine()
    {
        var orderId = await ConfirmedOrderAsync();

        using var response = await _client.PostJsonAsync($"/orders/{orderId}/changes", """
            { "changeId": "CR-8", "requestedBy": "sales.li", "lines": [ { "lineNo": 1 } ] }
            """, HostCalls.Officer);

        await response.AssertFieldProblemAsync("lines[0]");
    }

    [Fact]
    public async Task Change_UnknownDepartmentInApproval_Returns400NamingTheField()
    {
        var orderId = await ConfirmedOrderAsync();

        using var response = await _client.PostJsonAsync($"/orders/{orderId}/changes", """
            { "changeId": "CR-9", "requestedBy": "sales.li", "lines": [ { "lineNo": 1, "unitPrice": 1100 } ],
              "approvals": [ { "department": "Accounting", "approvedBy": "fin.zhao" } ] }
            """, HostCalls.Officer);

        await response.AssertFieldProblemAsync("approvals[0].department");
    }

    [Fact]
    public async Task Change_MalformedJson_Returns400ForTheWholeBody()
    {
        var orderId = await ConfirmedOrderAsync();

        using var response = await _client.PostJsonAsync($"/orders/{orderId}/changes", "{ changeId: CR-10 }", HostCalls.Officer);

        await response.AssertFieldProblemAsync("$");
    }

    private async Task<string> ConfirmedOrderAsync()
    {
        var orderId = await _client.ReviewAsync("01-ready-to-confirm.json");
        using var confirmed = await _client.ConfirmAsync(orderId, HostCalls.Head);
        Assert.Equal(HttpStatusCode.OK, confirmed.StatusCode);
        return orderId;
    }
}
