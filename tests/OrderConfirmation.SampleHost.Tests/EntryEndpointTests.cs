using System.Net;
using System.Text.Json;

namespace OrderConfirmation.SampleHost.Tests;

public sealed class EntryEndpointTests(SampleHostFactory host) : IClassFixture<SampleHostFactory>
{
    private readonly HttpClient _client = host.CreateClient();

    [Fact]
    public async Task Enter_BySalesRep_Returns201WithTheOrderSubmittedAfterThePreliminaryReview()
    {
        var orderId = HostCalls.NewOrderId();

        using var response = await _client.PostJsonAsync("/orders", HostCalls.ReviewRequest("01-ready-to-confirm.json", orderId), HostCalls.Sales);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal($"/orders/{orderId}", response.Headers.Location?.OriginalString);
        Assert.Equal("application/json", response.MediaType());
        var entry = await response.JsonAsync();
        Assert.Equal(orderId, entry.GetProperty("orderId").GetString());
        Assert.Equal("Submitted", entry.GetProperty("status").GetString());
        var preliminary = entry.GetProperty("preliminaryReview");
        Assert.Equal("ReadyToConfirm", preliminary.GetProperty("outcome").GetString());
        Assert.Equal(["PreliminaryReview"], preliminary.GetProperty("stagesRun").EnumerateArray().Select(s => s.GetString()));
        Assert.Equal("2026-11-20T02:00:00Z", preliminary.GetProperty("evaluatedAt").GetString());
    }

    [Fact]
    public async Task Enter_OrderOverCreditLimit_IsSubmittedAndTheSalesRepSeesNoCreditFinding()
    {
        var orderId = HostCalls.NewOrderId();

        using var response = await _client.PostJsonAsync("/orders", HostCalls.ReviewRequest("09-credit-limit-exceeded.json", orderId), HostCalls.Sales);

        var entry = await response.JsonAsync();
        Assert.Equal("Submitted", entry.GetProperty("status").GetString());
        Assert.Empty(entry.GetProperty("preliminaryReview").GetProperty("findings").EnumerateArray());
    }

    [Fact]
    public async Task Enter_BySalesRep_TheOrderIsEnteredInTheCallersName()
    {
        var orderId = await _client.EnterAsync("01-ready-to-confirm.json", ("sales.zhou", "SalesRep"), r => r["order"]!["enteredBy"] = "sales.zhou");

        var order = await _client.OrderAsync(orderId);
        Assert.Equal("Submitted", order.GetProperty("status").GetString());
        Assert.Equal("sales.zhou", order.GetProperty("enteredBy").GetString());
        Assert.Equal("sales.zhou", order.GetProperty("order").GetProperty("enteredBy").GetString());
    }

    [Fact]
    public async Task Enter_WithoutEnteredBy_EntersItInTheCallersName()
    {
        var orderId = await _client.EnterAsync("01-ready-to-confirm.json", ("sales.zhou", "SalesRep"), r => r["order"]!.AsObject().Remove("enteredBy"));

        Assert.Equal("sales.zhou", (await _client.OrderAsync(orderId)).GetProperty("enteredBy").GetString());
    }

    [Fact]
    public async Task Enter_EnteredByAnotherPerson_Returns403AndEntersNothing()
    {
        var orderId = HostCalls.NewOrderId();

        using var response = await _client.PostJsonAsync("/orders", HostCalls.ReviewRequest("01-ready-to-confirm.json", orderId, r => r["order"]!["enteredBy"] = "ghost"), ("sales.zhou", "SalesRep"));

        var problem = await response.AssertProblemAsync(403);
        Assert.Contains("ghost", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await _client.GetAsAsync($"/orders/{orderId}", HostCalls.Head)).StatusCode);
    }

    [Theory]
    [InlineData("ConfirmationOfficer")]
    [InlineData("FinanceOfficer")]
    [InlineData("HeadOfOrderConfirmation")]
    [InlineData("ExecutionOfficer")]
    [InlineData("Auditor")]
    public async Task Enter_ByARoleOtherThanSalesRep_Returns403RoleNotPermittedAndEntersNothing(string role)
    {
        var orderId = HostCalls.NewOrderId();

        using var response = await _client.PostJsonAsync("/orders", HostCalls.ReviewRequest("01-ready-to-confirm.json", orderId, r => r["order"]!["enteredBy"] = "someone"), ("someone", role));

        var problem = await response.AssertProblemAsync(403, "RoleNotPermitted");
        Assert.Contains("SalesRep", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await _client.GetAsAsync($"/orders/{orderId}", HostCalls.Head)).StatusCode);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Enter_AnOrderPastTheDraft_Returns409AndLeavesItAsItWas(bool reviewed)
    {
        var orderId = reviewed ? await _client.ReviewAsync("01-ready-to-confirm.json") : await _client.EnterAsync("01-ready-to-confirm.json");
        var before = await _client.OrderAsync(orderId);

        using var again = await _client.PostJsonAsync("/orders", HostCalls.ReviewRequest("01-ready-to-confirm.json", orderId, r => r["order"]!["customer"]!["name"] = "Someone Else Ltd"), HostCalls.Sales);

        await again.AssertProblemAsync(409, "WrongState");
        var after = await _client.OrderAsync(orderId);
        Assert.Equal(before.GetProperty("status").GetString(), after.GetProperty("status").GetString());
        Assert.Equal(before.GetProperty("order").GetProperty("customer").GetProperty("name").GetString(), after.GetProperty("order").GetProperty("customer").GetProperty("name").GetString());
    }

    [Fact]
    public async Task Enter_EntryErrors_LeavesADraftTheSalesRepSendsAgainCorrected()
    {
        var orderId = HostCalls.NewOrderId();
        using var first = await _client.PostJsonAsync("/orders", HostCalls.ReviewRequest("05-several-entry-errors.json", orderId, r => r["order"]!.AsObject().Remove("enteredBy")), HostCalls.Sales);
        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        var entry = await first.JsonAsync();
        Assert.Equal("Draft", entry.GetProperty("status").GetString());
        Assert.Equal("NeedsClarification", entry.GetProperty("preliminaryReview").GetProperty("outcome").GetString());

        using var corrected = await _client.PostJsonAsync("/orders", HostCalls.ReviewRequest("01-ready-to-confirm.json", orderId), HostCalls.Sales);

        Assert.Equal(HttpStatusCode.OK, corrected.StatusCode);
        Assert.Equal("Submitted", (await corrected.JsonAsync()).GetProperty("status").GetString());
        Assert.Equal("Submitted", (await _client.OrderAsync(orderId)).GetProperty("status").GetString());
    }

    [Fact]
    public async Task Enter_ADraftAnotherSalesRepEntered_Returns403()
    {
        var orderId = HostCalls.NewOrderId();
        using var first = await _client.PostJsonAsync("/orders", HostCalls.ReviewRequest("05-several-entry-errors.json", orderId, r => r["order"]!.AsObject().Remove("enteredBy")), HostCalls.Sales);
        Assert.Equal(HttpStatusCode.Created, first.StatusCode);

        using var other = await _client.PostJsonAsync("/orders", HostCalls.ReviewRequest("01-ready-to-confirm.json", orderId, r => r["order"]!.AsObject().Remove("enteredBy")), ("sales.zhou", "SalesRep"));

        var problem = await other.AssertProblemAsync(403);
        Assert.Contains("sales.li", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal("Draft", (await _client.OrderAsync(orderId)).GetProperty("status").GetString());
    }

    [Fact]
    public async Task Enter_MalformedJson_Returns400NamingWhereItBreaks()
    {
        using var response = await _client.PostJsonAsync("/orders", """{ "order": { "orderId": "SO-1", """, HostCalls.Sales);

        var problem = await response.AssertFieldProblemAsync("order");
        Assert.Contains("(line 1, column", problem, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Enter_NotAnObject_Returns400ForTheWholeBody()
    {
        using var response = await _client.PostJsonAsync("/orders", "[1, 2]", HostCalls.Sales);

        var problem = await response.AssertFieldProblemAsync("$");
        Assert.Contains("review request", problem, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Enter_QuantityAsString_Returns400NamingTheField()
    {
        var body = HostCalls.ReviewRequest("01-ready-to-confirm.json", HostCalls.NewOrderId(), r => r["order"]!["lines"]![0]!["quantity"] = "ten");

        using var response = await _client.PostJsonAsync("/orders", body, HostCalls.Sales);

        var problem = await response.AssertFieldProblemAsync("order.lines[0].quantity");
        Assert.Contains("number", problem, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Enter_MissingOrder_Returns400NamingIt()
    {
        var body = HostCalls.ReviewRequest("01-ready-to-confirm.json", HostCalls.NewOrderId(), r => r.Remove("order"));

        using var response = await _client.PostJsonAsync("/orders", body, HostCalls.Sales);

        await response.AssertFieldProblemAsync("order");
    }

    [Fact]
    public async Task Enter_MissingOrderId_Returns400NamingIt()
    {
        var body = HostCalls.ReviewRequest("01-ready-to-confirm.json", HostCalls.NewOrderId(), r => r["order"]!.AsObject().Remove("orderId"));

        using var response = await _client.PostJsonAsync("/orders", body, HostCalls.Sales);

        await response.AssertFieldProblemAsync("order.orderId");
    }

    [Fact]
    public async Task Enter_MalformedDate_Returns400NamingTheField()
    {
        var body = HostCalls.ReviewRequest("01-ready-to-confirm.json", HostCalls.NewOrderId(), r => r["order"]!["requestedDeliveryDate"] = "15/12/2026");

        using var response = await _client.PostJsonAsync("/orders", body, HostCalls.Sales);

        await response.AssertFieldProblemAsync("order.requestedDeliveryDate");
    }

    [Fact]
    public async Task Enter_WithoutJsonContentType_Returns415Problem()
    {
        using var request = HostCalls.Request(HttpMethod.Post, "/orders", HostCalls.Sales, new StringContent(HostCalls.ReviewRequest("01-ready-to-confirm.json", HostCalls.NewOrderId()), System.Text.Encoding.UTF8, "text/plain"));

        using var response = await _client.SendAsync(request);

        await response.AssertProblemAsync(415);
    }

    [Fact]
    public async Task GetOrder_UnknownId_Returns404Problem()
    {
        using var response = await _client.GetAsAsync("/orders/SO-404", HostCalls.Head);

        var problem = await response.AssertProblemAsync(404);
        Assert.Equal("SO-404", problem.GetProperty("orderId").GetString());
        Assert.Equal(JsonValueKind.String, problem.GetProperty("detail").ValueKind);
    }
}
