using System.Globalization;
using System.Text.Json;
using NodaTime.Text;
using OrderConfirmation.Orders;

namespace OrderConfirmation.Lifecycle.State;

/// <summary>
/// Reads back an order sheet that <see cref="CommandDetails.WriteOrder"/> wrote into an audit entry. Lenient: a field
/// that is absent, of another type or not parseable is read as not entered, so an old trail (written before the sheet
/// kept contact details and addresses) reads as a sheet without them, and the completeness check reports them missing.
/// </summary>
internal static class OrderSheetReader
{
    public static Order Read(JsonElement sheet) => new(
        Text(sheet, "orderId"),
        Text(sheet, "receivedAt") is { } received && InstantPattern.ExtendedIso.Parse(received) is { Success: true } instant ? instant.Value : null,
        Text(sheet, "enteredBy"),
        new Customer(Text(sheet, "customerId"), Text(sheet, "customerName"), Contact(sheet), Address(sheet, "address")),
        Text(sheet, "currency"),
        [.. Array(sheet, "lines").Select(Line)],
        Text(sheet, "requestedDeliveryDate") is { } date && LocalDatePattern.Iso.Parse(date) is { Success: true } day ? day.Value : null,
        Enum.TryParse<PaymentTerms>(Text(sheet, "paymentTerms"), ignoreCase: false, out var terms) && Enum.IsDefined(terms) ? terms : null,
        Address(sheet, "deliveryAddress"),
        Text(sheet, "specialRequirements"));

    private static OrderLine Line(JsonElement line) => new(
        Property(line, "lineNo") is { ValueKind: JsonValueKind.Number } number && number.TryGetInt32(out var lineNo) ? lineNo : 0,
        Text(line, "sku"),
        Text(line, "description"),
        Number(line, "quantity"),
        Number(line, "unitPrice"),
        [.. Array(line, "requirements").Where(r => r.ValueKind == JsonValueKind.String).Select(r => r.GetString()!)]);

    private static ContactDetails? Contact(JsonElement sheet) =>
        Property(sheet, "contact") is { ValueKind: JsonValueKind.Object } contact
            ? new ContactDetails(Text(contact, "person"), Text(contact, "phone"), Text(contact, "email"))
            : null;

    private static PostalAddress? Address(JsonElement sheet, string name) =>
        Property(sheet, name) is { ValueKind: JsonValueKind.Object } address
            ? new PostalAddress(Text(address, "street"), Text(address, "city"), Text(address, "postalCode"), Text(address, "country"))
            : null;

    private static JsonElement? Property(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) ? value : null;

    private static string? Text(JsonElement element, string name) =>
        Property(element, name) is { ValueKind: JsonValueKind.String } value ? value.GetString() : null;

    private static decimal? Number(JsonElement element, string name) =>
        Property(element, name) is { ValueKind: JsonValueKind.Number } value && decimal.TryParse(value.GetRawText(), NumberStyles.Float, CultureInfo.InvariantCulture, out var number) ? number : null;

    private static JsonElement[] Array(JsonElement element, string name) =>
        Property(element, name) is { ValueKind: JsonValueKind.Array } array ? [.. array.EnumerateArray()] : [];
}
