namespace OrderConfirmation.SampleHost.Contracts;

/// <summary>The body of <c>POST /orders/{id}/confirm</c>.</summary>
internal sealed class ConfirmBody
{
    /// <summary>The delivery date promised to the customer, such as <c>2026-12-15</c>; not before today.</summary>
    public string? PromisedDeliveryDate { get; set; }
}
