using System.ComponentModel;
using System.Text.Json.Serialization;
using OrderConfirmation.Orders;

namespace OrderConfirmation.SampleHost.Contracts.Schemas;

/// <summary>A review request: an order and its facts.</summary>
[Description("A review request, exactly as `orderconfirm review` reads it (see samples/requests/).")]
internal sealed class ReviewRequestSchema
{
    [Description("The order as Sales entered it; a missing field is for the review to report.")]
    public required OrderSchema Order { get; init; }

    [Description("The facts the review reads.")]
    public required FactsSchema Facts { get; init; }
}

/// <summary>An order, as a review request holds it.</summary>
[Description("An order as a review request holds it (article 4.1). In a view, `total` is added, contact details and addresses may be `***` and prices null.")]
internal sealed class OrderSchema
{
    [Description("The order's id.")]
    public string? OrderId { get; init; }

    [Description("When the order was received.")]
    public DateTimeOffset? ReceivedAt { get; init; }

    [Description("Who entered it: on entry, absent or the caller.")]
    public string? EnteredBy { get; init; }

    [Description("The customer.")]
    public CustomerSchema? Customer { get; init; }

    [Description("The ISO 4217 currency of every price.")]
    public string? Currency { get; init; }

    [Description("The order lines.")]
    public IReadOnlyList<LineSchema>? Lines { get; init; }

    [Description("In a view: the sum of quantity × unit price over the lines, or null when prices are hidden.")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public decimal? Total { get; init; }

    [Description("The delivery date the customer asked for.")]
    public DateOnly? RequestedDeliveryDate { get; init; }

    [Description("Where to deliver; null for the customer's address.")]
    public AddressSchema? DeliveryAddress { get; init; }

    [Description("The agreed payment terms.")]
    public PaymentTerms? PaymentTerms { get; init; }

    [Description("Special requirements, as free text.")]
    public string? SpecialRequirements { get; init; }
}

/// <summary>A customer.</summary>
[Description("The customer, with the contact and address Sales entered.")]
internal sealed class CustomerSchema
{
    [Description("The customer's id in the CRM; the credit profile is looked up by it.")]
    public string? CustomerId { get; init; }

    [Description("The customer's name.")]
    public string? Name { get; init; }

    [Description("Who to contact.")]
    public ContactSchema? Contact { get; init; }

    [Description("The customer's address.")]
    public AddressSchema? Address { get; init; }
}

/// <summary>Contact details.</summary>
[Description("Contact details.")]
internal sealed class ContactSchema
{
    [Description("The contact person.")]
    public string? Person { get; init; }

    [Description("Their phone number.")]
    public string? Phone { get; init; }

    [Description("Their e-mail address.")]
    public string? Email { get; init; }
}

/// <summary>A postal address.</summary>
[Description("A postal address.")]
internal sealed class AddressSchema
{
    [Description("Street and number.")]
    public string? Street { get; init; }

    [Description("City.")]
    public string? City { get; init; }

    [Description("Postal code.")]
    public string? PostalCode { get; init; }

    [Description("ISO 3166 country code.")]
    public string? Country { get; init; }
}

/// <summary>An order line.</summary>
[Description("An order line.")]
internal sealed class LineSchema
{
    [Description("The line's number.")]
    public int LineNo { get; init; }

    [Description("The product or service code.")]
    public string? Sku { get; init; }

    [Description("What it is.")]
    public string? Description { get; init; }

    [Description("How many.")]
    public decimal? Quantity { get; init; }

    [Description("The price of one, in the order's currency.")]
    public decimal? UnitPrice { get; init; }

    [Description("Technical requirement codes, such as IPV6.")]
    public IReadOnlyList<string>? Requirements { get; init; }
}
