using System.Net;
using Microsoft.Extensions.DependencyInjection;
using OrderConfirmation.Audit;
using OrderConfirmation.Storage;
using OrderConfirmation.Tests.Builders;

namespace OrderConfirmation.SampleHost.Tests;

/// <summary>
/// Issue 14: hosts that run several instances store in PostgreSQL. Two instances of the host on one database take
/// commands on the same order at once: no update is lost, revisions run on without a gap, and there is one audit trail
/// that verifies, whichever instance wrote each entry.
/// </summary>
[Trait("Requires", "PostgreSQL")]
public sealed class SeveralInstancesTests
{
    private static string Change(int i) =>
        $$"""{ "changeId": "CR-{{i}}", "requestedBy": "sales.li", "reason": "hosts {{i}}", "lines": [ { "lineNo": 1, "quantity": {{11 + (i % 2)}} } ] }""";

    [Fact]
    public async Task TwoInstancesOnOneDatabase_ChangesAtOnce_OneTrailAndContiguousRevisions()
    {
        await using var schema = await PostgresSchema.CreateAsync();
        await using var first = SampleHostFactory.OnPostgreSql(schema.ConnectionString);
        await using var second = SampleHostFactory.OnPostgreSql(schema.ConnectionString);
        var (a, b) = (first.CreateClient(), second.CreateClient());
        var orderId = await a.ReviewAsync("01-ready-to-confirm.json");
        using (var confirmed = await b.ConfirmAsync(orderId, HostCalls.Head))
        {
            Assert.Equal(HttpStatusCode.OK, confirmed.StatusCode);
        }

        var responses = await Task.WhenAll(Enumerable.Range(1, 60).Select(i =>
            Task.Run(() => (i % 2 == 0 ? a : b).PostJsonAsync($"/orders/{orderId}/changes", Change(i), HostCalls.Officer))));

        var bodies = await Task.WhenAll(responses.Select(r => r.JsonAsync()));
        Assert.All(responses, r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));
        var applied = bodies.Where(j => j.GetProperty("applied").GetBoolean()).Select(j => j.GetProperty("revision").GetInt32()).Order().ToArray();
        Assert.NotEmpty(applied);
        Assert.Equal(Enumerable.Range(2, applied.Length), applied);
        Assert.Equal(1 + applied.Length, (await b.OrderAsync(orderId)).GetProperty("revision").GetInt32());
        var trail = (IAuditTrail)second.Services.GetRequiredService<IOrderStore>();
        var entries = await trail.ReadAsync(new AuditQuery(OrderId: orderId)).ToListAsync();
        Assert.Equal(60, entries.Count(e => e.Kind == "ChangeRequest"));
        Assert.True((await trail.VerifyAsync()).IsIntact);
        Assert.Equal(await trail.GetHeadAsync(), await ((IAuditTrail)first.Services.GetRequiredService<IOrderStore>()).GetHeadAsync());
    }
}
