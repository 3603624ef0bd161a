using System.Text.Json;
using NodaTime.Text;
using OrderConfirmation.Json;
using OrderConfirmation.Orders;
using OrderConfirmation.Review;

namespace OrderConfirmation.Lifecycle.State;

/// <summary>
/// Writes what a command carries into its audit entry: the order sheet as entered (read back only through the
/// need-to-know view, article 5), the summary of a review, an execution report.
/// </summary>
internal static class CommandDetails
{
    /// <summary>
    /// Writes the order sheet: every field as entered, absent ones as <c>null</c> (article 6.1 audits the order sheets
    /// for authenticity and completeness, so the trail keeps contact details, addresses, line descriptions and special
    /// requirements; article 5 need-to-know is enforced when the sheet is read, through <see cref="OrderView"/>).
    /// <see cref="OrderSheetReader"/> reads it back.
    /// </summary>
    public static void WriteOrder(Utf8JsonWriter writer, Order order)
    {
        writer.WriteString("orderId", order.OrderId);
        writer.WriteString("receivedAt", order.ReceivedAt is { } received ? InstantPattern.ExtendedIso.Format(received) : null);
        writer.WriteString("enteredBy", order.EnteredBy);
        writer.WriteString("customerId", order.Customer.CustomerId);
        writer.WriteString("customerName", order.Customer.Name);
        writer.WriteStartObject("contact");
        writer.WriteString("person", order.Customer.Contact.Person);
        writer.WriteString("phone", order.Customer.Contact.Phone);
        writer.WriteString("email", order.Customer.Contact.Email);
        writer.WriteEndObject();
        WriteAddress(writer, "address", order.Customer.Address);
        writer.WriteString("currency", order.Currency);
        writer.WriteNumber("total", order.Total);
        writer.WriteString("requestedDeliveryDate", order.RequestedDeliveryDate is { } date ? LocalDatePattern.Iso.Format(date) : null);
        if (order.RequestedDeliveryAddress is { } delivery)
        {
            WriteAddress(writer, "deliveryAddress", delivery);
        }
        else
        {
            writer.WriteNull("deliveryAddress");
        }

        writer.WriteString("paymentTerms", order.PaymentTerms?.ToString());
        writer.WriteString("specialRequirements", order.SpecialRequirements);
        writer.WriteStartArray("lines");
        foreach (var line in order.Lines)
        {
            writer.WriteStartObject();
            writer.WriteNumber("lineNo", line.LineNo);
            writer.WriteString("sku", line.Sku);
            writer.WriteString("description", line.Description);
            writer.WriteNumberOrNull("quantity", line.Quantity);
            writer.WriteNumberOrNull("unitPrice", line.UnitPrice);
            writer.WriteStartArray("requirements");
            foreach (var requirement in line.Requirements)
            {
                writer.WriteStringValue(requirement);
            }

            writer.WriteEndArray();
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

    private static void WriteAddress(Utf8JsonWriter writer, string name, PostalAddress address)
    {
        writer.WriteStartObject(name);
        writer.WriteString("street", address.Street);
        writer.WriteString("city", address.City);
        writer.WriteString("postalCode", address.PostalCode);
        writer.WriteString("country", address.Country);
        writer.WriteEndObject();
    }
}
