using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace OrderConfirmation.SampleHost.Tests;

/// <summary>The people who call the host in the tests, and the calls they make, each with a bearer token of their own.</summary>
internal static class HostCalls
{
    public static readonly (string User, string Role) Sales = ("sales.li", "SalesRep");
    public static readonly (string User, string Role) Officer = ("conf.wang", "ConfirmationOfficer");
    public static readonly (string User, string Role) Finance = ("fin.zhao", "FinanceOfficer");
    public static readonly (string User, string Role) Head = ("head.chen", "HeadOfOrderConfirmation");
    public static readonly (string User, string Role) Execution = ("exec.zhou", "ExecutionOfficer");
    public static readonly (string User, string Role) Auditor = ("audit.sun", "Auditor");

    /// <summary>A sample review request with its order renamed, so tests sharing a host never share an order.</summary>
    public static string ReviewRequest(string sample, string orderId, Action<JsonObject>? edit = null)
    {
        var request = JsonNode.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "samples", "requests", sample)))!.AsObject();
        request["order"]!["orderId"] = orderId;
        edit?.Invoke(request);
        return request.ToJsonString();
    }

    /// <summary>A fresh order id.</summary>
    public static string NewOrderId() => $"T-{Guid.NewGuid():N}"[..14];

    /// <summary>POSTs JSON, with the actor's bearer token when given.</summary>
    public static Task<HttpResponseMessage> PostJsonAsync(this HttpClient client, string url, string json, (string User, string Role)? actor = null) =>
        client.SendAsync(Request(HttpMethod.Post, url, actor, new StringContent(json, Encoding.UTF8, "application/json")));

    /// <summary>GETs, with the actor's bearer token.</summary>
    public static Task<HttpResponseMessage> GetAsAsync(this HttpClient client, string url, (string User, string Role) actor) =>
        client.SendAsync(Request(HttpMethod.Get, url, actor));

    /// <summary>A request with the actor's bearer token when given.</summary>
    public static HttpRequestMessage Request(HttpMethod method, string url, (string User, string Role)? actor, HttpContent? content = null)
    {
        var request = new HttpRequestMessage(method, url) { Content = content };
        if (actor is { } a)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", Tokens.For(a.User, a.Role));
        }

        return request;
    }

    /// <summary>
    /// Enters a sample request as the sales rep (sales.li by default), as entered by them unless <paramref name="edit"/>
    /// says otherwise, and checks it was entered.
    /// </summary>
    public static async Task<string> EnterAsync(this HttpClient client, string sample, (string User, string Role)? sales = null, Action<JsonObject>? edit = null)
    {
        var orderId = NewOrderId();
        var rep = sales ?? Sales;
        using var response = await client.PostJsonAsync("/orders", ReviewRequest(sample, orderId, r => { r["order"]!["enteredBy"] = rep.User; edit?.Invoke(r); }), rep);
        Assert.True(response.StatusCode == HttpStatusCode.Created, $"expected 201, got {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        return orderId;
    }

    /// <summary>Enters a sample request as sales.li and has the officer (conf.wang by default) review it; checks both were accepted.</summary>
    public static async Task<string> ReviewAsync(this HttpClient client, string sample, (string User, string Role)? officer = null, Action<JsonObject>? edit = null)
    {
        var orderId = await client.EnterAsync(sample, edit: edit);
        using var response = await client.PostJsonAsync($"/orders/{orderId}/review", string.Empty, officer ?? Officer);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"expected 200, got {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        return orderId;
    }

    /// <summary>Confirms an order as the actor, promising 2026-12-15.</summary>
    public static Task<HttpResponseMessage> ConfirmAsync(this HttpClient client, string orderId, (string User, string Role) actor, string body = """{ "promisedDeliveryDate": "2026-12-15" }""") =>
        client.PostJsonAsync($"/orders/{orderId}/confirm", body, actor);

    /// <summary>The order as the actor (the head of Order Confirmation by default) sees it; checks it was found.</summary>
    public static async Task<JsonElement> OrderAsync(this HttpClient client, string orderId, (string User, string Role)? actor = null)
    {
        using var response = await client.GetAsAsync($"/orders/{orderId}", actor ?? Head);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.JsonAsync();
    }

    /// <summary>The response's JSON.</summary>
    public static async Task<JsonElement> JsonAsync(this HttpResponseMessage response)
    {
        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return document.RootElement.Clone();
    }

    /// <summary>The media type of the response.</summary>
    public static string? MediaType(this HttpResponseMessage response) => response.Content.Headers.ContentType?.MediaType;

    /// <summary>Checks the response is a 400 validation problem naming the field, and returns what it says about it.</summary>
    public static async Task<string> AssertFieldProblemAsync(this HttpResponseMessage response, string field)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"expected 400, got {(int)response.StatusCode}: {body}");
        Assert.Equal("application/problem+json", response.MediaType());
        var errors = JsonDocument.Parse(body).RootElement.GetProperty("errors");
        Assert.True(errors.TryGetProperty(field, out var messages), $"expected an error for '{field}', got {errors}");
        return messages[0].GetString()!;
    }

    /// <summary>
    /// Checks the response is a problem (application/problem+json with a title and a detail) with the status and,
    /// when given, the refusal reason.
    /// </summary>
    public static async Task<JsonElement> AssertProblemAsync(this HttpResponseMessage response, int status, string? reason = null)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True((int)response.StatusCode == status, $"expected {status}, got {(int)response.StatusCode}: {body}");
        Assert.Equal("application/problem+json", response.MediaType());
        var problem = JsonDocument.Parse(body).RootElement.Clone();
        Assert.Equal(status, problem.GetProperty("status").GetInt32());
        Assert.False(string.IsNullOrWhiteSpace(problem.GetProperty("title").GetString()));
        if (reason is not null)
        {
            Assert.Equal(reason, problem.GetProperty("reason").GetString());
        }

        return problem;
    }
}
