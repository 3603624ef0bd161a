namespace OrderConfirmation.Formats.Documents;

internal sealed class ChangeRequestDocument
{
    public OrderDocument? Order { get; set; }

    public ChangeDocument? Change { get; set; }

    public FactsDocument? Facts { get; set; }
}

internal sealed class ChangeDocument
{
    public string? ChangeId { get; set; }

    public string? RequestedAt { get; set; }

    public string? RequestedBy { get; set; }

    public string? Reason { get; set; }

    public string? RequestedDeliveryDate { get; set; }

    public AddressDocument? DeliveryAddress { get; set; }

    public string? PaymentTerms { get; set; }

    public string? SpecialRequirements { get; set; }

    public string? Currency { get; set; }

    public List<LineChangeDocument?>? Lines { get; set; }
}

internal sealed class LineChangeDocument
{
    public int? LineNo { get; set; }

    public bool? Remove { get; set; }

    public string? Sku { get; set; }

    public string? Description { get; set; }

    public decimal? Quantity { get; set; }

    public decimal? UnitPrice { get; set; }

    public List<string?>? Requirements { get; set; }
}
