using System.Net;

namespace OrderConfirmation.SampleHost.Tests;

public sealed class ConfirmEndpointTests(SampleHostFactory host) : IClassFixture<SampleHostFactory>
{
    private readonly HttpClient _client = host.CreateClient();

    [Fact]
    public async Task Confirm_ByHead_Returns200WithTheConfirmationRecord()
    {
        var orderId = await _client.ReviewAsync("01-ready-to-confirm.json");

        using var response = await _client.ConfirmAsync(orderId, HostCalls.Head);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var record = await response.JsonAsync();
        Assert.Equal(orderId, record.GetProperty("orderId").GetString());
        Assert.Equal("head.chen", record.GetProperty("confirmedBy").GetString());
        Assert.Equal("HeadOfOrderConfirmation", record.GetProperty("role").GetString());
        Assert.Equal("2026-11-20T02:00:00Z", record.GetProperty("confirmedAt").GetString());
        Assert.Equal("2026-12-15", record.GetProperty("promisedDeliveryDate").GetString());
        Assert.Equal("ReadyToConfirm", record.GetProperty("decision").GetProperty("outcome").GetString());
        Assert.Equal(record.GetProperty("decision").GetProperty("ruleSetVersion").GetString(), record.GetProperty("ruleSetVersion").GetString());
    }

    [Fact]
    public async Task Confirm_ByHead_LeavesTheOrderConfirmed()
    {
        var orderId = await _client.ReviewAsync("01-ready-to-confirm.json");

        using var response = await _client.ConfirmAsync(orderId, HostCalls.Head);

        var order = await _client.OrderAsync(orderId);
        Assert.Equal("Confirmed", order.GetProperty("status").GetString());
        Assert.Equal("2026-12-15", order.GetProperty("promisedDeliveryDate").GetString());
        Assert.Equal("head.chen", order.GetProperty("confirmation").GetProperty("confirmedBy").GetString());
    }

    [Fact]
    public async Task Confirm_BySalesRep_Returns403RoleNotPermitted()
    {
        var orderId = await _client.ReviewAsync("01-ready-to-confirm.json");

        using var response = await _client.ConfirmAsync(orderId, ("sales.zhou", "SalesRep"));

        var problem = await response.AssertProblemAsync(403, "RoleNotPermitted");
        Assert.Contains("HeadOfOrderConfirmation", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Confirm_ByThePersonWhoEnteredTheOrder_Returns403SeparationOfDuties()
    {
        var orderId = await _client.ReviewAsync("01-ready-to-confirm.json");

        using var response = await _client.ConfirmAsync(orderId, ("sales.li", "HeadOfOrderConfirmation"));

        var problem = await response.AssertProblemAsync(403, "SeparationOfDuties");
        Assert.Contains("sales.li", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Confirm_OrderOnHold_Returns409PreconditionFailed()
    {
        var orderId = await _client.ReviewAsync("09-credit-limit-exceeded.json");

        using var response = await _client.ConfirmAsync(orderId, HostCalls.Head);

        var problem = await response.AssertProblemAsync(409, "PreconditionFailed");
        Assert.Contains("WithinCreditLimit", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Confirm_Twice_Returns409WrongState()
    {
        var orderId = await _client.ReviewAsync("01-ready-to-confirm.json");
        using var first = await _client.ConfirmAsync(orderId, HostCalls.Head);

        using var second = await _client.ConfirmAsync(orderId, HostCalls.Head);

        await second.AssertProblemAsync(409, "WrongState");
    }

    [Fact]
    public async Task Confirm_PromisedDateInThePast_Returns409PreconditionFailed()
    {
        var orderId = await _client.ReviewAsync("01-ready-to-confirm.json");

        using var response = await _client.ConfirmAsync(orderId, HostCalls.Head, """{ "promisedDeliveryDate": "2026-11-19" }""");

        await response.AssertProblemAsync(409, "PreconditionFailed");
    }

    [Fact]
    public async Task Confirm_UnknownOrder_Returns404()
    {
        using var response = await _client.ConfirmAsync("SO-404", HostCalls.Head);

        await response.AssertProblemAsync(404);
    }

    [Fact]
    public async Task Confirm_MissingPromisedDate_Returns400NamingTheField()
    {
        var orderId = await _client.ReviewAsync("01-ready-to-confirm.json");

        using var response = await _client.ConfirmAsync(orderId, HostCalls.Head, "{}");

        await response.AssertFieldProblemAsync("promisedDeliveryDate");
    }

    [Fact]
    public async Task Confirm_MalformedDate_Returns400NamingTheField()
    {
        var orderId = await _client.ReviewAsync("01-ready-to-confirm.json");

        using var response = await _client.ConfirmAsync(orderId, HostCalls.Head, """{ "promisedDeliveryDate": "next Tuesday" }""");

        var problem = await response.AssertFieldProblemAsync("promisedDeliveryDate");
        Assert.Contains("next Tuesday", problem, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Confirm_DateAsNumber_Returns400NamingTheField()
    {
        var orderId = await _client.ReviewAsync("01-ready-to-confirm.json");

        using var response = await _client.ConfirmAsync(orderId, HostCalls.Head, """{ "promisedDeliveryDate": 20261215 }""");

        var problem = await response.AssertFieldProblemAsync("promisedDeliveryDate");
        Assert.Contains("string", problem, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Confirm_MisspeltField_Returns400NamingIt()
    {
        var orderId = await _client.ReviewAsync("01-ready-to-confirm.json");

        using var response = await _client.ConfirmAsync(orderId, HostCalls.Head, """{ "promisedDate": "2026-12-15" }""");

        var problem = await response.AssertFieldProblemAsync("promisedDate");
        Assert.Contains("not a field", problem, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Confirm_MalformedJson_Returns400Problem()
    {
        var orderId = await _client.ReviewAsync("01-ready-to-confirm.json");

        using var response = await _client.ConfirmAsync(orderId, HostCalls.Head, """{ "promisedDeliveryDate": """);

        await response.AssertProblemAsync(400);
    }
}
