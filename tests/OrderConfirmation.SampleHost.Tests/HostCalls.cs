using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace OrderConfirmation.SampleHost.Tests;

/// <summary>The people who call the host in the tests, and the calls they make.</summary>
internal static class HostCalls
{
    public static readonly (string User, string Role) Officer = ("conf.wang", "ConfirmationOfficer");
    public static readonly (string User, string Role) Head = ("head.chen", "HeadOfOrderConfirmation");
    public static readonly (string User, string Role) Sales = ("sales.li", "SalesRep");

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

    /// <summary>POSTs JSON, as the actor when given.</summary>
    public static async Task<HttpResponseMessage> PostJsonAsync(this HttpClient client, string url, string json, (string User, string Role)? actor = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = new StringContent(json, Encoding.UTF8, "application/json") };
        if (actor is { } a)
        {
            request.Headers.Add("X-User", a.User);
            request.Headers.Add("X-Role", a.Role);
        }

        return await client.SendAsync(request);
    }

    /// <summary>Reviews a sample request as the officer and checks it was accepted.</summary>
    public static async Task<string> ReviewAsync(this HttpClient client, string sample, (string User, string Role)? officer = null)
    {
        var orderId = NewOrderId();
        using var response = await client.PostJsonAsync("/orders/review", ReviewRequest(sample, orderId), officer ?? Officer);
        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        return orderId;
    }

    /// <summary>Confirms an order as the actor, promising 2026-12-15.</summary>
    public static Task<HttpResponseMessage> ConfirmAsync(this HttpClient client, string orderId, (string User, string Role) actor, string body = """{ "promisedDeliveryDate": "2026-12-15" }""") =>
        client.PostJsonAsync($"/orders/{orderId}/confirm", body, actor);

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
        Assert.True(response.StatusCode == System.Net.HttpStatusCode.BadRequest, $"expected 400, got {(int)response.StatusCode}: {body}");
        Assert.Equal("application/problem+json", response.MediaType());
        var errors = JsonDocument.Parse(body).RootElement.GetProperty("errors");
        Assert.True(errors.TryGetProperty(field, out var messages), $"expected an error for '{field}', got {errors}");
        return messages[0].GetString()!;
    }

    /// <summary>Checks the response is a problem with the status and (when given) the lifecycle's refusal reason.</summary>
    public static async Task<JsonElement> AssertProblemAsync(this HttpResponseMessage response, int status, string? reason = null)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True((int)response.StatusCode == status, $"expected {status}, got {(int)response.StatusCode}: {body}");
        Assert.Equal("application/problem+json", response.MediaType());
        var problem = JsonDocument.Parse(body).RootElement.Clone();
        Assert.Equal(status, problem.GetProperty("status").GetInt32());
        if (reason is not null)
        {
            Assert.Equal(reason, problem.GetProperty("reason").GetString());
        }

        return problem;
    }
}
