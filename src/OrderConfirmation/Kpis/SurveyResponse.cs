using NodaTime;

namespace OrderConfirmation.Kpis;

/// <summary>A customer satisfaction survey response (article 6.2), scored 1 to 5 on three dimensions.</summary>
public sealed record SurveyResponse
{
    /// <summary>Creates a response.</summary>
    /// <param name="orderId">The order the customer answered about.</param>
    /// <param name="department">The department assessed, or <see langword="null"/>.</param>
    /// <param name="employee">The employee assessed, or <see langword="null"/>.</param>
    /// <param name="respondedAt">When the customer answered.</param>
    /// <param name="communication">Communication, 1 to 5.</param>
    /// <param name="efficiency">Processing efficiency, 1 to 5.</param>
    /// <param name="attitude">Service attitude, 1 to 5.</param>
    /// <exception cref="ArgumentException"><paramref name="orderId"/> is blank.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A score is not between 1 and 5.</exception>
    public SurveyResponse(string orderId, string? department, string? employee, Instant respondedAt, int communication, int efficiency, int attitude)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(orderId);
        OrderId = orderId;
        Department = department;
        Employee = employee;
        RespondedAt = respondedAt;
        Communication = Score(communication, nameof(communication));
        Efficiency = Score(efficiency, nameof(efficiency));
        Attitude = Score(attitude, nameof(attitude));
    }

    /// <summary>The order.</summary>
    public string OrderId { get; }

    /// <summary>The department assessed.</summary>
    public string? Department { get; }

    /// <summary>The employee assessed.</summary>
    public string? Employee { get; }

    /// <summary>When the customer answered.</summary>
    public Instant RespondedAt { get; }

    /// <summary>Communication, 1 to 5.</summary>
    public int Communication { get; }

    /// <summary>Processing efficiency, 1 to 5.</summary>
    public int Efficiency { get; }

    /// <summary>Service attitude, 1 to 5.</summary>
    public int Attitude { get; }

    private static int Score(int score, string name) =>
        score is >= 1 and <= 5 ? score : throw new ArgumentOutOfRangeException(name, score, "A score is between 1 and 5.");
}
