using System.Net;
using System.Text.Json;
using OrderConfirmation.Cli.Tests.Reports;
using OrderConfirmation.Stages;

namespace OrderConfirmation.SampleHost.Tests;

public sealed class RuleCatalogueEndpointTests(SampleHostFactory host) : IClassFixture<SampleHostFactory>
{
    private readonly HttpClient _client = host.CreateClient();

    [Theory]
    [InlineData("audit.sun", "Auditor")]
    [InlineData("head.chen", "HeadOfOrderConfirmation")]
    public async Task RuleCatalogue_AuditorOrHead_GetsTheCatalogueOfTheRulesInForce(string user, string role)
    {
        using var response = await _client.GetAsAsync("/reports/rules", (user, role));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.MediaType());
        Assert.Equal("utf-8", response.Content.Headers.ContentType?.CharSet);
        var page = HtmlReport.Parse(await response.Content.ReadAsStringAsync());
        HtmlReport.AssertSelfContained(page);
        // The host runs the rules of its rules directory (appsettings.json: the repository's rules/, as shipped).
        var names = RuleNames(Path.Combine(AppContext.BaseDirectory, "rules"));
        Assert.Equal(names.Order(StringComparer.Ordinal), page.QuerySelectorAll("article.rule").Select(a => a.Id!["rule-".Length..]).Order(StringComparer.Ordinal));
        Assert.Equal(RuleSetLoader.LoadDirectory(Path.Combine(AppContext.BaseDirectory, "rules")).Version, Assert.Single(HtmlReport.Rows(HtmlReport.Table(page, "Version, effective date and test cases")), r => r[0] == "Version (content hash)")[1]);
        Assert.All(page.QuerySelectorAll("article.rule p.coverage"), p => Assert.Equal("Test cases: no test cases were run.", p.TextContent));
    }

    [Theory]
    [InlineData("sales.li", "SalesRep")]
    [InlineData("conf.wang", "ConfirmationOfficer")]
    [InlineData("fin.zhao", "FinanceOfficer")]
    public async Task RuleCatalogue_OtherRoles_AreForbidden(string user, string role)
    {
        using var response = await _client.GetAsAsync("/reports/rules", (user, role));

        var problem = await response.AssertProblemAsync(403);
        Assert.Contains("rule catalogue", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task RuleCatalogue_WithoutToken_IsUnauthorized()
    {
        using var response = await _client.GetAsync("/reports/rules");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task OpenApiDocument_DescribesTheCatalogueAsHtmlForTwoRoles()
    {
        var document = await OpenApiDocument.FetchAsync(_client);

        var (_, _, operation) = Assert.Single(document.Operations(), o => o.Path == "/reports/rules");
        Assert.True(operation.GetProperty("responses").GetProperty("200").GetProperty("content").TryGetProperty("text/html", out _));
        var description = operation.GetProperty("description").GetString()!;
        Assert.Contains("Auditor", description, StringComparison.Ordinal);
        Assert.Contains("HeadOfOrderConfirmation", description, StringComparison.Ordinal);
    }

    private static IEnumerable<string> RuleNames(string directory) =>
        Directory.GetFiles(directory, "*.json")
            .Select(f => JsonDocument.Parse(File.ReadAllText(f)).RootElement)
            .Where(r => r.ValueKind == JsonValueKind.Object && r.TryGetProperty("Rules", out _) && r.TryGetProperty("WorkflowName", out _))
            .SelectMany(r => r.GetProperty("Rules").EnumerateArray())
            .Where(r => !r.TryGetProperty("Enabled", out var enabled) || enabled.GetBoolean())
            .Select(r => r.GetProperty("RuleName").GetString()!);
}
