namespace OrderConfirmation.Supervision;

/// <summary>What the supervision group found in a check, in its own words.</summary>
public sealed record SupervisionFinding
{
    /// <summary>Creates a finding.</summary>
    /// <param name="orderId">The order it is about, or <see langword="null"/> for a finding about the process as a whole.</param>
    /// <param name="text">What was found.</param>
    /// <exception cref="ArgumentException"><paramref name="text"/> is blank, or <paramref name="orderId"/> is blank but not <see langword="null"/>.</exception>
    public SupervisionFinding(string? orderId, string text)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(text);
        if (orderId is not null)
        {
            ArgumentException.ThrowIfNullOrWhiteSpace(orderId);
        }

        OrderId = orderId;
        Text = text;
    }

    /// <summary>The order it is about, or <see langword="null"/>.</summary>
    public string? OrderId { get; }

    /// <summary>What was found.</summary>
    public string Text { get; }
}
