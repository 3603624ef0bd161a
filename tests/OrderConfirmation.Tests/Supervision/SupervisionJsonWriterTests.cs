using System.Text;
using System.Text.Json;
using NodaTime;
using OrderConfirmation.Supervision;
using OrderConfirmation.Tests.Builders;

namespace OrderConfirmation.Tests.Supervision;

public sealed class SupervisionJsonWriterTests
{
    private static (SupervisionSample Sample, IReadOnlyList<OrderChecklist> Checklists) Drawn()
    {
        var trail = SupervisionTrail.Of(SupervisedOrder.Trail(new SupervisedOrder("SO-1", Instant.FromUtc(2026, 11, 20, 3, 40)).Without("notified").Records));
        var sample = SupervisionSample.Draw(trail.Entries, new LocalDate(2026, 11, 20), new LocalDate(2026, 11, 20), 3, "s", FactsBuilder.Shanghai);
        return (sample, SupervisionChecklist.For(trail, sample, new LifecycleScenario().Policy));
    }

    private static string Write(Action<Utf8JsonWriter> write)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream))
        {
            write(writer);
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }

    [Fact]
    public void WriteOrders_OneOrder_WritesItsRankKeyConfirmationAndChecks()
    {
        var (sample, checklists) = Drawn();

        using var json = JsonDocument.Parse(Write(w => SupervisionJsonWriter.WriteOrders(w, sample, checklists)));

        var order = Assert.Single(json.RootElement.EnumerateArray());
        Assert.Equal(("SO-1", "2026-11-20T03:40:00Z", false), (order.GetProperty("orderId").GetString(), order.GetProperty("confirmedAt").GetString(), order.GetProperty("passed").GetBoolean()));
        Assert.Equal(64, order.GetProperty("rankKey").GetString()!.Length);
        var failed = Assert.Single(order.GetProperty("checks").EnumerateArray(), c => !c.GetProperty("passed").GetBoolean());
        Assert.Equal("NotificationsAnswered", failed.GetProperty("check").GetString());
    }

    [Fact]
    public void WriteOrders_ChecklistsNotOfTheSample_AreRefused()
    {
        var (sample, _) = Drawn();

        Assert.Equal("checklists", Assert.Throws<ArgumentException>(() => Write(w => SupervisionJsonWriter.WriteOrders(w, sample, []))).ParamName);
    }
}
