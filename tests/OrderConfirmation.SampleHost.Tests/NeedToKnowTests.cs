using System.Text.Json;

namespace OrderConfirmation.SampleHost.Tests;

/// <summary>
/// GET /orders/{id} per role, against the need-to-know table of the host's README (article 5): contact details and
/// addresses for Sales, Order Confirmation and Finance; prices for all but the executing departments; credit details
/// for Order Confirmation, Finance and the supervision group (Auditor).
/// </summary>
public sealed class NeedToKnowTests(SampleHostFactory host) : IClassFixture<SampleHostFactory>
{
    private const string Masked = "***";
    private readonly HttpClient _client = host.CreateClient();

    [Theory]
    [InlineData("SalesRep", true, true, false)]
    [InlineData("ConfirmationOfficer", true, true, true)]
    [InlineData("FinanceOfficer", true, true, true)]
    [InlineData("HeadOfOrderConfirmation", true, true, true)]
    [InlineData("ExecutionOfficer", false, false, false)]
    [InlineData("Auditor", false, true, true)]
    public async Task GetOrder_AsRole_ShowsOnlyWhatTheRoleHasBusinessWith(string role, bool customerData, bool prices, bool credit)
    {
        var orderId = await ConfirmedOrderWithOverdueWarningAsync();

        var view = await _client.OrderAsync(orderId, ("someone", role));

        Assert.Equal([role], view.GetProperty("viewedAs").EnumerateArray().Select(r => r.GetString()));
        string[] masked = [.. new[] { (customerData, "customerData"), (prices, "prices"), (credit, "credit") }.Where(c => !c.Item1).Select(c => c.Item2)];
        Assert.Equal(masked, view.GetProperty("masked").EnumerateArray().Select(m => m.GetString()));
        var order = view.GetProperty("order");
        var customer = order.GetProperty("customer");
        Assert.Equal("Hangzhou Xinghe Data Technology Co., Ltd", customer.GetProperty("name").GetString());
        Assert.Equal(customerData ? "Liu Yang" : Masked, customer.GetProperty("contact").GetProperty("person").GetString());
        Assert.Equal(customerData ? "+86 571 8866 2030" : Masked, customer.GetProperty("contact").GetProperty("phone").GetString());
        Assert.Equal(customerData ? "liu.yang@xinghe-data.example" : Masked, customer.GetProperty("contact").GetProperty("email").GetString());
        Assert.Equal(customerData ? "88 Wensan Rd, Xihu District" : Masked, customer.GetProperty("address").GetProperty("street").GetString());
        Assert.Equal(customerData ? "310052" : Masked, order.GetProperty("deliveryAddress").GetProperty("postalCode").GetString());
        Assert.Equal("CLOUD-HOST-16C", order.GetProperty("lines")[0].GetProperty("sku").GetString());
        Assert.Equal(4m, order.GetProperty("lines")[0].GetProperty("quantity").GetDecimal());
        Assert.Equal(prices ? 2400m : null, Number(order.GetProperty("lines")[0].GetProperty("unitPrice")));
        Assert.Equal(prices ? (4 * 2400m) + 8500m + (2 * 15800m) + 3000m : null, Number(order.GetProperty("total")));
        Assert.Equal(credit ? 12000m : null, view.GetProperty("credit") is { ValueKind: JsonValueKind.Object } profile ? profile.GetProperty("overdueAmount").GetDecimal() : (decimal?)null);
        foreach (var decision in new[] { view.GetProperty("latestReview"), view.GetProperty("confirmation").GetProperty("decision") })
        {
            var finding = Assert.Single(decision.GetProperty("findings").EnumerateArray());
            Assert.Equal("NoOverdueBalance", finding.GetProperty("rule").GetString());
            Assert.Equal("Warning", finding.GetProperty("severity").GetString());
            Assert.Equal(credit, finding.GetProperty("message").GetString() != Masked);
            var overdue = finding.GetProperty("values").GetProperty("overdueAmount");
            Assert.Equal(credit ? "12000" : Masked, overdue.ValueKind == JsonValueKind.Number ? overdue.GetDecimal().ToString("0.##", System.Globalization.CultureInfo.InvariantCulture) : overdue.GetString());
        }
    }

    [Fact]
    public async Task GetOrder_ForEveryRole_ShowsStatusAndRecords()
    {
        var orderId = await ConfirmedOrderWithOverdueWarningAsync();

        foreach (var role in new[] { "SalesRep", "ConfirmationOfficer", "FinanceOfficer", "HeadOfOrderConfirmation", "ExecutionOfficer", "Auditor" })
        {
            var view = await _client.OrderAsync(orderId, ("someone", role));
            Assert.Equal("Confirmed", view.GetProperty("status").GetString());
            Assert.Equal("2026-12-15", view.GetProperty("promisedDeliveryDate").GetString());
            Assert.Equal("head.chen", view.GetProperty("confirmation").GetProperty("confirmedBy").GetString());
            Assert.Equal("ReadyToConfirm", view.GetProperty("latestReview").GetProperty("outcome").GetString());
        }
    }

    private static decimal? Number(JsonElement value) => value.ValueKind == JsonValueKind.Null ? null : value.GetDecimal();

    private async Task<string> ConfirmedOrderWithOverdueWarningAsync()
    {
        var orderId = await _client.ReviewAsync("02-overdue-within-grace-warning.json", edit: r => r["order"]!.AsObject().Remove("enteredBy"));
        using var confirmed = await _client.ConfirmAsync(orderId, HostCalls.Head);
        Assert.Equal(System.Net.HttpStatusCode.OK, confirmed.StatusCode);
        return orderId;
    }
}
