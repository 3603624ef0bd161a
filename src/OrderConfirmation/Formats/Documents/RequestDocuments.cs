using System.Text.Json.Serialization;

namespace OrderConfirmation.Formats.Documents;

// The camelCase JSON shapes of request files. Everything is optional here: what is missing in an
// order is reported by the review as a finding; what is missing elsewhere, by the mapper as an error. The facts refuse
// a property they do not know, so that a misspelt one ("prise", "exchangeRate") is an error, not a review without it.

internal sealed class ReviewRequestDocument
{
    public OrderDocument? Order { get; set; }

    public FactsDocument? Facts { get; set; }
}

internal sealed class OrderDocument
{
    public string? OrderId { get; set; }

    public string? ReceivedAt { get; set; }

    public string? EnteredBy { get; set; }

    public CustomerDocument? Customer { get; set; }

    public string? Currency { get; set; }

    public List<OrderLineDocument?>? Lines { get; set; }

    public string? RequestedDeliveryDate { get; set; }

    public AddressDocument? DeliveryAddress { get; set; }

    public string? PaymentTerms { get; set; }

    public string? SpecialRequirements { get; set; }

    public string? Status { get; set; }

    public int? Revision { get; set; }

    public string? PromisedDeliveryDate { get; set; }
}

internal sealed class CustomerDocument
{
    public string? CustomerId { get; set; }

    public string? Name { get; set; }

    public ContactDocument? Contact { get; set; }

    public AddressDocument? Address { get; set; }
}

internal sealed class ContactDocument
{
    public string? Person { get; set; }

    public string? Phone { get; set; }

    public string? Email { get; set; }
}

internal sealed class AddressDocument
{
    public string? Street { get; set; }

    public string? City { get; set; }

    public string? PostalCode { get; set; }

    public string? Country { get; set; }
}

internal sealed class OrderLineDocument
{
    public int? LineNo { get; set; }

    public string? Sku { get; set; }

    public string? Description { get; set; }

    public decimal? Quantity { get; set; }

    public decimal? UnitPrice { get; set; }

    public List<string?>? Requirements { get; set; }

    public decimal? ShippedQuantity { get; set; }
}

[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
internal sealed class FactsDocument
{
    public string? AsOf { get; set; }

    public string? TimeZone { get; set; }

    public CreditDocument? Credit { get; set; }

    public Dictionary<string, SupplyDocument?>? Supply { get; set; }

    public List<string?>? Capabilities { get; set; }

    public Dictionary<string, PriceDocument?>? Prices { get; set; }

    public ExchangeRatesDocument? ExchangeRates { get; set; }
}

[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
internal sealed class PriceDocument
{
    public string? Currency { get; set; }

    public decimal? ListPrice { get; set; }

    public decimal? UnitCost { get; set; }
}

[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
internal sealed class ExchangeRatesDocument
{
    public string? Base { get; set; }

    public Dictionary<string, decimal?>? Rates { get; set; }
}

[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
internal sealed class CreditDocument
{
    public string? Currency { get; set; }

    public List<string?>? AllowedPaymentTerms { get; set; }

    public decimal? CreditLimit { get; set; }

    public decimal? OutstandingBalance { get; set; }

    public decimal? OpenOrdersValue { get; set; }

    public decimal? OverdueAmount { get; set; }

    public int? DaysOverdue { get; set; }

    public int? BadDebtRecords { get; set; }

    public bool? Blocked { get; set; }
}

[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
internal sealed class SupplyDocument
{
    public decimal? Available { get; set; }

    public int? LeadTimeDays { get; set; }
}

[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    ReadCommentHandling = System.Text.Json.JsonCommentHandling.Skip,
    AllowTrailingCommas = true,
    MaxDepth = 64,
    Converters = [typeof(DecimalNumberConverter), typeof(WholeNumberConverter), typeof(Utf8TextConverter)])]
[JsonSerializable(typeof(ReviewRequestDocument))]
[JsonSerializable(typeof(ChangeRequestDocument))]
internal sealed partial class RequestJsonContext : JsonSerializerContext;
