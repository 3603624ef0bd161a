using OrderConfirmation.Lifecycle;
using OrderConfirmation.Orders;

namespace OrderConfirmation.Supervision;

/// <summary>
/// <see cref="ChecklistItem.OrderSheetComplete"/>: the order's latest sheet in the trail holds, as entered, what article
/// 4.1 says an order holds at least: "customer name, contact details, address, products/services ordered with details,
/// quantity, price, delivery time, special requirements". Read field by field:
/// <list type="bullet">
/// <item><b>customer</b>: the customer's name;</item>
/// <item><b>contact</b>: a contact person and a phone number or e-mail address (what the preliminary review also asks);</item>
/// <item><b>address</b>: the delivery address (the one entered, else the customer's) with street, city and country;</item>
/// <item><b>lines</b>: at least one; each with its product (code) and description (the "details"), a quantity above zero
/// and a unit price, in a currency (a price without a currency is no price);</item>
/// <item><b>delivery time</b>: the requested delivery date;</item>
/// <item><b>payment terms</b>: Finance reviews the "payment method" (article 3, 4.2), so the sheet must say it;</item>
/// <item><b>special requirements</b>: recorded even when there are none (the text "none"): a blank field cannot tell
/// "none" from "not asked".</item>
/// </list>
/// Values are checked for presence, not for form: whether they were right is the review's finding, recorded beside it.
/// </summary>
internal static class OrderSheetCheck
{
    public static ChecklistResult Check(OrderTrail order)
    {
        if (OrderSheets.Latest(order.Entries) is not { } sheet)
        {
            return new ChecklistResult(ChecklistItem.OrderSheetComplete, false, "the trail holds no order sheet (no accepted Enter command) for the order");
        }

        var missing = Missing(sheet).ToList();
        return missing.Count == 0
            ? new ChecklistResult(ChecklistItem.OrderSheetComplete, true, $"the order sheet holds customer, contact, address, {sheet.Lines.Count} line(s) with quantity and price, delivery date, payment terms and special requirements")
            : new ChecklistResult(ChecklistItem.OrderSheetComplete, false, $"the order sheet lacks {string.Join(", ", missing)}");
    }

    private static IEnumerable<string> Missing(Order sheet)
    {
        var contact = sheet.Customer.Contact;
        var address = sheet.DeliveryAddress;
        var checks = new (bool Present, string Field)[]
        {
            (Given(sheet.Customer.Name), "the customer's name"),
            (Given(contact.Person), "a contact person"),
            (Given(contact.Phone) || Given(contact.Email), "a contact phone number or e-mail address"),
            (Given(address.Street) && Given(address.City) && Given(address.Country), "a delivery address with street, city and country"),
            (sheet.Lines.Count > 0, "order lines"),
            (Given(sheet.Currency), "the currency of its prices"),
            (sheet.RequestedDeliveryDate is not null, "the delivery date"),
            (sheet.PaymentTerms is not null, "the payment terms"),
            (Given(sheet.SpecialRequirements), "special requirements (record \"none\" when there are none)"),
        };
        foreach (var (present, field) in checks)
        {
            if (!present)
            {
                yield return field;
            }
        }

        foreach (var line in sheet.Lines)
        {
            var lacks = new[]
            {
                Given(line.Sku) ? null : "product",
                Given(line.Description) ? null : "description",
                line.Quantity > 0m ? null : "quantity",
                line.UnitPrice is null ? "price" : null,
            }.OfType<string>().ToList();
            if (lacks.Count > 0)
            {
                yield return $"line {line.LineNo}'s {string.Join(", ", lacks)}";
            }
        }
    }

    private static bool Given(string? value) => !string.IsNullOrWhiteSpace(value);
}
