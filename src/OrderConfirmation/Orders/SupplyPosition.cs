namespace OrderConfirmation.Orders;

/// <summary>What the company can supply of one product or service (article 4.2, supply capability).</summary>
public sealed record SupplyPosition
{
    /// <summary>Creates a supply position.</summary>
    /// <param name="available">The quantity available now (stock, capacity or service resources).</param>
    /// <param name="leadTimeDays">Calendar days needed to replenish beyond what is available.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="available"/> or <paramref name="leadTimeDays"/> is negative.</exception>
    public SupplyPosition(decimal available, int leadTimeDays)
    {
        Amount.NotNegative(available, nameof(available));
        ArgumentOutOfRangeException.ThrowIfNegative(leadTimeDays);
        Available = available;
        LeadTimeDays = leadTimeDays;
    }

    /// <summary>The quantity available now.</summary>
    public decimal Available { get; }

    /// <summary>Calendar days needed to replenish beyond what is available.</summary>
    public int LeadTimeDays { get; }
}
