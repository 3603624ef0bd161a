namespace OrderConfirmation.SampleHost.Contracts;

/// <summary>
/// The body of <c>POST /orders/{id}/changes</c>: the <c>change</c> object of a change-request file (a <see langword="null"/>
/// or absent field means unchanged), plus the <c>approvals</c> given for it. <c>requestedAt</c> defaults to now.
/// </summary>
internal sealed class ChangeBody
{
    public string? ChangeId { get; set; }

    public string? RequestedAt { get; set; }

    public string? RequestedBy { get; set; }

    public string? Reason { get; set; }

    public string? RequestedDeliveryDate { get; set; }

    public AddressBody? DeliveryAddress { get; set; }

    public string? PaymentTerms { get; set; }

    public string? SpecialRequirements { get; set; }

    public string? Currency { get; set; }

    public List<LineChangeBody?>? Lines { get; set; }

    /// <summary>The approvals given for the change, such as Finance's for a new unit price.</summary>
    public List<ApprovalBody?>? Approvals { get; set; }
}

/// <summary>A line of a change: a known <c>lineNo</c> changes or (with <c>remove</c>) removes that line; a new one adds a line.</summary>
internal sealed class LineChangeBody
{
    public int? LineNo { get; set; }

    public bool? Remove { get; set; }

    public string? Sku { get; set; }

    public string? Description { get; set; }

    public decimal? Quantity { get; set; }

    public decimal? UnitPrice { get; set; }

    public List<string>? Requirements { get; set; }
}

/// <summary>A new delivery address.</summary>
internal sealed class AddressBody
{
    public string? Street { get; set; }

    public string? City { get; set; }

    public string? PostalCode { get; set; }

    public string? Country { get; set; }
}

/// <summary>A department's approval of the change.</summary>
internal sealed class ApprovalBody
{
    /// <summary>The approving department, such as <c>Finance</c>.</summary>
    public string? Department { get; set; }

    /// <summary>Who approved, by user id.</summary>
    public string? ApprovedBy { get; set; }
}
