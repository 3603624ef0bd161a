using System.Net;

namespace OrderConfirmation.SampleHost.Tests;

public sealed class ReviewEndpointTests(SampleHostFactory host) : IClassFixture<SampleHostFactory>
{
    private readonly HttpClient _client = host.CreateClient();

    [Fact]
    public async Task Review_SubmittedOrderByOfficer_ReturnsTheDecisionContract()
    {
        var orderId = await _client.EnterAsync("01-ready-to-confirm.json");

        using var response = await _client.PostJsonAsync($"/orders/{orderId}/review", string.Empty, HostCalls.Officer);

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
    public async Task Review_OrderOverCreditLimit_ReviewsWithTheFactsTheEntryBrought()
    {
        var orderId = await _client.EnterAsync("09-credit-limit-exceeded.json");

        using var response = await _client.PostJsonAsync($"/orders/{orderId}/review", string.Empty, HostCalls.Officer);

        var decision = await response.JsonAsync();
        Assert.Equal("OnHold", decision.GetProperty("outcome").GetString());
        var finding = Assert.Single(decision.GetProperty("findings").EnumerateArray());
        Assert.Equal("WithinCreditLimit", finding.GetProperty("rule").GetString());
        Assert.Equal("Finance", finding.GetProperty("department").GetString());
    }

    [Fact]
    public async Task Review_OrderWhosePriceListCameWithIt_RunsFinancesPricingStage()
    {
        var orderId = await _client.EnterAsync("15-pricing-discount-over-authority.json");

        using var response = await _client.PostJsonAsync($"/orders/{orderId}/review", string.Empty, HostCalls.Officer);

        var decision = await response.JsonAsync();
        Assert.Equal(["PreliminaryReview", "CreditAssessment", "PricingPolicy", "TechnicalFeasibility", "SupplyCapability"], decision.GetProperty("stagesRun").EnumerateArray().Select(s => s.GetString()));
        Assert.Equal("OnHold", decision.GetProperty("outcome").GetString());
        Assert.Equal(["DiscountWithinAuthority"], decision.GetProperty("findings").EnumerateArray().Select(f => f.GetProperty("rule").GetString()));
    }

    [Fact]
    public async Task Review_OrderInDollarsAgainstCreditInYuan_UsesTheRatesTheEntryBrought()
    {
        var orderId = await _client.EnterAsync("18-credit-in-another-currency.json");

        using var response = await _client.PostJsonAsync($"/orders/{orderId}/review", string.Empty, HostCalls.Officer);

        var finding = Assert.Single((await response.JsonAsync()).GetProperty("findings").EnumerateArray());
        Assert.Equal("WithinCreditLimit", finding.GetProperty("rule").GetString());
    }

    [Theory]
    [InlineData("conf.wang", "ConfirmationOfficer")]
    [InlineData("head.chen", "HeadOfOrderConfirmation")]
    public async Task Review_ByOrderConfirmation_PutsTheOrderUnderReviewByTheCaller(string user, string role)
    {
        var orderId = await _client.ReviewAsync("01-ready-to-confirm.json", (user, role));

        var order = await _client.OrderAsync(orderId);
        Assert.Equal("UnderReview", order.GetProperty("status").GetString());
        Assert.Equal("sales.li", order.GetProperty("enteredBy").GetString());
        Assert.Equal(user, order.GetProperty("reviewedBy").GetString());
        Assert.Equal(4, order.GetProperty("latestReview").GetProperty("stagesRun").GetArrayLength());
    }

    [Theory]
    [InlineData("SalesRep")]
    [InlineData("FinanceOfficer")]
    [InlineData("ExecutionOfficer")]
    [InlineData("Auditor")]
    public async Task Review_ByARoleOutsideOrderConfirmation_Returns403AndLeavesTheOrderSubmitted(string role)
    {
        var orderId = await _client.EnterAsync("01-ready-to-confirm.json");

        using var response = await _client.PostJsonAsync($"/orders/{orderId}/review", string.Empty, ("someone", role));

        var problem = await response.AssertProblemAsync(403, "RoleNotPermitted");
        Assert.Contains("ConfirmationOfficer", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal("Submitted", (await _client.OrderAsync(orderId)).GetProperty("status").GetString());
    }

    [Fact]
    public async Task Review_ADraft_Returns409WrongState()
    {
        var orderId = HostCalls.NewOrderId();
        using var entered = await _client.PostJsonAsync("/orders", HostCalls.ReviewRequest("05-several-entry-errors.json", orderId, r => r["order"]!.AsObject().Remove("enteredBy")), HostCalls.Sales);

        using var response = await _client.PostJsonAsync($"/orders/{orderId}/review", string.Empty, HostCalls.Officer);

        var problem = await response.AssertProblemAsync(409, "WrongState");
        Assert.Contains("Draft", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Review_Twice_Returns409WrongState()
    {
        var orderId = await _client.ReviewAsync("01-ready-to-confirm.json");

        using var again = await _client.PostJsonAsync($"/orders/{orderId}/review", string.Empty, HostCalls.Officer);

        var problem = await again.AssertProblemAsync(409, "WrongState");
        Assert.Contains("UnderReview", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Review_UnknownOrder_Returns404()
    {
        using var response = await _client.PostJsonAsync("/orders/SO-404/review", string.Empty, HostCalls.Officer);

        await response.AssertProblemAsync(404);
    }

    [Fact]
    public async Task ReviewAgain_OrderUnderReviewByOfficer_ReturnsTheNewDecisionAndKeepsItUnderReview()
    {
        var orderId = await _client.ReviewAsync("09-credit-limit-exceeded.json");

        using var response = await _client.PostJsonAsync($"/orders/{orderId}/review-again", string.Empty, HostCalls.Officer);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("OnHold", (await response.JsonAsync()).GetProperty("outcome").GetString());
        Assert.Equal("UnderReview", (await _client.OrderAsync(orderId)).GetProperty("status").GetString());
    }

    [Fact]
    public async Task ReviewAgain_SubmittedOrder_Returns409WrongState()
    {
        var orderId = await _client.EnterAsync("01-ready-to-confirm.json");

        using var response = await _client.PostJsonAsync($"/orders/{orderId}/review-again", string.Empty, HostCalls.Officer);

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Equal("WrongState", (await response.JsonAsync()).GetProperty("reason").GetString());
    }

    [Fact]
    public async Task ReviewAgain_ByTheHead_Returns403()
    {
        var orderId = await _client.ReviewAsync("01-ready-to-confirm.json");

        using var response = await _client.PostJsonAsync($"/orders/{orderId}/review-again", string.Empty, HostCalls.Head);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }
}
