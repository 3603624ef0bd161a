using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace OrderConfirmation.SampleHost.Tests;

/// <summary>
/// The request body limit. A body with a Content-Length goes through the test client; a chunked one (no
/// Content-Length, Transfer-Encoding: chunked) is handed to the server directly, because the test client would
/// compute a Content-Length for any content it sends.
/// </summary>
public sealed class RequestBodyLimitTests(SampleHostFactory host) : IClassFixture<SampleHostFactory>
{
    /// <summary>The default limit the host's README documents: 1 MiB.</summary>
    private const int DefaultLimit = 1024 * 1024;

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Enter_BodyOverTheDefaultLimit_Returns413Problem(bool chunked)
    {
        var body = Padded(HostCalls.ReviewRequest("01-ready-to-confirm.json", HostCalls.NewOrderId()), DefaultLimit + 1);

        var (status, mediaType, problem) = await PostAsync(host, "/orders", HostCalls.Sales, body, chunked);

        Assert.Equal(413, status);
        Assert.Equal("application/problem+json", mediaType);
        Assert.Equal(413, problem.GetProperty("status").GetInt32());
        Assert.Equal("The request body is too large.", problem.GetProperty("title").GetString());
        Assert.Contains("1048576 bytes", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Enter_BodyOfExactlyTheDefaultLimit_IsEntered(bool chunked)
    {
        var body = Padded(HostCalls.ReviewRequest("01-ready-to-confirm.json", HostCalls.NewOrderId()), DefaultLimit);

        var (status, _, _) = await PostAsync(host, "/orders", HostCalls.Sales, body, chunked);

        Assert.Equal(201, status);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Change_BodyOverAConfiguredLimit_Returns413ProblemAndChangesNothing(bool chunked)
    {
        using var limited = host.WithWebHostBuilder(b => b.UseSetting("SampleHost:MaxRequestBodyBytes", "4096"));
        using var client = limited.CreateClient();
        var orderId = await client.ReviewAsync("01-ready-to-confirm.json");
        using var confirmed = await client.ConfirmAsync(orderId, HostCalls.Head);
        var body = Padded("""{ "changeId": "CR-1", "requestedBy": "sales.li", "lines": [ { "lineNo": 1, "quantity": 12 } ] }""", 4097);

        var (status, _, problem) = await PostAsync(limited, $"/orders/{orderId}/changes", HostCalls.Officer, body, chunked);

        Assert.Equal(413, status);
        Assert.Contains("4096 bytes", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(1, (await client.OrderAsync(orderId)).GetProperty("revision").GetInt32());
    }

    /// <summary>The JSON padded with trailing spaces to exactly <paramref name="bytes"/> bytes of UTF-8.</summary>
    private static byte[] Padded(string json, int bytes)
    {
        var utf8 = Encoding.UTF8.GetBytes(json);
        Assert.True(utf8.Length <= bytes);
        var padded = new byte[bytes];
        utf8.CopyTo(padded, 0);
        padded.AsSpan(utf8.Length).Fill((byte)' ');
        return padded;
    }

    /// <summary>POSTs the body as the actor, with a Content-Length or chunked; the status, media type and JSON body.</summary>
    private static async Task<(int Status, string? MediaType, JsonElement Body)> PostAsync(
        WebApplicationFactory<Program> factory, string url, (string User, string Role) actor, byte[] body, bool chunked)
    {
        if (!chunked)
        {
            using var client = factory.CreateClient();
            using var content = new ByteArrayContent(body);
            content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
            using var response = await client.SendAsync(HostCalls.Request(HttpMethod.Post, url, actor, content));
            Assert.Equal(body.Length, response.RequestMessage!.Content!.Headers.ContentLength);
            return ((int)response.StatusCode, response.MediaType(), Json(await response.Content.ReadAsStringAsync()));
        }

        var context = await factory.Server.SendAsync(c =>
        {
            c.Request.Method = "POST";
            c.Request.Path = url;
            c.Request.Headers.Authorization = $"Bearer {Tokens.For(actor.User, actor.Role)}";
            c.Request.Headers.TransferEncoding = "chunked";
            c.Request.ContentType = "application/json";
            c.Request.Body = new MemoryStream(body);
        });
        Assert.Null(context.Request.ContentLength);
        using var reader = new StreamReader(context.Response.Body);
        var mediaType = context.Response.ContentType is { } type ? MediaTypeHeaderValue.Parse(type).MediaType : null;
        return (context.Response.StatusCode, mediaType, Json(await reader.ReadToEndAsync()));
    }

    private static JsonElement Json(string text)
    {
        if (text.Length == 0)
        {
            return default;
        }

        using var document = JsonDocument.Parse(text);
        return document.RootElement.Clone();
    }
}
