using System.Net;
using System.Net.Http.Headers;
using System.Security.Cryptography;

namespace OrderConfirmation.SampleHost.Tests;

public sealed class AuthenticationTests(SampleHostFactory host) : IClassFixture<SampleHostFactory>
{
    private readonly HttpClient _client = host.CreateClient();

    public static TheoryData<string, string> Operations => new()
    {
        { "POST", "/orders" },
        { "POST", "/orders/SO-1/review" },
        { "POST", "/orders/SO-1/confirm" },
        { "POST", "/orders/SO-1/changes" },
        { "GET", "/orders/SO-1" },
        { "GET", "/kpis" },
    };

    [Theory]
    [MemberData(nameof(Operations))]
    public async Task AnyOperation_WithoutToken_Returns401ProblemAskingForABearerToken(string method, string url)
    {
        using var request = new HttpRequestMessage(new HttpMethod(method), url);

        using var response = await _client.SendAsync(request);

        var problem = await response.AssertProblemAsync(401);
        Assert.Contains("Bearer", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal("Bearer", Assert.Single(response.Headers.WwwAuthenticate).Scheme);
    }

    [Fact]
    public async Task GetOrder_TokenSignedWithAnotherKey_Returns401SayingTheSignatureIsInvalid()
    {
        var token = Tokens.Create(HostCalls.Head.User, [HostCalls.Head.Role], key: RandomNumberGenerator.GetBytes(32));

        using var response = await SendAsync(HttpMethod.Get, "/orders/SO-1", token);

        var problem = await response.AssertProblemAsync(401);
        Assert.Contains("signature", problem.GetProperty("detail").GetString(), StringComparison.OrdinalIgnoreCase);
        Assert.Contains("invalid_token", response.Headers.WwwAuthenticate.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetOrder_ExpiredToken_Returns401SayingItExpired()
    {
        var token = Tokens.Create(HostCalls.Head.User, [HostCalls.Head.Role], expires: DateTime.UtcNow.AddHours(-1));

        using var response = await SendAsync(HttpMethod.Get, "/orders/SO-1", token);

        var problem = await response.AssertProblemAsync(401);
        Assert.Contains("expired", problem.GetProperty("detail").GetString(), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task GetOrder_TokenOfAnotherIssuer_Returns401()
    {
        var token = Tokens.Create(HostCalls.Head.User, [HostCalls.Head.Role], issuer: "someone-else");

        using var response = await SendAsync(HttpMethod.Get, "/orders/SO-1", token);

        await response.AssertProblemAsync(401);
    }

    [Fact]
    public async Task GetOrder_TokenForAnotherAudience_Returns401()
    {
        var token = Tokens.Create(HostCalls.Head.User, [HostCalls.Head.Role], audience: "https://elsewhere.example");

        using var response = await SendAsync(HttpMethod.Get, "/orders/SO-1", token);

        await response.AssertProblemAsync(401);
    }

    [Fact]
    public async Task GetOrder_NotAJwt_Returns401()
    {
        using var response = await SendAsync(HttpMethod.Get, "/orders/SO-1", "not-a-token");

        await response.AssertProblemAsync(401);
    }

    [Fact]
    public async Task Confirm_SalesRepTokenWithForgedHeadRoleHeader_Returns403RoleNotPermitted()
    {
        var orderId = await _client.ReviewAsync("01-ready-to-confirm.json");
        using var request = HostCalls.Request(HttpMethod.Post, $"/orders/{orderId}/confirm", ("sales.zhou", "SalesRep"), Json("""{ "promisedDeliveryDate": "2026-12-15" }"""));
        request.Headers.Add("X-User", "head.chen");
        request.Headers.Add("X-Role", "HeadOfOrderConfirmation");

        using var response = await _client.SendAsync(request);

        var problem = await response.AssertProblemAsync(403, "RoleNotPermitted");
        Assert.Contains("sales.zhou", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal("UnderReview", (await _client.OrderAsync(orderId)).GetProperty("status").GetString());
    }

    [Fact]
    public async Task Confirm_ForgedActorHeadersWithoutToken_Returns401AndConfirmsNothing()
    {
        var orderId = await _client.ReviewAsync("01-ready-to-confirm.json");
        using var request = HostCalls.Request(HttpMethod.Post, $"/orders/{orderId}/confirm", actor: null, Json("""{ "promisedDeliveryDate": "2026-12-15" }"""));
        request.Headers.Add("X-User", "head.chen");
        request.Headers.Add("X-Role", "HeadOfOrderConfirmation");

        using var response = await _client.SendAsync(request);

        await response.AssertProblemAsync(401);
        Assert.Equal("UnderReview", (await _client.OrderAsync(orderId)).GetProperty("status").GetString());
    }

    [Fact]
    public async Task GetOrder_ExecutionTokenWithForgedRoleHeader_StillSeesTheExecutionView()
    {
        var orderId = await _client.EnterAsync("01-ready-to-confirm.json");
        using var request = HostCalls.Request(HttpMethod.Get, $"/orders/{orderId}", HostCalls.Execution);
        request.Headers.Add("X-Role", "HeadOfOrderConfirmation");

        using var response = await _client.SendAsync(request);

        var order = await response.JsonAsync();
        Assert.Equal(["ExecutionOfficer"], order.GetProperty("viewedAs").EnumerateArray().Select(r => r.GetString()));
        Assert.Equal("***", order.GetProperty("order").GetProperty("customer").GetProperty("contact").GetProperty("email").GetString());
    }

    [Fact]
    public async Task Confirm_ByTheUserWhoEnteredTheOrderWithAHeadToken_Returns403SeparationOfDuties()
    {
        var orderId = await _client.ReviewAsync("01-ready-to-confirm.json");

        using var response = await _client.ConfirmAsync(orderId, ("sales.li", "HeadOfOrderConfirmation"));

        await response.AssertProblemAsync(403, "SeparationOfDuties");
    }

    [Fact]
    public async Task GetOrder_TokenWithoutAHostRole_Returns403NamingTheRoles()
    {
        var token = Tokens.Create("visitor", ["Administrator"]);

        using var response = await SendAsync(HttpMethod.Get, "/orders/SO-1", token);

        var problem = await response.AssertProblemAsync(403);
        Assert.Contains("HeadOfOrderConfirmation", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetOrder_TokenWithoutAName_Returns403()
    {
        var token = Tokens.Create(user: null, [HostCalls.Head.Role]);

        using var response = await SendAsync(HttpMethod.Get, "/orders/SO-1", token);

        var problem = await response.AssertProblemAsync(403);
        Assert.Contains("unique_name", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Confirm_TokenNamingTheUserOnlyInSub_ConfirmsInThatName()
    {
        var orderId = await _client.ReviewAsync("01-ready-to-confirm.json");
        var token = Tokens.Create("head.sub", [HostCalls.Head.Role], subjectOnly: true);

        using var response = await SendAsync(HttpMethod.Post, $"/orders/{orderId}/confirm", token, Json("""{ "promisedDeliveryDate": "2026-12-15" }"""));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("head.sub", (await response.JsonAsync()).GetProperty("confirmedBy").GetString());
    }

    [Fact]
    public async Task Review_TokenWithSeveralRoles_ActsInTheRoleTheCommandPermits()
    {
        var orderId = await _client.EnterAsync("01-ready-to-confirm.json");
        var token = Tokens.Create("multi.wu", ["Auditor", "ConfirmationOfficer", "SalesRep"]);

        using var response = await SendAsync(HttpMethod.Post, $"/orders/{orderId}/review", token);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("multi.wu", (await _client.OrderAsync(orderId)).GetProperty("reviewedBy").GetString());
    }

    [Fact]
    public async Task GetOrder_TokenWithSeveralRoles_SeesWhatAnyOfThemSees()
    {
        var orderId = await _client.EnterAsync("01-ready-to-confirm.json");
        var token = Tokens.Create("multi.wu", ["SalesRep", "Auditor"]);

        using var response = await SendAsync(HttpMethod.Get, $"/orders/{orderId}", token);

        var order = await response.JsonAsync();
        Assert.Equal(["SalesRep", "Auditor"], order.GetProperty("viewedAs").EnumerateArray().Select(r => r.GetString()));
        Assert.Empty(order.GetProperty("masked").EnumerateArray());
        Assert.Equal("wf@acme.example", order.GetProperty("order").GetProperty("customer").GetProperty("contact").GetProperty("email").GetString());
        Assert.Equal(100000m, order.GetProperty("credit").GetProperty("creditLimit").GetDecimal());
    }

    [Fact]
    public async Task OpenApiDocument_WithoutToken_Returns200()
    {
        using var response = await _client.GetAsync("/openapi/v1.json");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    private static StringContent Json(string json) => new(json, System.Text.Encoding.UTF8, "application/json");

    private Task<HttpResponseMessage> SendAsync(HttpMethod method, string url, string token, HttpContent? content = null)
    {
        var request = new HttpRequestMessage(method, url) { Content = content };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return _client.SendAsync(request);
    }
}
