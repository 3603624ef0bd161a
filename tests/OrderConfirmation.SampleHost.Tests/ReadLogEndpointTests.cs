using System.Net;

namespace OrderConfirmation.SampleHost.Tests;

/// <summary>
/// The read log over HTTP (issue 16, point 5): each GET /orders/{id} is recorded before the order is shown (who, role,
/// what was masked), and only the Auditor lists the readers (articles 5 and 6.1).
/// </summary>
public sealed class ReadLogEndpointTests(SampleHostFactory host) : IClassFixture<SampleHostFactory>
{
    private readonly HttpClient _client = host.CreateClient();

    [Fact]
    public async Task GetReaders_AfterReadsByTwoRoles_ListsEachReadWithWhatWasMasked()
    {
        var orderId = await _client.ReviewAsync("01-ready-to-confirm.json");
        await _client.OrderAsync(orderId, ("fin.zhao", "FinanceOfficer"));
        await _client.OrderAsync(orderId, ("exec.zhou", "ExecutionOfficer"));

        using var response = await _client.GetAsAsync($"/orders/{orderId}/readers", HostCalls.Auditor);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var readers = (await response.JsonAsync()).EnumerateArray().ToArray();
        Assert.Equal(
            ["fin.zhao FinanceOfficer ", "exec.zhou ExecutionOfficer customerData,prices,credit"],
            readers.Select(r => $"{r.GetProperty("reader").GetString()} {r.GetProperty("role").GetString()} {string.Join(',', r.GetProperty("masked").EnumerateArray().Select(m => m.GetString()))}"));
        Assert.True(readers[0].GetProperty("sequence").GetInt64() < readers[1].GetProperty("sequence").GetInt64());
    }

    [Fact]
    public async Task GetReaders_AfterTheCommunicationsWereListed_ListsThatReadToo()
    {
        var orderId = await _client.ReviewAsync("01-ready-to-confirm.json");
        using var listed = await _client.GetAsAsync($"/orders/{orderId}/communications", ("exec.zhou", "ExecutionOfficer"));

        using var response = await _client.GetAsAsync($"/orders/{orderId}/readers", HostCalls.Auditor);

        Assert.Equal(HttpStatusCode.OK, listed.StatusCode);
        var reading = Assert.Single((await response.JsonAsync()).EnumerateArray());
        Assert.Equal(("exec.zhou", "ExecutionOfficer"), (reading.GetProperty("reader").GetString(), reading.GetProperty("role").GetString()));
    }

    [Fact]
    public async Task GetReaders_TheAuditorsOwnListing_IsNotARead()
    {
        var orderId = await _client.ReviewAsync("01-ready-to-confirm.json");

        using var first = await _client.GetAsAsync($"/orders/{orderId}/readers", HostCalls.Auditor);
        using var second = await _client.GetAsAsync($"/orders/{orderId}/readers", HostCalls.Auditor);

        Assert.Empty((await second.JsonAsync()).EnumerateArray());
    }

    [Theory]
    [InlineData("SalesRep")]
    [InlineData("ConfirmationOfficer")]
    [InlineData("FinanceOfficer")]
    [InlineData("HeadOfOrderConfirmation")]
    [InlineData("ExecutionOfficer")]
    public async Task GetReaders_NotAnAuditor_Returns403(string role)
    {
        var orderId = await _client.ReviewAsync("01-ready-to-confirm.json");

        using var response = await _client.GetAsAsync($"/orders/{orderId}/readers", ("someone", role));

        await response.AssertProblemAsync(403);
    }

    [Fact]
    public async Task GetReaders_UnknownOrder_Returns404()
    {
        using var response = await _client.GetAsAsync("/orders/NO-SUCH-ORDER/readers", HostCalls.Auditor);

        await response.AssertProblemAsync(404);
    }
}
