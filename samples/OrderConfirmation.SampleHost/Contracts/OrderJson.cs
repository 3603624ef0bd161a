using System.Text.Json;
using NodaTime.Text;
using OrderConfirmation.Orders;

namespace OrderConfirmation.SampleHost.Contracts;

/// <summary>
/// Writes an order in the shape of a review request's <c>order</c> (plus <c>total</c>), and a credit profile in the shape
/// of its <c>facts.credit</c>, as camelCase JSON. Masked values are written as the order holds them: <c>***</c> for
/// contact details and addresses, <see langword="null"/> for prices (and for the total when prices are hidden).
/// </summary>
internal static class OrderJson
{
    /// <summary>Writes the order as one JSON object; <c>total</c> is null unless <paramref name="withTotal"/>.</summary>
    public static void Write(Utf8JsonWriter writer, Order order, bool withTotal)
    {
        writer.WriteStartObject();
        writer.WriteString("orderId", order.OrderId);
        writer.WriteString("receivedAt", order.ReceivedAt is { } received ? InstantPattern.ExtendedIso.Format(received) : null);
        writer.WriteString("enteredBy", order.EnteredBy);
        writer.WriteStartObject("customer");
        writer.WriteString("customerId", order.Customer.CustomerId);
        writer.WriteString("name", order.Customer.Name);
        writer.WriteStartObject("contact");
        writer.WriteString("person", order.Customer.Contact.Person);
        writer.WriteString("phone", order.Customer.Contact.Phone);
        writer.WriteString("email", order.Customer.Contact.Email);
        writer.WriteEndObject();
        WriteAddress(writer, "address", order.Customer.Address);
        writer.WriteEndObject();
        writer.WriteString("currency", order.Currency);
        writer.WriteStartArray("lines");
        foreach (var line in order.Lines)
        {
            writer.WriteStartObject();
            writer.WriteNumber("lineNo", line.LineNo);
            writer.WriteString("sku", line.Sku);
            writer.WriteString("description", line.Description);
            WriteNumber(writer, "quantity", line.Quantity);
            WriteNumber(writer, "unitPrice", line.UnitPrice);
            writer.WriteStartArray("requirements");
            foreach (var requirement in line.Requirements)
            {
                writer.WriteStringValue(requirement);
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        WriteNumber(writer, "total", withTotal ? order.Total : null);
        writer.WriteString("requestedDeliveryDate", order.RequestedDeliveryDate is { } date ? LocalDatePattern.Iso.Format(date) : null);
        WriteAddress(writer, "deliveryAddress", order.RequestedDeliveryAddress);
        writer.WriteString("paymentTerms", order.PaymentTerms?.ToString());
        writer.WriteString("specialRequirements", order.SpecialRequirements);
        writer.WriteEndObject();
    }

    /// <summary>Writes the credit profile as one JSON object, or null.</summary>
    public static void WriteCredit(Utf8JsonWriter writer, CreditProfile? credit)
    {
        if (credit is null)
        {
            writer.WriteNullValue();
            return;
        }

        writer.WriteStartObject();
        writer.WriteNumber("creditLimit", credit.CreditLimit);
        writer.WriteNumber("outstandingBalance", credit.OutstandingBalance);
        writer.WriteNumber("openOrdersValue", credit.OpenOrdersValue);
        writer.WriteNumber("overdueAmount", credit.OverdueAmount);
        writer.WriteNumber("daysOverdue", credit.DaysOverdue);
        writer.WriteNumber("badDebtRecords", credit.BadDebtRecords);
        writer.WriteBoolean("blocked", credit.Blocked);
        writer.WriteEndObject();
    }

    private static void WriteAddress(Utf8JsonWriter writer, string property, PostalAddress? address)
    {
        if (address is null)
        {
            writer.WriteNull(property);
            return;
        }

        writer.WriteStartObject(property);
        writer.WriteString("street", address.Street);
        writer.WriteString("city", address.City);
        writer.WriteString("postalCode", address.PostalCode);
        writer.WriteString("country", address.Country);
        writer.WriteEndObject();
    }

    private static void WriteNumber(Utf8JsonWriter writer, string property, decimal? value)
    {
        if (value is { } number)
        {
            writer.WriteNumber(property, number);
        }
        else
        {
            writer.WriteNull(property);
        }
    }
}
