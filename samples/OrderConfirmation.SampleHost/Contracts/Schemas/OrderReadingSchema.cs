using System.ComponentModel;

namespace OrderConfirmation.SampleHost.Contracts.Schemas;

/// <summary>One read of an order, as the read log lists it.</summary>
[Description("One read of an order's data through the need-to-know view (articles 5 and 6.1), as the audit trail records it.")]
internal sealed class OrderReadingSchema
{
    [Description("The audit entry's sequence number.")]
    public required long Sequence { get; init; }

    [Description("Who read the order, by user id.")]
    public required string Reader { get; init; }

    [Description("The role they read it in.")]
    public required string Role { get; init; }

    [Description("When.")]
    public required DateTimeOffset At { get; init; }

    [Description("What was hidden from them: customerData, prices, credit; empty when they saw everything.")]
    public required string[] Masked { get; init; }
}
