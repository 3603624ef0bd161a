using System.Net;
using Microsoft.Extensions.DependencyInjection;
using OrderConfirmation.Audit;
using OrderConfirmation.Storage;

namespace OrderConfirmation.SampleHost.Tests;

/// <summary>
/// Issue 14: the host keeps what it did across a restart (article 4.2: the confirmation's time and person kept for
/// query and tracing): started twice on the same SQLite file, the second host knows the order, its revision, its
/// decision and its trail, and refuses to enter or confirm it again.
/// </summary>
public sealed class RestartTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("oc-restart-").FullName;

    private string DatabasePath => Path.Combine(_folder, "orderconfirmation.db");

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    [Fact]
    public async Task SecondHost_OnTheSameSqliteFile_KeepsOrderRevisionDecisionAndTrailAndRefusesToRepeatThem()
    {
        var orderId = HostCalls.NewOrderId();
        AuditHead headBefore;
        await using (var first = new SampleHostFactory(DatabasePath))
        {
            var client = first.CreateClient();
            using var entered = await client.PostJsonAsync("/orders", HostCalls.ReviewRequest("01-ready-to-confirm.json", orderId), HostCalls.Sales);
            using var reviewed = await client.PostJsonAsync($"/orders/{orderId}/review", string.Empty, HostCalls.Officer);
            using var confirmed = await client.ConfirmAsync(orderId, HostCalls.Head);
            using var changed = await client.PostJsonAsync($"/orders/{orderId}/changes", """
                { "changeId": "CR-1", "requestedBy": "sales.li", "reason": "two more hosts", "lines": [ { "lineNo": 1, "quantity": 12 } ] }
                """, HostCalls.Officer);
            Assert.Equal((HttpStatusCode.Created, HttpStatusCode.OK, HttpStatusCode.OK), (entered.StatusCode, reviewed.StatusCode, confirmed.StatusCode));
            Assert.True((await changed.JsonAsync()).GetProperty("applied").GetBoolean());
            headBefore = await Trail(first).GetHeadAsync();
        }

        await using var second = new SampleHostFactory(DatabasePath);
        var again = second.CreateClient();

        Assert.Equal(headBefore, await Trail(second).GetHeadAsync());
        var order = await again.OrderAsync(orderId);
        Assert.Equal(("Confirmed", 2), (order.GetProperty("status").GetString(), order.GetProperty("revision").GetInt32()));
        Assert.Equal("ReadyToConfirm", order.GetProperty("latestReview").GetProperty("outcome").GetString());
        Assert.Equal("head.chen", order.GetProperty("confirmation").GetProperty("confirmedBy").GetString());
        Assert.Equal(headBefore.Sequence + 1, (await Trail(second).GetHeadAsync()).Sequence); // the read, recorded on the same chain

        using var reentered = await again.PostJsonAsync("/orders", HostCalls.ReviewRequest("01-ready-to-confirm.json", orderId), HostCalls.Sales);
        using var reconfirmed = await again.ConfirmAsync(orderId, HostCalls.Head);
        using var rechanged = await again.PostJsonAsync($"/orders/{orderId}/changes", """
            { "changeId": "CR-1", "requestedBy": "sales.li", "reason": "two more hosts", "lines": [ { "lineNo": 1, "quantity": 12 } ] }
            """, HostCalls.Officer);

        Assert.Equal((HttpStatusCode.Conflict, "WrongState"), (reentered.StatusCode, (await reentered.JsonAsync()).GetProperty("reason").GetString()));
        Assert.Equal((HttpStatusCode.Conflict, "WrongState"), (reconfirmed.StatusCode, (await reconfirmed.JsonAsync()).GetProperty("reason").GetString()));
        Assert.True((await rechanged.JsonAsync()).GetProperty("replayed").GetBoolean());
        Assert.Equal(2, (await again.OrderAsync(orderId)).GetProperty("revision").GetInt32());
        var entries = await Trail(second).ReadAsync(new AuditQuery(OrderId: orderId)).ToListAsync();
        Assert.Single(entries, e => e.Kind == "Confirmation");
        Assert.Single(entries, e => e.Kind == "ChangeOutcome");
        Assert.Equal(2, entries.Count(e => e.Kind == "CommandRefused"));
        Assert.True((await Trail(second).VerifyAsync()).IsIntact);
    }

    [Fact]
    public async Task SecondHost_OnTheSameSqliteFile_KeepsTheCaseItsAnswerAndItsEntriesOnTheOneTrail()
    {
        string caseId;
        AuditHead headBefore;
        await using (var first = new SampleHostFactory(DatabasePath))
        {
            var client = first.CreateClient();
            using var received = await client.PostJsonAsync("/cases", """
                { "kind": "Complaint", "channel": "Email", "subject": "Overcharged", "description": "The invoice is too high.", "customer": "Wang Fang, Acme" }
                """, HostCalls.Officer);
            Assert.Equal(HttpStatusCode.Created, received.StatusCode);
            caseId = (await received.JsonAsync()).GetProperty("caseId").GetString()!;
            using var answered = await client.PostJsonAsync($"/cases/{caseId}/answer", """{ "answer": "Refunded the difference.", "substantiated": true }""", HostCalls.Officer);
            Assert.Equal(HttpStatusCode.OK, answered.StatusCode);
            headBefore = await Trail(first).GetHeadAsync();
        }

        await using var second = new SampleHostFactory(DatabasePath);
        var again = second.CreateClient();

        Assert.Equal(headBefore, await Trail(second).GetHeadAsync());
        using var read = await again.GetAsAsync($"/cases/{caseId}", HostCalls.Officer);
        Assert.Equal(HttpStatusCode.OK, read.StatusCode);
        var stored = await read.JsonAsync();
        Assert.Equal(("Answered", "Refunded the difference."), (stored.GetProperty("status").GetString(), stored.GetProperty("answer").GetProperty("text").GetString()));
        using var closed = await again.PostJsonAsync($"/cases/{caseId}/close", string.Empty, HostCalls.Head);
        Assert.Equal(HttpStatusCode.OK, closed.StatusCode); // closing needs the answer: the second host has it
        var entries = await Trail(second).ReadAsync(AuditQuery.All).ToListAsync();
        Assert.Equal(3, entries.Count(e => e.Kind == "CaseCommandAccepted"));
        Assert.True((await Trail(second).VerifyAsync()).IsIntact);
    }

    private static IAuditTrail Trail(SampleHostFactory host) => (IAuditTrail)host.Services.GetRequiredService<IOrderStore>();
}
