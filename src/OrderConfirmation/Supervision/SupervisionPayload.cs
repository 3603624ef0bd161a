using System.Text.Json;
using NodaTime.Text;
using OrderConfirmation.Json;

namespace OrderConfirmation.Supervision;

/// <summary>Writes the payloads of the supervision entries (see <see cref="SupervisionEntryKind"/>).</summary>
internal static class SupervisionPayload
{
    public static string Check(string checkId, SupervisionCheck check, IReadOnlyList<string> rectificationIds) => CompactJson.Write(writer =>
    {
        var sample = check.Sample;
        writer.WriteStartObject();
        writer.WriteString("checkId", checkId);
        SupervisionJsonWriter.WriteDraw(writer, sample);
        writer.WriteStartArray("orderIds");
        foreach (var order in sample.Orders)
        {
            writer.WriteStringValue(order.OrderId);
        }

        writer.WriteEndArray();
        writer.WriteStartArray("results");
        foreach (var result in check.Results)
        {
            writer.WriteStartObject();
            writer.WriteString("orderId", result.OrderId);
            writer.WritePropertyName("checks");
            SupervisionJsonWriter.WriteChecks(writer, result);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteStartArray("findings");
        foreach (var finding in check.Findings)
        {
            writer.WriteStartObject();
            writer.WriteString("orderId", finding.OrderId);
            writer.WriteString("text", finding.Text);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteStartArray("rectifications");
        for (var i = 0; i < check.Rectifications.Count; i++)
        {
            var rectification = check.Rectifications[i];
            writer.WriteStartObject();
            writer.WriteString("rectificationId", rectificationIds[i]);
            writer.WriteString("orderId", rectification.OrderId);
            writer.WriteString("action", rectification.Action);
            writer.WriteString("owner", rectification.Owner);
            writer.WriteString("due", LocalDatePattern.Iso.Format(rectification.Due));
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    });

    public static string Done(Rectification rectification, string resolution) => CompactJson.Write(writer =>
    {
        writer.WriteStartObject();
        writer.WriteString("rectificationId", rectification.RectificationId);
        writer.WriteString("checkId", rectification.CheckId);
        writer.WriteString("resolution", resolution);
        writer.WriteEndObject();
    });
}
