using System.Net;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using OrderConfirmation.Lifecycle.Commands;
using OrderConfirmation.Lifecycle.State;
using OrderConfirmation.Storage;

namespace OrderConfirmation.SampleHost.Tests;

public sealed class KpiEndpointTests : IDisposable
{
    private readonly SampleHostFactory _host = new();
    private readonly HttpClient _client;

    public KpiEndpointTests() => _client = _host.CreateClient();

    public void Dispose()
    {
        _client.Dispose();
        _host.Dispose();
    }

    [Fact]
    public async Task Kpis_SampleRecords_MatchTheWorkedExample()
    {
        using var response = await _client.GetAsAsync("/kpis?asOf=2026-11-27T10:00:00Z", HostCalls.Sales);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.MediaType());
        var all = Assert.Single((await response.JsonAsync()).EnumerateArray());
        Assert.Equal("all", all.GetProperty("group").GetString());
        Assert.Equal(0.6m, all.GetProperty("accuracy").GetProperty("rate").GetDecimal());
        Assert.Equal(5, all.GetProperty("timeliness").GetProperty("onTime").GetInt32());
        Assert.Equal(7, all.GetProperty("timeliness").GetProperty("due").GetInt32());
        Assert.Equal(0.75m, all.GetProperty("satisfaction").GetProperty("csat").GetDecimal());
    }

    [Fact]
    public async Task Kpis_ByEmployee_GivesOneGroupPerEmployee()
    {
        using var response = await _client.GetAsAsync("/kpis?asOf=2026-11-27T10:00:00Z&by=employee", HostCalls.Auditor);

        var groups = (await response.JsonAsync()).EnumerateArray().Select(g => g.GetProperty("group").GetString());
        // CC-4, an anonymous report, is assigned to a department but to no employee.
        Assert.Equal(["(none)", "conf.li", "conf.wang", "sales.zhang"], groups);
    }

    [Fact]
    public async Task Kpis_SampleRecords_IncludeTheCustomerCases()
    {
        using var response = await _client.GetAsAsync("/kpis?asOf=2026-11-27T10:00:00Z", HostCalls.Sales);

        var cases = Assert.Single((await response.JsonAsync()).EnumerateArray()).GetProperty("cases");
        // samples/kpi/README.md: six cases, three of the five due answered on time, one report not yet due; one of three
        // complaints substantiated over six confirmed orders.
        Assert.Equal((6, 3, 5, 1), (cases.GetProperty("received").GetInt32(), cases.GetProperty("answeredOnTime").GetInt32(), cases.GetProperty("due").GetInt32(), cases.GetProperty("notYetDue").GetInt32()));
        Assert.Equal((0.6m, 3, 1), (cases.GetProperty("rate").GetDecimal(), cases.GetProperty("complaints").GetInt32(), cases.GetProperty("substantiatedComplaints").GetInt32()));
        Assert.Equal(100m / 6m, cases.GetProperty("complaintsPer100Orders").GetDecimal());
    }

    [Fact]
    public async Task Kpis_IncludeTheOrdersTheHostKeeps()
    {
        var orderId = await _client.ReviewAsync("01-ready-to-confirm.json", ("conf.kpi", "ConfirmationOfficer"));
        using var confirmed = await _client.ConfirmAsync(orderId, HostCalls.Head);

        using var response = await _client.GetAsAsync("/kpis?by=employee&from=2026-11-20&to=2026-11-20", HostCalls.Head);

        var group = (await response.JsonAsync()).EnumerateArray().Single(g => g.GetProperty("group").GetString() == "conf.kpi");
        Assert.Equal(1, group.GetProperty("timeliness").GetProperty("onTime").GetInt32());
        Assert.Equal(1, group.GetProperty("timeliness").GetProperty("due").GetInt32());
        Assert.Equal(1, group.GetProperty("accuracy").GetProperty("notAssessed").GetInt32());
    }

    [Fact]
    public async Task Kpis_AnOrderRejectedInTime_CountsAsProcessedOnTimeNotLateForever()
    {
        var orderId = await _client.ReviewAsync("01-ready-to-confirm.json", ("conf.rejects", "ConfirmationOfficer"));
        _host.Clock.AdvanceMinutes(30);
        var rejected = await _host.Services.GetRequiredService<OrderCommandProcessor>()
            .ExecuteAsync("reject-" + orderId, orderId, new RejectOrder("blocked customer"), new Actor("conf.rejects", Role.ConfirmationOfficer));
        Assert.True(rejected.IsAccepted, rejected.Refusal?.Message);
        _host.Clock.Advance(Duration.FromDays(30));

        using var response = await _client.GetAsAsync("/kpis?by=employee&from=2026-11-20&to=2026-11-20", HostCalls.Head);

        var group = (await response.JsonAsync()).EnumerateArray().Single(g => g.GetProperty("group").GetString() == "conf.rejects");
        Assert.Equal(1, group.GetProperty("timeliness").GetProperty("onTime").GetInt32());
        Assert.Equal(1, group.GetProperty("timeliness").GetProperty("due").GetInt32());
        Assert.Equal(0, group.GetProperty("accuracy").GetProperty("notAssessed").GetInt32());
    }

    [Fact]
    public async Task Kpis_NothingInTheRange_GivesNullRatesNotZero()
    {
        using var response = await _client.GetAsAsync("/kpis?from=2025-01-01&to=2025-01-31", HostCalls.Execution);

        var all = Assert.Single((await response.JsonAsync()).EnumerateArray());
        Assert.Equal(JsonValueKind.Null, all.GetProperty("accuracy").GetProperty("rate").ValueKind);
        Assert.Equal(JsonValueKind.Null, all.GetProperty("timeliness").GetProperty("rate").ValueKind);
    }

    [Theory]
    [InlineData("/kpis?by=weekly", "by")]
    [InlineData("/kpis?by=1", "by")]
    [InlineData("/kpis?from=2026-13-01", "from")]
    [InlineData("/kpis?to=yesterday", "to")]
    [InlineData("/kpis?asOf=2026-11-27", "asOf")]
    [InlineData("/kpis?from=2026-11-30&to=2026-11-01", "to")]
    public async Task Kpis_BadParameter_Returns400NamingIt(string url, string parameter)
    {
        using var response = await _client.GetAsAsync(url, HostCalls.Head);

        await response.AssertFieldProblemAsync(parameter);
    }

    [Theory]
    [InlineData("SalesRep")]
    [InlineData("ConfirmationOfficer")]
    [InlineData("FinanceOfficer")]
    [InlineData("ExecutionOfficer")]
    public async Task Kpis_ByEmployeeForARoleOtherThanAuditorOrHead_Returns403(string role)
    {
        using var response = await _client.GetAsAsync("/kpis?asOf=2026-11-27T10:00:00Z&by=employee", ("someone", role));

        var problem = await response.AssertProblemAsync(403);
        Assert.Contains("by=employee", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Auditor")]
    [InlineData("HeadOfOrderConfirmation")]
    public async Task Kpis_ByEmployeeForAuditorOrHead_Returns200(string role)
    {
        using var response = await _client.GetAsAsync("/kpis?asOf=2026-11-27T10:00:00Z&by=employee", ("someone", role));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains((await response.JsonAsync()).EnumerateArray(), g => g.GetProperty("group").GetString() == "conf.wang");
    }

    [Theory]
    [InlineData("by=department")]
    [InlineData("by=month")]
    [InlineData("by=none")]
    public async Task Kpis_OtherGroupingsForASalesRep_Return200(string query)
    {
        using var response = await _client.GetAsAsync($"/kpis?asOf=2026-11-27T10:00:00Z&{query}", HostCalls.Sales);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Kpis_WithoutToken_Returns401()
    {
        using var response = await _client.GetAsync("/kpis?asOf=2026-11-27T10:00:00Z&by=employee");

        await response.AssertProblemAsync(401);
    }
}
