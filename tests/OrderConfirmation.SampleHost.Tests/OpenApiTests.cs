using System.Net;
using System.Text.Json;

namespace OrderConfirmation.SampleHost.Tests;

public sealed class OpenApiTests(SampleHostFactory host) : IClassFixture<SampleHostFactory>
{
    private readonly HttpClient _client = host.CreateClient();

    [Fact]
    public async Task OpenApiDocument_DescribesEveryEndpoint()
    {
        var document = await OpenApiDocument.FetchAsync(_client);

        Assert.Equal(
            ["GET /cases/overdue", "GET /cases/{id}", "GET /kpis", "GET /orders/{id}", "GET /orders/{id}/communications", "GET /orders/{id}/readers", "GET /orders/{id}/tasks", "GET /reports/kpis", "GET /reports/rules", "GET /supervision/sample", "POST /cases", "POST /cases/reports", "POST /cases/{id}/answer", "POST /cases/{id}/assign", "POST /cases/{id}/close", "POST /cases/{id}/notes", "POST /cases/{id}/rectifications", "POST /cases/{id}/rectifications/{n}/done", "POST /orders", "POST /orders/{id}/changes", "POST /orders/{id}/communications", "POST /orders/{id}/confirm", "POST /orders/{id}/review", "POST /orders/{id}/review-again", "POST /orders/{id}/tasks/{taskId}/complete", "POST /orders/{id}/tasks/{taskId}/escalate"],
            document.Operations().Select(o => $"{o.Method.ToUpperInvariant()} {o.Path}").Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task OpenApiDocument_DeclaresTheBearerScheme()
    {
        var document = await OpenApiDocument.FetchAsync(_client);

        var scheme = document.Root.GetProperty("components").GetProperty("securitySchemes").GetProperty("Bearer");
        Assert.Equal("http", scheme.GetProperty("type").GetString());
        Assert.Equal("bearer", scheme.GetProperty("scheme").GetString());
        Assert.Equal("JWT", scheme.GetProperty("bearerFormat").GetString());
        Assert.False(document.Root.TryGetProperty("security", out _));
    }

    [Fact]
    public async Task OpenApiDocument_EveryOperationRequiresTheBearerTokenAndDeclares401And403Problems()
    {
        var document = await OpenApiDocument.FetchAsync(_client);

        // The anonymous reporting channel is the one operation open to callers without a token (article 6.1).
        foreach (var (path, method, operation) in document.Operations().Where(o => o.Path != "/cases/reports"))
        {
            var requirement = Assert.Single(operation.GetProperty("security").EnumerateArray());
            Assert.Equal(0, Assert.Single(requirement.EnumerateObject(), r => r.Name == "Bearer").Value.GetArrayLength());
            foreach (var status in new[] { "401", "403" })
            {
                var schema = operation.GetProperty("responses").GetProperty(status).GetProperty("content").GetProperty("application/problem+json").GetProperty("schema");
                Assert.True(schema.GetProperty("$ref").GetString() == "#/components/schemas/ProblemDetails", $"{method} {path} {status}");
            }
        }
    }

    [Fact]
    public async Task OpenApiDocument_AnonymousReportChannel_RequiresNoToken()
    {
        var document = await OpenApiDocument.FetchAsync(_client);

        var (_, _, operation) = Assert.Single(document.Operations(), o => o.Path == "/cases/reports");
        var requirement = Assert.Single(operation.GetProperty("security").EnumerateArray());
        Assert.Empty(requirement.EnumerateObject());
    }

    [Fact]
    public async Task OpenApiDocument_EverySuccessResponseHasAJsonSchema()
    {
        var document = await OpenApiDocument.FetchAsync(_client);

        // The reports are HTML pages (RuleCatalogueEndpointTests checks theirs).
        foreach (var (path, method, operation) in document.Operations().Where(o => !o.Path.StartsWith("/reports/", StringComparison.Ordinal)))
        {
            var successes = operation.GetProperty("responses").EnumerateObject().Where(r => r.Name.StartsWith('2')).ToList();
            Assert.NotEmpty(successes);
            // The reports are HTML pages for people; every other success is JSON.
            var mediaType = path.StartsWith("/reports/", StringComparison.Ordinal) ? "text/html" : "application/json";
            Assert.All(successes, r => Assert.Equal(JsonValueKind.Object, r.Value.GetProperty("content").GetProperty(mediaType).GetProperty("schema").ValueKind));
        }
    }

    [Fact]
    public async Task OpenApiDocument_EveryTagHasADescription()
    {
        var document = await OpenApiDocument.FetchAsync(_client);

        var tags = document.Root.GetProperty("tags").EnumerateArray().ToList();
        Assert.Contains(tags, t => t.GetProperty("name").GetString() == "Communications");
        Assert.All(tags, t => Assert.False(string.IsNullOrWhiteSpace(t.TryGetProperty("description", out var d) ? d.GetString() : null), t.GetProperty("name").GetString()));
    }

    [Fact]
    public async Task OpenApiDocument_NamesNoActorHeaders()
    {
        var document = await OpenApiDocument.FetchAsync(_client);

        var parameters = document.Operations()
            .SelectMany(o => o.Operation.TryGetProperty("parameters", out var p) ? p.EnumerateArray() : Enumerable.Empty<JsonElement>())
            .Select(p => p.GetProperty("name").GetString());
        Assert.DoesNotContain("X-User", parameters);
        Assert.DoesNotContain("X-Role", parameters);
    }

    [Fact]
    public async Task Responses_OfTheWholeFlow_MatchTheDeclaredSchemas()
    {
        var document = await OpenApiDocument.FetchAsync(_client);
        var orderId = HostCalls.NewOrderId();
        var calls = new List<(string Path, string Method, Func<Task<HttpResponseMessage>> Send)>
        {
            ("/orders", "post", () => _client.PostJsonAsync("/orders", HostCalls.ReviewRequest("02-overdue-within-grace-warning.json", orderId, r => r["order"]!.AsObject().Remove("enteredBy")), HostCalls.Sales)),
            ("/orders", "post", () => _client.PostJsonAsync("/orders", HostCalls.ReviewRequest("01-ready-to-confirm.json", orderId), HostCalls.Sales)),
            ("/orders/{id}/review", "post", () => _client.PostJsonAsync($"/orders/{orderId}/review", string.Empty, HostCalls.Officer)),
            ("/orders/{id}/review-again", "post", () => _client.PostJsonAsync($"/orders/{orderId}/review-again", string.Empty, HostCalls.Officer)),
            ("/orders/{id}/review-again", "post", () => _client.PostJsonAsync($"/orders/{orderId}/review-again", string.Empty, HostCalls.Head)),
            ("/orders/{id}/confirm", "post", () => _client.ConfirmAsync(orderId, HostCalls.Sales)),
            ("/orders/{id}/confirm", "post", () => _client.ConfirmAsync(orderId, HostCalls.Head, "{}")),
            ("/orders/{id}/confirm", "post", () => _client.ConfirmAsync(orderId, HostCalls.Head)),
            ("/orders/{id}/changes", "post", () => _client.PostJsonAsync($"/orders/{orderId}/changes", """{ "changeId": "CR-1", "requestedBy": "sales.li", "lines": [ { "lineNo": 1, "unitPrice": 2300 } ] }""", HostCalls.Officer)),
            ("/orders/{id}/changes", "post", () => _client.PostJsonAsync($"/orders/{orderId}/changes", """{ "changeId": "CR-2", "requestedBy": "sales.li", "currency": "USD" }""", HostCalls.Officer)),
            ("/orders/{id}/communications", "post", () => _client.PostJsonAsync($"/orders/{orderId}/communications", """{ "channel": "Email", "direction": "Outbound", "counterpart": "Customer: Zhang Wei", "summary": "Sent the confirmation.", "occurredAt": "2026-11-20T01:30:00Z" }""", HostCalls.Sales)),
            ("/orders/{id}/communications", "post", () => _client.PostJsonAsync($"/orders/{orderId}/communications", """{ "channel": "Email", "direction": "Outbound", "counterpart": "Customer: Zhang Wei", "summary": "Sent the confirmation.", "occurredAt": "2026-11-20T01:30:00Z" }""", HostCalls.Auditor)),
            ("/orders/{id}/communications", "get", () => _client.GetAsAsync($"/orders/{orderId}/communications", HostCalls.Head)),
            ("/orders/{id}/communications", "get", () => _client.GetAsAsync($"/orders/{orderId}/communications", HostCalls.Execution)),
            ("/orders/{id}", "get", () => _client.GetAsAsync($"/orders/{orderId}", HostCalls.Head)),
            ("/orders/{id}", "get", () => _client.GetAsAsync($"/orders/{orderId}", HostCalls.Execution)),
            ("/orders/{id}", "get", () => _client.GetAsAsync("/orders/SO-404", HostCalls.Auditor)),
            ("/kpis", "get", () => _client.GetAsAsync("/kpis?by=employee&asOf=2026-11-27T10:00:00Z", HostCalls.Auditor)),
            ("/kpis", "get", () => _client.GetAsAsync("/kpis?by=employee", HostCalls.Sales)),
            ("/kpis", "get", () => _client.GetAsync("/kpis")),
        };
        var statuses = new List<int>();

        foreach (var (path, method, send) in calls)
        {
            using var response = await send();
            statuses.Add((int)response.StatusCode);
            var problems = await document.ProblemsAsync(path, method, response);
            Assert.True(problems.Count == 0, $"{method.ToUpperInvariant()} {path} {(int)response.StatusCode}: {string.Join("; ", problems)}");
        }

        Assert.Equal([201, 409, 200, 200, 403, 403, 400, 200, 200, 200, 201, 403, 200, 200, 200, 200, 404, 200, 403, 401], statuses);
    }
}
