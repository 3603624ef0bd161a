using System.Collections.ObjectModel;
using System.Globalization;
using NodaTime;
using OrderConfirmation.Findings;
using OrderConfirmation.Orders;
using OrderConfirmation.Rules;

namespace OrderConfirmation.Benchmarks.HandWritten;

/// <summary>rules/completeness.json by hand: the preliminary review by Sales (article 4.1).</summary>
internal static class CompletenessChecks
{
    private const string None = "(none)";

    public static void Run(Order order, LocalDate today, List<ReviewFinding> findings)
    {
        var customer = order.Customer;
        var contact = customer.Contact;
        if (!Check.IsPresent(order.OrderId))
        {
            findings.Add(AskCustomer("OrderNumberPresent", "The order has no order number; enter it before submitting the order."));
        }

        if (order.ReceivedAt is null)
        {
            findings.Add(AskCustomer("ReceiptTimeRecorded", "The order has no time of receipt; record when the customer's order was received."));
        }

        if (!Check.IsPresent(customer.Name))
        {
            findings.Add(AskCustomer("CustomerNamePresent", "The customer's name is missing; ask the customer for the full company name."));
        }

        if (!Check.IsPresent(contact.Person))
        {
            findings.Add(AskCustomer("ContactPersonPresent", "No contact person is given; ask the customer who we should talk to about this order."));
        }

        if (!Check.IsPresent(contact.Phone) && !Check.IsPresent(contact.Email))
        {
            findings.Add(AskCustomer("ContactReachable", "The contact has neither a phone number nor an e-mail address; ask the customer for at least one."));
        }

        if (!Check.IsBlank(contact.Email) && !Check.IsEmail(contact.Email))
        {
            findings.Add(AskCustomer(
                "ContactEmailWellFormed",
                $"The contact e-mail address '{contact.Email}' is not a valid address; check it with the customer.",
                new OrderedDictionary<string, object?>(1, StringComparer.Ordinal) { ["email"] = contact.Email }));
        }

        if (!Check.IsBlank(contact.Phone) && !Check.IsPhone(contact.Phone))
        {
            findings.Add(AskCustomer(
                "ContactPhonePlausible",
                $"The contact phone number '{contact.Phone}' does not look like a phone number; check it with the customer.",
                new OrderedDictionary<string, object?>(1, StringComparer.Ordinal) { ["phone"] = contact.Phone }));
        }

        if (!IsComplete(customer.Address))
        {
            var a = customer.Address;
            findings.Add(AskCustomer(
                "CustomerAddressComplete",
                $"The customer's address is incomplete (street: {a.Street ?? None}; city: {a.City ?? None}; country: {a.Country ?? None}); street, city and country are required.",
                AddressValues(a)));
        }

        if (order.RequestedDeliveryAddress is { } delivery && !IsComplete(delivery))
        {
            findings.Add(AskCustomer(
                "DeliveryAddressComplete",
                $"The delivery address is incomplete (street: {delivery.Street ?? None}; city: {delivery.City ?? None}; country: {delivery.Country ?? None}); give street, city and country, or leave it out to deliver to the customer's address.",
                AddressValues(delivery)));
        }

        if (order.Lines.Count == 0)
        {
            findings.Add(AskCustomer("OrderHasLines", "The order has no lines; enter the products or services the customer orders."));
        }

        if (!Check.IsCurrencyCode(order.Currency))
        {
            findings.Add(AskCustomer(
                "CurrencyValid",
                $"The currency '{order.Currency ?? None}' is not an ISO 4217 code such as CNY or USD; confirm the currency with the customer.",
                new OrderedDictionary<string, object?>(1, StringComparer.Ordinal) { ["currency"] = order.Currency }));
        }

        if (order.RequestedDeliveryDate is not { } requested)
        {
            findings.Add(AskCustomer("DeliveryDatePresent", "The order has no requested delivery date; ask the customer when they need it."));
        }
        else if (requested < today)
        {
            findings.Add(AskCustomer(
                "DeliveryDateNotPast",
                string.Create(CultureInfo.InvariantCulture, $"The requested delivery date {requested:uuuu-MM-dd} is before today ({today:uuuu-MM-dd}); agree a new date with the customer."),
                new OrderedDictionary<string, object?>(2, StringComparer.Ordinal) { ["requested"] = requested, ["today"] = today }));
        }

        if (order.PaymentTerms is null)
        {
            findings.Add(AskCustomer("PaymentTermsKnown", "The payment terms are missing or not one of Prepaid, CashOnDelivery, Net30, Net60; agree the terms with the customer."));
        }

        var lines = order.Lines;
        for (var i = 0; i < lines.Count; i++)
        {
            RunLine(lines[i], findings);
        }
    }

    private static void RunLine(OrderLine line, List<ReviewFinding> findings)
    {
        if (!Check.IsPresent(line.Sku))
        {
            findings.Add(AskCustomer(
                "LineProductPresent",
                string.Create(CultureInfo.InvariantCulture, $"Line {line.LineNo} has no product code; ask the customer which product or service they mean."),
                new OrderedDictionary<string, object?>(1, StringComparer.Ordinal) { ["lineNo"] = line.LineNo },
                line.LineNo));
        }

        if (!(line.Quantity > 0))
        {
            findings.Add(AskCustomer(
                "LineQuantityPositive",
                string.Create(CultureInfo.InvariantCulture, $"Line {line.LineNo} ({line.Sku ?? None}) has quantity {Show(line.Quantity)}; the quantity must be more than zero."),
                new OrderedDictionary<string, object?>(3, StringComparer.Ordinal) { ["sku"] = line.Sku, ["quantity"] = line.Quantity, ["lineNo"] = line.LineNo },
                line.LineNo));
        }

        if (!(line.UnitPrice >= 0))
        {
            findings.Add(AskCustomer(
                "LineUnitPricePresent",
                string.Create(CultureInfo.InvariantCulture, $"Line {line.LineNo} ({line.Sku ?? None}) has unit price {Show(line.UnitPrice)}; enter the agreed price, zero or more."),
                new OrderedDictionary<string, object?>(3, StringComparer.Ordinal) { ["sku"] = line.Sku, ["unitPrice"] = line.UnitPrice, ["lineNo"] = line.LineNo },
                line.LineNo));
        }
    }

    private static bool IsComplete(PostalAddress address) =>
        Check.IsPresent(address.Street) && Check.IsPresent(address.City) && Check.IsPresent(address.Country);

    private static OrderedDictionary<string, object?> AddressValues(PostalAddress address) =>
        new(3, StringComparer.Ordinal) { ["street"] = address.Street, ["city"] = address.City, ["country"] = address.Country };

    private static string Show(decimal? amount) => amount?.ToString(CultureInfo.InvariantCulture) ?? None;

    private static ReviewFinding AskCustomer(string rule, string message, IReadOnlyDictionary<string, object?>? values = null, int? lineNo = null) =>
        new(rule, ReviewStage.PreliminaryReview, Department.Sales, FindingSeverity.Error, ReviewOutcome.NeedsClarification, ReviewAction.AskCustomer,
            message, values ?? ReadOnlyDictionary<string, object?>.Empty, lineNo);
}
