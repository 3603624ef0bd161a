using System.Collections.ObjectModel;
using System.Text.Json;
using OrderConfirmation.Lifecycle.State;

namespace OrderConfirmation.Storage;

/// <summary>
/// An order's execution as a stored state holds it: the quantities shipped per line (by line number, ascending), the
/// progress reports, restored through <see cref="ProgressReport"/>'s factories so that a report is valid as any other,
/// the rescheduled deliveries and the remainder cancelled in execution (by line number, ascending).
/// </summary>
internal static class ExecutionJsonCodec
{
    public static void WriteShipped(Utf8JsonWriter writer, IReadOnlyDictionary<int, decimal> shipped) =>
        writer.WriteArray("shipped", shipped.OrderBy(s => s.Key), static (w, line) => WriteLineQuantity(w, line.Key, line.Value));

    public static ReadOnlyDictionary<int, decimal> ReadShipped(StoredElement element)
    {
        var shipped = new Dictionary<int, decimal>();
        foreach (var (lineNo, at, quantity) in element.Array(ReadShippedLine))
        {
            if (!shipped.TryAdd(lineNo, quantity))
            {
                throw at.Problem($"line {lineNo} is listed twice");
            }
        }

        return shipped.AsReadOnly();
    }

    public static void WriteReport(Utf8JsonWriter writer, ProgressReport report)
    {
        writer.WriteStartObject();
        writer.WriteEnum("kind", report.Kind);
        writer.WriteString("text", report.Text);
        writer.WriteArray("shipments", report.Shipments, static (w, shipment) => WriteLineQuantity(w, shipment.LineNo, shipment.Quantity));
        writer.WriteEnum("issue", report.Issue);
        writer.WriteEndObject();
    }

    public static ProgressReport ReadReport(StoredElement element)
    {
        var report = element.Object("kind", "text", "shipments", "issue");
        var kind = report["kind"].Enum<ProgressKind>();
        var text = report["text"].StringOrNull();
        var shipments = report["shipments"].Array(ReadShipment);
        var issue = report["issue"].OrNone(e => e.Enum<ExecutionIssueKind>());
        if (kind != ProgressKind.Shipment && shipments.Length > 0)
        {
            throw report["shipments"].Problem($"a {kind} report ships nothing; only a {ProgressKind.Shipment} report lists shipments");
        }

        if (kind != ProgressKind.Issue && issue is not null)
        {
            throw report["issue"].Problem($"a {kind} report raises no issue; only an {ProgressKind.Issue} report has one");
        }

        return element.Build(() => kind switch
        {
            ProgressKind.Milestone => ProgressReport.Milestone(text!),
            ProgressKind.Shipment => ProgressReport.Shipped(shipments, text),
            ProgressKind.Delivered => ProgressReport.Delivered(text),
            _ => ProgressReport.IssueRaised(issue ?? throw report["issue"].Problem("an Issue report needs the kind of issue"), text!),
        });
    }

    public static void WriteReschedule(Utf8JsonWriter writer, DeliveryReschedule reschedule)
    {
        writer.WriteStartObject();
        writer.WriteDate("from", reschedule.From);
        writer.WriteDate("to", reschedule.To);
        writer.WriteEnum("reason", reschedule.Reason);
        writer.WriteString("agreement", reschedule.Agreement);
        writer.WriteString("by", reschedule.By);
        writer.WriteEnum("role", reschedule.Role);
        writer.WriteInstant("at", reschedule.At);
        writer.WriteEndObject();
    }

    public static DeliveryReschedule ReadReschedule(StoredElement element)
    {
        var reschedule = element.Object("from", "to", "reason", "agreement", "by", "role", "at");
        return new DeliveryReschedule(
            reschedule["from"].Date(),
            reschedule["to"].Date(),
            reschedule["reason"].Enum<ExecutionExceptionReason>(),
            reschedule["agreement"].String(),
            reschedule["by"].String(),
            reschedule["role"].Enum<Role>(),
            reschedule["at"].Instant());
    }

    public static void WriteRemainderCancellation(Utf8JsonWriter writer, RemainderCancellation cancellation)
    {
        writer.WriteStartObject();
        writer.WriteEnum("reason", cancellation.Reason);
        writer.WriteString("note", cancellation.Note);
        writer.WriteString("by", cancellation.By);
        writer.WriteEnum("role", cancellation.Role);
        writer.WriteInstant("at", cancellation.At);
        writer.WriteArray("remainder", cancellation.Remainder.OrderBy(r => r.Key), static (w, line) => WriteLineQuantity(w, line.Key, line.Value));
        writer.WriteEndObject();
    }

    public static RemainderCancellation ReadRemainderCancellation(StoredElement element)
    {
        var cancellation = element.Object("reason", "note", "by", "role", "at", "remainder");
        return new RemainderCancellation(
            cancellation["reason"].Enum<ExecutionExceptionReason>(),
            cancellation["note"].String(),
            cancellation["by"].String(),
            cancellation["role"].Enum<Role>(),
            cancellation["at"].Instant(),
            ReadShipped(cancellation["remainder"]));
    }

    private static void WriteLineQuantity(Utf8JsonWriter writer, int lineNo, decimal quantity)
    {
        writer.WriteStartObject();
        writer.WriteNumber("lineNo", lineNo);
        writer.WriteNumber("quantity", quantity);
        writer.WriteEndObject();
    }

    private static (int LineNo, StoredElement At, decimal Quantity) ReadShippedLine(StoredElement element)
    {
        var line = element.Object("lineNo", "quantity");
        return (line["lineNo"].Int32(), element, line["quantity"].Decimal());
    }

    private static LineShipment ReadShipment(StoredElement element)
    {
        var (lineNo, _, quantity) = ReadShippedLine(element);
        return element.Build(() => new LineShipment(lineNo, quantity));
    }
}
