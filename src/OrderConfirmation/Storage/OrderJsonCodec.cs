using System.Text.Json;
using OrderConfirmation.Json;
using OrderConfirmation.Orders;

namespace OrderConfirmation.Storage;

/// <summary>An order as a stored state holds it: every field as entered, absent ones as <c>null</c>, decimals exactly.</summary>
internal static class OrderJsonCodec
{
    public static void Write(Utf8JsonWriter writer, Order order)
    {
        writer.WriteStartObject();
        writer.WriteString("orderId", order.OrderId);
        writer.WriteInstant("receivedAt", order.ReceivedAt);
        writer.WriteString("enteredBy", order.EnteredBy);
        writer.WritePropertyName("customer");
        WriteCustomer(writer, order.Customer);
        writer.WriteString("currency", order.Currency);
        writer.WriteArray("lines", order.Lines, WriteLine);
        writer.WriteDate("requestedDeliveryDate", order.RequestedDeliveryDate);
        writer.WriteEnum("paymentTerms", order.PaymentTerms);
        writer.WriteObjectOrNull("requestedDeliveryAddress", order.RequestedDeliveryAddress, WriteAddress);
        writer.WriteString("specialRequirements", order.SpecialRequirements);
        writer.WriteEndObject();
    }

    public static Order Read(StoredElement element)
    {
        var order = element.Object("orderId", "receivedAt", "enteredBy", "customer", "currency", "lines", "requestedDeliveryDate", "paymentTerms", "requestedDeliveryAddress", "specialRequirements");
        return new Order(
            order["orderId"].StringOrNull(),
            order["receivedAt"].OrNone(e => e.Instant()),
            order["enteredBy"].StringOrNull(),
            ReadCustomer(order["customer"]),
            order["currency"].StringOrNull(),
            order["lines"].Array(ReadLine),
            order["requestedDeliveryDate"].OrNone(e => e.Date()),
            order["paymentTerms"].OrNone(e => e.Enum<PaymentTerms>()),
            order["requestedDeliveryAddress"].OrNull(ReadAddress),
            order["specialRequirements"].StringOrNull());
    }

    public static void WriteChange(Utf8JsonWriter writer, ChangeRequest change)
    {
        writer.WriteStartObject();
        writer.WriteString("changeId", change.ChangeId);
        writer.WriteInstant("requestedAt", change.RequestedAt);
        writer.WriteString("requestedBy", change.RequestedBy);
        writer.WriteString("reason", change.Reason);
        writer.WriteArray("lines", change.Lines, WriteLineChange);
        writer.WriteDate("requestedDeliveryDate", change.RequestedDeliveryDate);
        writer.WriteObjectOrNull("deliveryAddress", change.DeliveryAddress, WriteAddress);
        writer.WriteEnum("paymentTerms", change.PaymentTerms);
        writer.WriteString("specialRequirements", change.SpecialRequirements);
        writer.WriteString("currency", change.Currency);
        writer.WriteEndObject();
    }

    public static ChangeRequest ReadChange(StoredElement element)
    {
        var change = element.Object("changeId", "requestedAt", "requestedBy", "reason", "lines", "requestedDeliveryDate", "deliveryAddress", "paymentTerms", "specialRequirements", "currency");
        var changeId = change["changeId"].String();
        var requestedAt = change["requestedAt"].Instant();
        var requestedBy = change["requestedBy"].String();
        var reason = change["reason"].StringOrNull();
        var lines = change["lines"].Array(ReadLineChange);
        var requestedDeliveryDate = change["requestedDeliveryDate"].OrNone(e => e.Date());
        var deliveryAddress = change["deliveryAddress"].OrNull(ReadAddress);
        var paymentTerms = change["paymentTerms"].OrNone(e => e.Enum<PaymentTerms>());
        var specialRequirements = change["specialRequirements"].StringOrNull();
        var currency = change["currency"].StringOrNull();
        return element.Build(() => new ChangeRequest(changeId, requestedAt, requestedBy, reason, lines)
        {
            RequestedDeliveryDate = requestedDeliveryDate,
            DeliveryAddress = deliveryAddress,
            PaymentTerms = paymentTerms,
            SpecialRequirements = specialRequirements,
            Currency = currency,
        });
    }

    private static void WriteCustomer(Utf8JsonWriter writer, Customer customer)
    {
        writer.WriteStartObject();
        writer.WriteString("customerId", customer.CustomerId);
        writer.WriteString("name", customer.Name);
        writer.WriteStartObject("contact");
        writer.WriteString("person", customer.Contact.Person);
        writer.WriteString("phone", customer.Contact.Phone);
        writer.WriteString("email", customer.Contact.Email);
        writer.WriteEndObject();
        writer.WritePropertyName("address");
        WriteAddress(writer, customer.Address);
        writer.WriteEndObject();
    }

    private static Customer ReadCustomer(StoredElement element)
    {
        var customer = element.Object("customerId", "name", "contact", "address");
        var contact = customer["contact"].Object("person", "phone", "email");
        return new Customer(
            customer["customerId"].StringOrNull(),
            customer["name"].StringOrNull(),
            new ContactDetails(contact["person"].StringOrNull(), contact["phone"].StringOrNull(), contact["email"].StringOrNull()),
            ReadAddress(customer["address"]));
    }

    private static void WriteAddress(Utf8JsonWriter writer, PostalAddress address)
    {
        writer.WriteStartObject();
        writer.WriteString("street", address.Street);
        writer.WriteString("city", address.City);
        writer.WriteString("postalCode", address.PostalCode);
        writer.WriteString("country", address.Country);
        writer.WriteEndObject();
    }

    private static PostalAddress ReadAddress(StoredElement element)
    {
        var address = element.Object("street", "city", "postalCode", "country");
        return new PostalAddress(address["street"].StringOrNull(), address["city"].StringOrNull(), address["postalCode"].StringOrNull(), address["country"].StringOrNull());
    }

    private static void WriteLine(Utf8JsonWriter writer, OrderLine line)
    {
        writer.WriteStartObject();
        WriteLineFields(writer, line.LineNo, line.Sku, line.Description, line.Quantity, line.UnitPrice, line.Requirements);
        writer.WriteEndObject();
    }

    private static OrderLine ReadLine(StoredElement element)
    {
        var line = element.Object("lineNo", "sku", "description", "quantity", "unitPrice", "requirements");
        return new OrderLine(
            line["lineNo"].Int32(),
            line["sku"].StringOrNull(),
            line["description"].StringOrNull(),
            line["quantity"].OrNone(e => e.Decimal()),
            line["unitPrice"].OrNone(e => e.Decimal()),
            line["requirements"].Array(e => e.String()));
    }

    private static void WriteLineChange(Utf8JsonWriter writer, LineChange line)
    {
        writer.WriteStartObject();
        writer.WriteBoolean("remove", line.Remove);
        WriteLineFields(writer, line.LineNo, line.Sku, line.Description, line.Quantity, line.UnitPrice, line.Requirements);
        writer.WriteEndObject();
    }

    private static void WriteLineFields(Utf8JsonWriter writer, int lineNo, string? sku, string? description, decimal? quantity, decimal? unitPrice, IReadOnlyList<string>? requirements)
    {
        writer.WriteNumber("lineNo", lineNo);
        writer.WriteString("sku", sku);
        writer.WriteString("description", description);
        writer.WriteNumberOrNull("quantity", quantity);
        writer.WriteNumberOrNull("unitPrice", unitPrice);
        writer.WriteStrings("requirements", requirements);
    }

    private static LineChange ReadLineChange(StoredElement element)
    {
        var line = element.Object("lineNo", "remove", "sku", "description", "quantity", "unitPrice", "requirements");
        var lineNo = line["lineNo"].Int32();
        var remove = line["remove"].Boolean();
        var sku = line["sku"].StringOrNull();
        var description = line["description"].StringOrNull();
        var quantity = line["quantity"].OrNone(e => e.Decimal());
        var unitPrice = line["unitPrice"].OrNone(e => e.Decimal());
        var requirements = line["requirements"].OrNull(e => e.Array(r => r.String()));
        return element.Build(() => new LineChange(lineNo, remove, sku, description, quantity, unitPrice, requirements));
    }
}
