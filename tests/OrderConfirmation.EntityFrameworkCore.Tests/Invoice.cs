namespace OrderConfirmation.EntityFrameworkCore.Tests;

/// <summary>A host's own row.</summary>
public sealed class Invoice
{
    public required string Number { get; set; }

    public long AmountCents { get; set; }
}
