using System.Globalization;
using OrderConfirmation.Orders;
using OrderConfirmation.Review;

namespace OrderConfirmation.Tests.Differential;

/// <summary>
/// A compact text of review facts for a failing property's label, enough to rebuild the order: texts are quoted
/// so that null, empty and blank stay apart.
/// </summary>
internal static class FactsDescription
{
    public static string Describe(ReviewFacts facts)
    {
        var order = facts.Order;
        var contact = order.Customer.Contact;
        var lines = order.Lines.Select(l =>
            $"#{l.LineNo} sku {Text(l.Sku)} qty {Value(l.Quantity)} price {Value(l.UnitPrice)} requires [{string.Join(", ", l.Requirements)}]");
        var supply = facts.Supply.Select(s => $"{Text(s.Key)}: {s.Value.Available} available, lead {s.Value.LeadTimeDays} days");
        return string.Join(
            Environment.NewLine,
            $"today {facts.Today:uuuu-MM-dd} (at {facts.EvaluatedAt}); order {Text(order.OrderId)} received {Value(order.ReceivedAt)} currency {Text(order.Currency)} terms {Value(order.PaymentTerms)} requested {(order.RequestedDeliveryDate is { } d ? d.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture) : "null")}",
            $"customer name {Text(order.Customer.Name)} contact {Text(contact.Person)} phone {Text(contact.Phone)} email {Text(contact.Email)} address {Address(order.Customer.Address)}; delivery address {Address(order.RequestedDeliveryAddress)}",
            $"lines: {string.Join("; ", lines)}",
            $"credit {Value(facts.Credit)}",
            $"supply: {string.Join("; ", supply)}",
            $"capabilities [{string.Join(", ", facts.Capabilities)}]");
    }

    private static string Address(PostalAddress? address) =>
        address is null ? "null" : $"({Text(address.Street)}, {Text(address.City)}, {Text(address.PostalCode)}, {Text(address.Country)})";

    private static string Text(string? text) => text is null ? "null" : $"\"{text}\"";

    private static string Value(object? value) => value is null ? "null" : Convert.ToString(value, CultureInfo.InvariantCulture) ?? "null";
}
