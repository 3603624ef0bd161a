using System.Net;

namespace OrderConfirmation.SampleHost.Tests;

public sealed class ReviewEndpointTests(SampleHostFactory host) : IClassFixture<SampleHostFactory>
{
    private readonly HttpClient _client = host.CreateClient();

    [Fact]
    public async Task Review_ReadyRequest_ReturnsTheDecisionContract()
    {
        var orderId = HostCalls.NewOrderId();

        using var response = await _client.PostJsonAsync("/orders/review", HostCalls.ReviewRequest("01-ready-to-confirm.json", orderId), HostCalls.Officer);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.MediaType());
        var decision = await response.JsonAsync();
        Assert.Equal(orderId, decision.GetProperty("orderId").GetString());
        Assert.Equal("ReadyToConfirm", decision.GetProperty("outcome").GetString());
        Assert.Equal(["PreliminaryReview", "CreditAssessment", "TechnicalFeasibility", "SupplyCapability"], decision.GetProperty("stagesRun").EnumerateArray().Select(s => s.GetString()));
        Assert.Equal(0, decision.GetProperty("findings").GetArrayLength());
        Assert.StartsWith("sha256:", decision.GetProperty("ruleSetVersion").GetString(), StringComparison.Ordinal);
        Assert.Equal("2026-11-20T02:00:00Z", decision.GetProperty("evaluatedAt").GetString());
    }

    [Fact]
    public async Task Review_OrderOverCreditLimit_ReturnsOnHoldWithTheFinanceFinding()
    {
        using var response = await _client.PostJsonAsync("/orders/review", HostCalls.ReviewRequest("09-credit-limit-exceeded.json", HostCalls.NewOrderId()), HostCalls.Officer);

        var decision = await response.JsonAsync();
        Assert.Equal("OnHold", decision.GetProperty("outcome").GetString());
        var finding = Assert.Single(decision.GetProperty("findings").EnumerateArray());
        Assert.Equal("WithinCreditLimit", finding.GetProperty("rule").GetString());
        Assert.Equal("Finance", finding.GetProperty("department").GetString());
    }

    [Fact]
    public async Task Review_ReadyRequest_EntersTheOrderUnderReviewByTheCaller()
    {
        var orderId = await _client.ReviewAsync("01-ready-to-confirm.json");

        var order = await (await _client.GetAsync($"/orders/{orderId}")).JsonAsync();
        Assert.Equal("UnderReview", order.GetProperty("status").GetString());
        Assert.Equal("sales.li", order.GetProperty("enteredBy").GetString());
        Assert.Equal("conf.wang", order.GetProperty("reviewedBy").GetString());
    }

    [Fact]
    public async Task Review_EntryErrors_LeavesTheOrderADraftThatCanBeSentAgainCorrected()
    {
        var orderId = HostCalls.NewOrderId();
        using var first = await _client.PostJsonAsync("/orders/review", HostCalls.ReviewRequest("05-several-entry-errors.json", orderId), HostCalls.Officer);
        Assert.Equal("NeedsClarification", (await first.JsonAsync()).GetProperty("outcome").GetString());
        Assert.Equal("Draft", (await (await _client.GetAsync($"/orders/{orderId}")).JsonAsync()).GetProperty("status").GetString());

        using var corrected = await _client.PostJsonAsync("/orders/review", HostCalls.ReviewRequest("01-ready-to-confirm.json", orderId), HostCalls.Officer);

        Assert.Equal("ReadyToConfirm", (await corrected.JsonAsync()).GetProperty("outcome").GetString());
        Assert.Equal("UnderReview", (await (await _client.GetAsync($"/orders/{orderId}")).JsonAsync()).GetProperty("status").GetString());
    }

    [Fact]
    public async Task Review_OrderAlreadyUnderReview_Returns409WrongState()
    {
        var orderId = await _client.ReviewAsync("01-ready-to-confirm.json");

        using var again = await _client.PostJsonAsync("/orders/review", HostCalls.ReviewRequest("01-ready-to-confirm.json", orderId), HostCalls.Officer);

        var problem = await again.AssertProblemAsync(409, "WrongState");
        Assert.Contains("UnderReview", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Review_MalformedJson_Returns400NamingWhereItBreaks()
    {
        using var response = await _client.PostJsonAsync("/orders/review", """{ "order": { "orderId": "SO-1", """, HostCalls.Officer);

        var problem = await response.AssertFieldProblemAsync("order");
        Assert.Contains("(line 1, column", problem, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Review_NotAnObject_Returns400ForTheWholeBody()
    {
        using var response = await _client.PostJsonAsync("/orders/review", "[1, 2]", HostCalls.Officer);

        var problem = await response.AssertFieldProblemAsync("$");
        Assert.Contains("review request", problem, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Review_QuantityAsString_Returns400NamingTheField()
    {
        var body = HostCalls.ReviewRequest("01-ready-to-confirm.json", HostCalls.NewOrderId(), r => r["order"]!["lines"]![0]!["quantity"] = "ten");

        using var response = await _client.PostJsonAsync("/orders/review", body, HostCalls.Officer);

        var problem = await response.AssertFieldProblemAsync("order.lines[0].quantity");
        Assert.Contains("number", problem, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Review_MissingOrder_Returns400NamingIt()
    {
        var body = HostCalls.ReviewRequest("01-ready-to-confirm.json", HostCalls.NewOrderId(), r => r.Remove("order"));

        using var response = await _client.PostJsonAsync("/orders/review", body, HostCalls.Officer);

        await response.AssertFieldProblemAsync("order");
    }

    [Fact]
    public async Task Review_MalformedDate_Returns400NamingTheField()
    {
        var body = HostCalls.ReviewRequest("01-ready-to-confirm.json", HostCalls.NewOrderId(), r => r["order"]!["requestedDeliveryDate"] = "15/12/2026");

        using var response = await _client.PostJsonAsync("/orders/review", body, HostCalls.Officer);

        await response.AssertFieldProblemAsync("order.requestedDeliveryDate");
    }

    [Fact]
    public async Task Review_MissingEnteredBy_Returns400NamingTheField()
    {
        var body = HostCalls.ReviewRequest("01-ready-to-confirm.json", HostCalls.NewOrderId(), r => r["order"]!.AsObject().Remove("enteredBy"));

        using var response = await _client.PostJsonAsync("/orders/review", body, HostCalls.Officer);

        await response.AssertFieldProblemAsync("order.enteredBy");
    }

    [Fact]
    public async Task Review_WithoutActorHeaders_Returns400NamingTheHeader()
    {
        using var response = await _client.PostJsonAsync("/orders/review", HostCalls.ReviewRequest("01-ready-to-confirm.json", HostCalls.NewOrderId()));

        await response.AssertFieldProblemAsync("X-User");
    }

    [Fact]
    public async Task Review_UnknownRole_Returns400NamingTheHeader()
    {
        using var response = await _client.PostJsonAsync("/orders/review", HostCalls.ReviewRequest("01-ready-to-confirm.json", HostCalls.NewOrderId()), ("conf.wang", "Reviewer"));

        var problem = await response.AssertFieldProblemAsync("X-Role");
        Assert.Contains("ConfirmationOfficer", problem, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Review_BySalesRep_Returns403AndEntersNothing()
    {
        var orderId = HostCalls.NewOrderId();

        using var response = await _client.PostJsonAsync("/orders/review", HostCalls.ReviewRequest("01-ready-to-confirm.json", orderId), HostCalls.Sales);

        await response.AssertProblemAsync(403, "RoleNotPermitted");
        Assert.Equal(HttpStatusCode.NotFound, (await _client.GetAsync($"/orders/{orderId}")).StatusCode);
    }

    [Fact]
    public async Task Review_WithoutJsonContentType_Returns415Problem()
    {
        using var content = new StringContent(HostCalls.ReviewRequest("01-ready-to-confirm.json", HostCalls.NewOrderId()), System.Text.Encoding.UTF8, "text/plain");

        using var response = await _client.PostAsync("/orders/review", content);

        await response.AssertProblemAsync(415);
    }

    [Fact]
    public async Task GetOrder_UnknownId_Returns404Problem()
    {
        using var response = await _client.GetAsync("/orders/SO-404");

        var problem = await response.AssertProblemAsync(404);
        Assert.Equal("SO-404", problem.GetProperty("orderId").GetString());
    }
}
