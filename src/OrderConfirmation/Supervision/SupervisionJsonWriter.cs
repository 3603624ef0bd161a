using System.Text.Json;
using NodaTime.Text;

namespace OrderConfirmation.Supervision;

/// <summary>
/// Writes a supervision sample's orders and checklists as JSON, the form <c>orderconfirm audit sample --json</c>, the
/// sample host and the recorded supervision checks share.
/// </summary>
public static class SupervisionJsonWriter
{
    /// <summary>
    /// Writes what the sample was drawn with, as properties of the object being written: <c>seed</c>, <c>from</c>,
    /// <c>to</c> (ISO dates), <c>zone</c>, <c>size</c> (asked for) and <c>eligible</c>.
    /// </summary>
    /// <param name="writer">Where to write; inside an object.</param>
    /// <param name="sample">The sample.</param>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public static void WriteDraw(Utf8JsonWriter writer, SupervisionSample sample)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(sample);
        writer.WriteString("seed", sample.Seed);
        writer.WriteString("from", LocalDatePattern.Iso.Format(sample.From));
        writer.WriteString("to", LocalDatePattern.Iso.Format(sample.To));
        writer.WriteString("zone", sample.Zone.Id);
        writer.WriteNumber("size", sample.Size);
        writer.WriteNumber("eligible", sample.Eligible);
    }

    /// <summary>
    /// Writes the orders drawn, in rank order, as an array of objects: <c>orderId</c>, <c>rankKey</c>, <c>confirmedAt</c>,
    /// <c>passed</c> and <c>checks</c> (see <see cref="WriteChecks"/>).
    /// </summary>
    /// <param name="writer">Where to write; positioned where a value may go.</param>
    /// <param name="sample">The sample.</param>
    /// <param name="checklists">The checklists of the sample's orders, in the sample's order.</param>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">There is not one checklist per sampled order, in order.</exception>
    public static void WriteOrders(Utf8JsonWriter writer, SupervisionSample sample, IReadOnlyList<OrderChecklist> checklists)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(sample);
        ArgumentNullException.ThrowIfNull(checklists);
        if (!sample.Orders.Select(o => o.OrderId).SequenceEqual(checklists.Select(c => c.OrderId), StringComparer.Ordinal))
        {
            throw new ArgumentException("Give one checklist per sampled order, in the sample's order.", nameof(checklists));
        }

        writer.WriteStartArray();
        foreach (var (order, checklist) in sample.Orders.Zip(checklists))
        {
            writer.WriteStartObject();
            writer.WriteString("orderId", order.OrderId);
            writer.WriteString("rankKey", order.RankKey);
            writer.WriteString("confirmedAt", InstantPattern.ExtendedIso.Format(order.ConfirmedAt));
            writer.WriteBoolean("passed", checklist.Passed);
            writer.WritePropertyName("checks");
            WriteChecks(writer, checklist);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }

    /// <summary>Writes one order's checks as an array of objects: <c>check</c> (the <see cref="ChecklistItem"/>'s name), <c>passed</c>, <c>detail</c>.</summary>
    /// <param name="writer">Where to write; positioned where a value may go.</param>
    /// <param name="checklist">The order's checklist.</param>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public static void WriteChecks(Utf8JsonWriter writer, OrderChecklist checklist)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(checklist);
        writer.WriteStartArray();
        foreach (var result in checklist.Results)
        {
            writer.WriteStartObject();
            writer.WriteString("check", result.Item.ToString());
            writer.WriteBoolean("passed", result.Passed);
            writer.WriteString("detail", result.Detail);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }
}
