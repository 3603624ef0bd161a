using System.Net;
using System.Security.Cryptography;
using System.Text;

namespace OrderConfirmation.SampleHost.Tests;

/// <summary>
/// <c>GET /supervision/sample</c>: the Auditor draws the orders this host confirmed in a period, ranked by the lowercase
/// hex SHA-256 of <c>&lt;seed&gt;:&lt;orderId&gt;</c> (computed here by hand), each with its checklist; other roles get 403.
/// </summary>
public sealed class SupervisionEndpointTests : IDisposable
{
    private readonly SampleHostFactory _host = new();
    private readonly HttpClient _client;

    public SupervisionEndpointTests() => _client = _host.CreateClient();

    public void Dispose()
    {
        _client.Dispose();
        _host.Dispose();
    }

    private static string Hash(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));

    [Fact]
    public async Task Sample_ByAuditor_DrawsTheConfirmedOrdersInRankOrderWithTheirChecklists()
    {
        var confirmed = new List<string>();
        for (var i = 0; i < 3; i++)
        {
            var orderId = await _client.ReviewAsync("01-ready-to-confirm.json");
            using var confirm = await _client.ConfirmAsync(orderId, HostCalls.Head);
            Assert.Equal(HttpStatusCode.OK, confirm.StatusCode);
            confirmed.Add(orderId);
        }

        var notConfirmed = await _client.ReviewAsync("01-ready-to-confirm.json");
        var expected = confirmed.Select(id => (Hash: Hash($"s-1:{id}"), id)).OrderBy(x => x.Hash, StringComparer.Ordinal).Take(2).ToList();

        using var response = await _client.GetAsAsync("/supervision/sample?from=2026-11-20&to=2026-11-20&size=2&seed=s-1", HostCalls.Auditor);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(await (await OpenApiDocument.FetchAsync(_client)).ProblemsAsync("/supervision/sample", "get", response));
        var body = await response.JsonAsync();
        Assert.Equal(3, body.GetProperty("eligible").GetInt32());
        var orders = body.GetProperty("orders").EnumerateArray().ToList();
        Assert.Equal(expected.Select(x => (x.id, x.Hash)), orders.Select(o => (o.GetProperty("orderId").GetString()!, o.GetProperty("rankKey").GetString()!)));
        Assert.DoesNotContain(notConfirmed, orders.Select(o => o.GetProperty("orderId").GetString()));
        Assert.All(orders, o => Assert.True(o.GetProperty("passed").GetBoolean(), o.ToString()));
        Assert.All(orders, o => Assert.Equal(6, o.GetProperty("checks").GetArrayLength()));
    }

    [Theory]
    [InlineData("SalesRep")]
    [InlineData("ConfirmationOfficer")]
    [InlineData("HeadOfOrderConfirmation")]
    [InlineData("FinanceOfficer")]
    [InlineData("ExecutionOfficer")]
    public async Task Sample_ByAnotherRole_IsForbidden(string role)
    {
        using var response = await _client.GetAsAsync("/supervision/sample?from=2026-11-20&to=2026-11-20&size=2&seed=s", ("someone", role));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Theory]
    [InlineData("from=2026-11-21&to=2026-11-20&size=2&seed=s", "to")]
    [InlineData("from=2026-11-20&to=2026-11-20&size=0&seed=s", "size")]
    [InlineData("from=2026-11-20&to=2026-11-20&size=2", "seed")]
    [InlineData("from=20.11.2026&to=2026-11-20&size=2&seed=s", "from")]
    public async Task Sample_BadQuery_Is400NamingTheField(string query, string field)
    {
        using var response = await _client.GetAsAsync($"/supervision/sample?{query}", HostCalls.Auditor);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(field, (await response.JsonAsync()).ToString(), StringComparison.Ordinal);
    }
}
