using System.Text.Json;
using NodaTime.Text;
using OrderConfirmation.Json;
using OrderConfirmation.Orders;
using OrderConfirmation.Review;

namespace OrderConfirmation.Lifecycle.State;

/// <summary>
/// Writes what a command carries into its audit entry: an order without customer contact data or addresses
/// (article 5), the summary of a review, an execution report.
/// </summary>
internal static class CommandDetails
{
    public static void WriteOrder(Utf8JsonWriter writer, Order order)
    {
        writer.WriteString("orderId", order.OrderId);
        writer.WriteString("customerId", order.Customer.CustomerId);
        writer.WriteString("currency", order.Currency);
        writer.WriteNumber("total", order.Total);
        writer.WriteString("requestedDeliveryDate", order.RequestedDeliveryDate is { } date ? LocalDatePattern.Iso.Format(date) : null);
        writer.WriteString("paymentTerms", order.PaymentTerms?.ToString());
        writer.WriteStartArray("lines");
        foreach (var line in order.Lines)
        {
            writer.WriteStartObject();
            writer.WriteNumber("lineNo", line.LineNo);
            writer.WriteString("sku", line.Sku);
            writer.WriteNumberOrNull("quantity", line.Quantity);
            writer.WriteNumberOrNull("unitPrice", line.UnitPrice);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }

    public static void WriteReviewSummary(Utf8JsonWriter writer, ReviewDecision review)
    {
        writer.WriteString("reviewOutcome", review.Outcome.ToString());
        writer.WriteString("ruleSetVersion", review.RuleSetVersion);
        writer.WriteString("reviewEvaluatedAt", InstantPattern.ExtendedIso.Format(review.EvaluatedAt));
        writer.WriteString("reviewOrderDigest", review.OrderDigest);
    }

    public static void WriteReport(Utf8JsonWriter writer, ProgressReport report)
    {
        writer.WriteString("kind", report.Kind.ToString());
        writer.WriteString("text", report.Text);
        writer.WriteString("issue", report.Issue?.ToString());
        writer.WriteStartArray("shipments");
        foreach (var shipment in report.Shipments)
        {
            writer.WriteStartObject();
            writer.WriteNumber("lineNo", shipment.LineNo);
            writer.WriteNumber("quantity", shipment.Quantity);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }
}
