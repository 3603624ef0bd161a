using System.Globalization;
using System.Net;
using AngleSharp.Html.Parser;

namespace OrderConfirmation.SampleHost.Tests;

/// <summary>
/// <c>GET /reports/kpis</c> (issue 18, item 4): the KPI report as text/html, for the Auditor and the head of Order
/// Confirmation only, over the same records as <c>GET /kpis</c>.
/// </summary>
public sealed class KpiReportEndpointTests : IDisposable
{
    private const string AsOf = "2026-11-27T10:00:00Z";

    private readonly SampleHostFactory _host = new();
    private readonly HttpClient _client;

    public KpiReportEndpointTests() => _client = _host.CreateClient();

    public void Dispose()
    {
        _client.Dispose();
        _host.Dispose();
    }

    [Theory]
    [InlineData("Auditor")]
    [InlineData("HeadOfOrderConfirmation")]
    public async Task Report_ForAuditorOrHead_IsAnHtmlPage(string role)
    {
        using var response = await _client.GetAsAsync($"/reports/kpis?asOf={AsOf}", ("someone", role));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.MediaType());
        Assert.Equal("utf-8", response.Content.Headers.ContentType?.CharSet);
        var page = new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());
        Assert.Equal("KPI report", page.Title);
        Assert.Empty(page.QuerySelectorAll("script, link, img"));
    }

    [Theory]
    [InlineData("SalesRep")]
    [InlineData("ConfirmationOfficer")]
    [InlineData("FinanceOfficer")]
    [InlineData("ExecutionOfficer")]
    public async Task Report_ForAnotherRole_Returns403(string role)
    {
        using var response = await _client.GetAsAsync($"/reports/kpis?asOf={AsOf}", ("someone", role));

        var problem = await response.AssertProblemAsync(403);
        Assert.Contains("KPI report", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Report_HeadlineFigures_EqualTheKpisEndpoint()
    {
        using var json = await _client.GetAsAsync($"/kpis?asOf={AsOf}", HostCalls.Head);
        var all = Assert.Single((await json.JsonAsync()).EnumerateArray());
        using var html = await _client.GetAsAsync($"/reports/kpis?asOf={AsOf}", HostCalls.Head);
        var page = new HtmlParser().ParseDocument(await html.Content.ReadAsStringAsync());

        var values = page.QuerySelectorAll("section#headline tbody tr").Select(r => r.Children[1].TextContent).ToList();

        Assert.Equal(
            [
                Percent(all.GetProperty("accuracy").GetProperty("rate").GetDecimal()),
                Percent(all.GetProperty("timeliness").GetProperty("rate").GetDecimal()),
                all.GetProperty("satisfaction").GetProperty("overall").GetDecimal().ToString("0.00", CultureInfo.InvariantCulture),
                Percent(all.GetProperty("cases").GetProperty("rate").GetDecimal()),
            ],
            values);
    }

    [Fact]
    public async Task Report_ShowsTheTargetsOfTheRulesDirectorysCalendar()
    {
        using var html = await _client.GetAsAsync($"/reports/kpis?asOf={AsOf}", HostCalls.Auditor);
        var page = new HtmlParser().ParseDocument(await html.Content.ReadAsStringAsync());

        // rules/calendar.json sets a target for each of the four figures.
        Assert.All(page.QuerySelectorAll("section#headline tbody tr"), r => Assert.NotEqual("none", r.Children[2].TextContent));
    }

    [Theory]
    [InlineData("/reports/kpis?from=2026-13-01", "from")]
    [InlineData("/reports/kpis?asOf=2026-11-27", "asOf")]
    [InlineData("/reports/kpis?from=2026-11-30&to=2026-11-01", "to")]
    public async Task Report_BadParameter_Returns400NamingIt(string url, string parameter)
    {
        using var response = await _client.GetAsAsync(url, HostCalls.Head);

        await response.AssertFieldProblemAsync(parameter);
    }

    private static string Percent(decimal rate) => (rate * 100m).ToString("0.0", CultureInfo.InvariantCulture) + " %";
}
