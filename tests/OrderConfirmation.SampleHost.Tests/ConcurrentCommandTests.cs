using System.Net;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using OrderConfirmation.Audit;
using OrderConfirmation.Storage;

namespace OrderConfirmation.SampleHost.Tests;

/// <summary>
/// Issue 14: 200 commands sent at once on one order (its confirmation and change requests, some of them retried) lose
/// no update: every change applied has its own revision, the revisions run on without a gap, every assessment is in
/// the audit trail once, and the trail verifies.
/// </summary>
public sealed class ConcurrentCommandTests(SampleHostFactory host) : IClassFixture<SampleHostFactory>
{
    private readonly HttpClient _client = host.CreateClient();

    private static string Change(int i) =>
        $$"""{ "changeId": "CR-{{i}}", "requestedBy": "sales.li", "reason": "hosts {{i}}", "lines": [ { "lineNo": 1, "quantity": {{11 + (i % 2)}} } ] }""";

    [Fact]
    public async Task TwoHundredCommandsAtOnce_OnOneOrder_LoseNoUpdateAndKeepOneVerifyingTrail()
    {
        var orderId = await _client.ReviewAsync("01-ready-to-confirm.json");
        // 1 confirmation and 179 change requests, 20 of them sent twice: 200 requests, 180 distinct commands.
        var sends = new List<Func<Task<HttpResponseMessage>>> { () => _client.ConfirmAsync(orderId, HostCalls.Head) };
        sends.AddRange(Enumerable.Range(1, 179).Select(i => (Func<Task<HttpResponseMessage>>)(() => _client.PostJsonAsync($"/orders/{orderId}/changes", Change(i), HostCalls.Officer))));
        sends.AddRange(Enumerable.Range(1, 20).Select(i => (Func<Task<HttpResponseMessage>>)(() => _client.PostJsonAsync($"/orders/{orderId}/changes", Change(i * 7), HostCalls.Officer))));

        var responses = await Task.WhenAll(sends.Select(send => Task.Run(send)));
        var bodies = await Task.WhenAll(responses.Select(async r => (r.StatusCode, Json: await r.JsonAsync())));

        Assert.All(bodies, b => Assert.Equal(HttpStatusCode.OK, b.StatusCode));
        var changes = bodies.Skip(1).Select(b => b.Json).ToArray();
        var fresh = changes.Where(c => !c.TryGetProperty("replayed", out _)).ToArray();
        var applied = fresh.Where(c => c.GetProperty("applied").GetBoolean()).Select(c => c.GetProperty("revision").GetInt32()).Order().ToArray();
        Assert.Equal(179, fresh.Length);
        Assert.Equal(20, changes.Length - fresh.Length);
        Assert.NotEmpty(applied);
        Assert.Equal(Enumerable.Range(2, applied.Length), applied);

        var order = await _client.OrderAsync(orderId);
        Assert.Equal(1 + applied.Length, order.GetProperty("revision").GetInt32());
        Assert.Equal("Confirmed", order.GetProperty("status").GetString());

        var trail = (IAuditTrail)host.Services.GetRequiredService<IOrderStore>();
        var entries = await trail.ReadAsync(new AuditQuery(OrderId: orderId)).ToListAsync();
        Assert.Equal(179, entries.Count(e => e.Kind == "ChangeRequest"));
        Assert.Equal(applied.Length, entries.Count(e => e.Kind == "ChangeOutcome" && AppliedRevision(e) is not null));
        Assert.Equal(applied.Select(r => (int?)r), entries.Where(e => e.Kind == "ChangeOutcome").Select(AppliedRevision).Where(r => r is not null));
        Assert.Single(entries, e => e.Kind == "Confirmation");
        Assert.True((await trail.VerifyAsync()).IsIntact);
    }

    [Fact]
    public async Task Confirm_RetriedWithTheSameIdempotencyKey_ReturnsTheFirstRecordAndWritesNothing()
    {
        var orderId = await _client.ReviewAsync("01-ready-to-confirm.json");
        var trail = (IAuditTrail)host.Services.GetRequiredService<IOrderStore>();

        async Task<HttpResponseMessage> Confirm(string body)
        {
            var request = HostCalls.Request(HttpMethod.Post, $"/orders/{orderId}/confirm", HostCalls.Head, new StringContent(body, System.Text.Encoding.UTF8, "application/json"));
            request.Headers.Add("Idempotency-Key", "confirm-once");
            return await _client.SendAsync(request);
        }

        using var first = await Confirm("""{ "promisedDeliveryDate": "2026-12-15" }""");
        var head = await trail.GetHeadAsync();
        using var retry = await Confirm("""{ "promisedDeliveryDate": "2026-12-15" }""");
        using var other = await Confirm("""{ "promisedDeliveryDate": "2026-12-16" }""");

        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.Conflict), (first.StatusCode, retry.StatusCode, other.StatusCode));
        Assert.Equal(await first.Content.ReadAsStringAsync(), await retry.Content.ReadAsStringAsync());
        Assert.Equal("CommandIdReused", (await other.JsonAsync()).GetProperty("reason").GetString());
        Assert.Equal(head, await trail.GetHeadAsync());
    }

    [Fact]
    public async Task Commands_OnAnOrderWithLongIds_AreCarriedOutAndRetriedSafely()
    {
        var orderId = "SO-" + new string('7', 300);
        var changeId = "CR-" + new string('9', 300);
        using var entered = await _client.PostJsonAsync("/orders", HostCalls.ReviewRequest("01-ready-to-confirm.json", orderId), HostCalls.Sales);
        using var reviewed = await _client.PostJsonAsync($"/orders/{orderId}/review", string.Empty, HostCalls.Officer);
        using var confirmed = await _client.ConfirmAsync(orderId, HostCalls.Head);
        var change = $$"""{ "changeId": "{{changeId}}", "requestedBy": "sales.li", "reason": "two more hosts", "lines": [ { "lineNo": 1, "quantity": 12 } ] }""";

        using var changed = await _client.PostJsonAsync($"/orders/{orderId}/changes", change, HostCalls.Officer);
        using var again = await _client.PostJsonAsync($"/orders/{orderId}/changes", change, HostCalls.Officer);

        Assert.Equal((HttpStatusCode.Created, HttpStatusCode.OK, HttpStatusCode.OK), (entered.StatusCode, reviewed.StatusCode, confirmed.StatusCode));
        Assert.True((await changed.JsonAsync()).GetProperty("applied").GetBoolean());
        Assert.True((await again.JsonAsync()).GetProperty("replayed").GetBoolean());
        Assert.Equal(2, (await _client.OrderAsync(orderId)).GetProperty("revision").GetInt32());
    }

    private static int? AppliedRevision(AuditEntry entry)
    {
        using var payload = JsonDocument.Parse(entry.Payload);
        return payload.RootElement.TryGetProperty("revision", out var revision) && revision.ValueKind == JsonValueKind.Number ? revision.GetInt32() : null;
    }
}
