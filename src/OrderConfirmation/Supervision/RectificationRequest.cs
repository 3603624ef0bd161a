using NodaTime;

namespace OrderConfirmation.Supervision;

/// <summary>A rectification the supervision group asks for in a check: what must be put right, by whom, by when.</summary>
public sealed record RectificationRequest
{
    /// <summary>Creates the request.</summary>
    /// <param name="orderId">The order it is about, or <see langword="null"/> for the process as a whole.</param>
    /// <param name="action">What must be done.</param>
    /// <param name="owner">Who must do it (a person or a department).</param>
    /// <param name="due">The date by which it must be done.</param>
    /// <exception cref="ArgumentException"><paramref name="action"/> or <paramref name="owner"/> is blank, or <paramref name="orderId"/> is blank but not <see langword="null"/>.</exception>
    public RectificationRequest(string? orderId, string action, string owner, LocalDate due)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(action);
        ArgumentException.ThrowIfNullOrWhiteSpace(owner);
        if (orderId is not null)
        {
            ArgumentException.ThrowIfNullOrWhiteSpace(orderId);
        }

        OrderId = orderId;
        Action = action;
        Owner = owner;
        Due = due;
    }

    /// <summary>The order it is about, or <see langword="null"/>.</summary>
    public string? OrderId { get; }

    /// <summary>What must be done.</summary>
    public string Action { get; }

    /// <summary>Who must do it.</summary>
    public string Owner { get; }

    /// <summary>The date by which it must be done.</summary>
    public LocalDate Due { get; }
}
