using System.Net;

namespace OrderConfirmation.SampleHost.Tests;

public sealed class HappyPathTests(SampleHostFactory host) : IClassFixture<SampleHostFactory>
{
    private readonly HttpClient _client = host.CreateClient();

    [Fact]
    public async Task EnterReviewConfirmChange_EachPersonInTurn_TakesTheOrderThroughItsLife()
    {
        var orderId = HostCalls.NewOrderId();

        using var entered = await _client.PostJsonAsync("/orders", HostCalls.ReviewRequest("01-ready-to-confirm.json", orderId), HostCalls.Sales);
        Assert.Equal(HttpStatusCode.Created, entered.StatusCode);
        Assert.Equal("Submitted", (await _client.OrderAsync(orderId)).GetProperty("status").GetString());

        using var reviewed = await _client.PostJsonAsync($"/orders/{orderId}/review", string.Empty, HostCalls.Officer);
        Assert.Equal("ReadyToConfirm", (await reviewed.JsonAsync()).GetProperty("outcome").GetString());
        var underReview = await _client.OrderAsync(orderId);
        Assert.Equal("UnderReview", underReview.GetProperty("status").GetString());
        Assert.Equal("conf.wang", underReview.GetProperty("reviewedBy").GetString());

        using var confirmed = await _client.ConfirmAsync(orderId, HostCalls.Head);
        Assert.Equal(HttpStatusCode.OK, confirmed.StatusCode);
        Assert.Equal("head.chen", (await confirmed.JsonAsync()).GetProperty("confirmedBy").GetString());
        Assert.Equal("Confirmed", (await _client.OrderAsync(orderId)).GetProperty("status").GetString());

        using var changed = await _client.PostJsonAsync($"/orders/{orderId}/changes", """
            { "changeId": "CR-1", "requestedBy": "sales.li", "reason": "two more hosts", "lines": [ { "lineNo": 1, "quantity": 12 } ] }
            """, HostCalls.Officer);
        Assert.True((await changed.JsonAsync()).GetProperty("applied").GetBoolean());

        var order = await _client.OrderAsync(orderId, HostCalls.Sales);
        Assert.Equal("Confirmed", order.GetProperty("status").GetString());
        Assert.Equal(2, order.GetProperty("revision").GetInt32());
        Assert.Equal(12m, order.GetProperty("order").GetProperty("lines")[0].GetProperty("quantity").GetDecimal());
        Assert.Equal("sales.li", order.GetProperty("enteredBy").GetString());
    }
}
