using System.ComponentModel;
using OrderConfirmation.Lifecycle.State;
using OrderConfirmation.Orders;

namespace OrderConfirmation.SampleHost.Contracts.Schemas;

/// <summary>Where an order stands, as the caller may see it.</summary>
[Description("Where an order stands, as the caller's roles may see it (article 5, need-to-know).")]
internal sealed class OrderViewSchema
{
    [Description("The order's id.")]
    public required string OrderId { get; init; }

    [Description("Where the order is in its life.")]
    public required OrderStatus Status { get; init; }

    [Description("1 as entered, plus one per applied change.")]
    public required int Revision { get; init; }

    [Description("Who entered the order.")]
    public required string EnteredBy { get; init; }

    [Description("When.")]
    public required DateTimeOffset EnteredAt { get; init; }

    [Description("Who started the detailed review, or null.")]
    public required string? ReviewedBy { get; init; }

    [Description("The delivery date promised to the customer, or null before confirmation.")]
    public required DateOnly? PromisedDeliveryDate { get; init; }

    [Description("The caller's roles the view is for.")]
    public required IReadOnlyList<Role> ViewedAs { get; init; }

    [Description("What is hidden from the caller: customerData (contact details and addresses, shown as ***), prices (null), credit (null).")]
    public required IReadOnlyList<string> Masked { get; init; }

    [Description("The order (the latest revision), as a review request holds it.")]
    public required OrderSchema Order { get; init; }

    [Description("The customer's credit profile the host holds, or null (unknown, or hidden from the caller).")]
    public required CreditSchema? Credit { get; init; }

    [Description("The latest review decision, or null.")]
    public required DecisionSchema? LatestReview { get; init; }

    [Description("The confirmation record, or null.")]
    public required ConfirmationSchema? Confirmation { get; init; }
}

/// <summary>The result of entering an order.</summary>
[Description("An order entered: its status and the preliminary review's decision.")]
internal sealed class EntrySchema
{
    [Description("The order's id.")]
    public required string OrderId { get; init; }

    [Description("Submitted when the preliminary review found no error, else Draft.")]
    public required OrderStatus Status { get; init; }

    [Description("The preliminary review's decision (article 4.1).")]
    public required DecisionSchema PreliminaryReview { get; init; }
}
