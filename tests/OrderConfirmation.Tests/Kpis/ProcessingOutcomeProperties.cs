using System.Text;
using System.Text.Json.Nodes;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using NodaTime.Text;
using OrderConfirmation.Formats;
using OrderConfirmation.Kpis;
using static OrderConfirmation.Tests.Kpis.KpiArbitraries;
using static OrderConfirmation.Tests.Kpis.KpiRecords;

namespace OrderConfirmation.Tests.Kpis;

/// <summary>
/// The KPI outcomes of issue 15 over generated records (<see cref="KpiArbitraries"/>): a cancelled order leaves the
/// figures, a rejection is processing like a confirmation at the same instant, and old records read as before.
/// </summary>
public sealed class ProcessingOutcomeProperties
{
    private static readonly KpiCalculator Calculator = new(NineToSixWeekdays());

    /// <summary>Orders cancelled by <see cref="KpiArbitraries.AsOf"/>, some confirmed first, some assessed with defects.</summary>
    private static readonly Gen<OrderProcessingRecord> CancelledOrders =
        from order in KpiArbitraries.Orders
        from minutes in Gen.Choose(0, 3 * 24 * 60)
        let received = Instant.Min(order.Record.ReceivedAt, AsOf)
        let confirmed = order.Record.ConfirmedAt is { } at && at >= received && at <= AsOf ? at : (Instant?)null
        let closed = Instant.Min((confirmed ?? received) + Duration.FromMinutes(minutes), AsOf)
        select OrderProcessingRecord.ForOutcome($"{order.Record.OrderId}-C", received, ProcessingOutcome.Cancelled, confirmed, closed, order.Record.Department, order.Record.Employee, order.GivenWaits, order.Record.Assessed, order.Record.Defects);

    private static (long OnTime, long Due, long NotYetDue, long Accurate, long Assessed, long NotAssessed) Figures(KpiTally tally) =>
        (tally.OnTime, tally.Due, tally.NotYetDue, tally.Accurate, tally.Assessed, tally.NotAssessed);

    [Property(MaxTest = 200)]
    public Property Total_AddingCancelledOrders_ChangesNeitherTimelinessNorAccuracy() =>
        Prop.ForAll(Records.ToArbitrary(), Gen.ListOf(CancelledOrders, 3).ToArbitrary(), (records, cancelled) =>
        {
            var orders = records.Orders.Select(o => o.Record).ToArray();
            var before = Calculator.Total(orders, records.Responses, AsOf);
            var after = Calculator.Total([.. orders, .. cancelled], records.Responses, AsOf);
            return (Figures(before) == Figures(after) && before.TimelinessRate == after.TimelinessRate).Label($"{before} then {after}");
        });

    [Property(MaxTest = 300)]
    public Property Timeliness_RejectedAtAnInstant_IsThatOfAConfirmationThenAndNeverCountsForAccuracy() =>
        Prop.ForAll(KpiArbitraries.Orders.ToArbitrary(), order =>
        {
            var record = order.Record;
            var at = record.ConfirmedAt ?? record.ReceivedAt + Duration.FromHours(5);
            var confirmed = new OrderProcessingRecord(record.OrderId, record.ReceivedAt, at, record.Department, record.Employee, order.GivenWaits, record.Assessed, record.Defects);
            var rejected = OrderProcessingRecord.ForOutcome(record.OrderId, record.ReceivedAt, ProcessingOutcome.Rejected, null, at, record.Department, record.Employee, order.GivenWaits, record.Assessed, record.Defects);
            return (Calculator.Timeliness(rejected, AsOf) == Calculator.Timeliness(confirmed, AsOf)
                && Calculator.ProcessingTime(rejected, AsOf) == Calculator.ProcessingTime(confirmed, AsOf)
                && KpiCalculator.Accuracy(rejected, AsOf) == AccuracyStatus.NotConfirmed)
                .Label($"{Calculator.Timeliness(rejected, AsOf)} vs {Calculator.Timeliness(confirmed, AsOf)}");
        });

    [Property(MaxTest = 200)]
    public Property Read_OldRecord_IsTheSameAsWithItsOutcomeWritten() =>
        Prop.ForAll(KpiArbitraries.Orders.ToArbitrary(), order =>
        {
            var old = Read(Line(order.Record, withOutcome: false));
            var withOutcome = Read(Line(order.Record, withOutcome: true));
            return (Facts(old) == Facts(withOutcome) && Facts(old) == Facts(order.Record)).Label($"{Facts(old)} | {Facts(withOutcome)}");
        });

    /// <summary>The record as a JSON Lines order record, with its outcome written out (when it has one) or left implied.</summary>
    private static string Line(OrderProcessingRecord record, bool withOutcome)
    {
        var line = new JsonObject
        {
            ["type"] = "order",
            ["orderId"] = record.OrderId,
            ["receivedAt"] = Text(record.ReceivedAt),
            ["confirmedAt"] = record.ConfirmedAt is { } confirmed ? Text(confirmed) : null,
            ["department"] = record.Department,
            ["employee"] = record.Employee,
            ["customerWaits"] = new JsonArray([.. record.CustomerWaits.Select(w => (JsonNode)new JsonObject { ["from"] = Text(w.Start), ["to"] = Text(w.End) })]),
            ["assessed"] = record.Assessed,
            ["defects"] = new JsonArray([.. record.Defects.Select(d => (JsonNode)new JsonObject { ["kind"] = d.Kind, ["attributableToConfirmation"] = d.AttributableToConfirmation })]),
        };
        if (withOutcome && record.Outcome != ProcessingOutcome.Open)
        {
            line["outcome"] = record.Outcome.ToString();
        }

        return line.ToJsonString();
    }

    private static string Text(Instant instant) => InstantPattern.ExtendedIso.Format(instant);

    private static OrderProcessingRecord Read(string line)
    {
        var orders = new List<OrderProcessingRecord>();
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(line));
        KpiRecordReader.Read(stream, "generated.jsonl", orders, [], []);
        return Assert.Single(orders);
    }
}
