namespace OrderConfirmation.Calendars;

/// <summary>
/// The targets analysts set for the KPIs, in the working-calendar file's <c>targets</c> object
/// (<c>"targets": { "accuracy": 0.98, "timeliness": 0.95, "satisfaction": 4.5, "caseReply": 0.95 }</c>): the
/// confirmation accuracy rate, the timely processing rate and the timely case-reply rate as fractions in [0, 1], and
/// the overall satisfaction score on the survey's scale of 1 to 5. Each is optional: <see langword="null"/> is no target.
/// Reports set the figures against them; the figures themselves never depend on them.
/// </summary>
public sealed record KpiTargets
{
    /// <summary>The lowest score a survey answer can give (the overall satisfaction score is a mean of such scores).</summary>
    internal const decimal LowestScore = 1m;

    /// <summary>The highest score a survey answer can give.</summary>
    internal const decimal HighestScore = 5m;

    private readonly decimal? _accuracy;
    private readonly decimal? _timeliness;
    private readonly decimal? _satisfaction;
    private readonly decimal? _caseReply;

    /// <summary>No targets at all: what a calendar file without <c>targets</c> gives.</summary>
    public static KpiTargets None { get; } = new();

    /// <summary>The target confirmation accuracy rate, in [0, 1], or <see langword="null"/> for none.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Set outside [0, 1] (parameter <c>value</c>).</exception>
    public decimal? Accuracy { get => _accuracy; init => _accuracy = Rate(value); }

    /// <summary>The target timely processing rate, in [0, 1], or <see langword="null"/> for none.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Set outside [0, 1] (parameter <c>value</c>).</exception>
    public decimal? Timeliness { get => _timeliness; init => _timeliness = Rate(value); }

    /// <summary>The target overall satisfaction score (the mean of all survey scores), in [1, 5], or <see langword="null"/> for none.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Set outside [1, 5] (parameter <c>value</c>).</exception>
    public decimal? Satisfaction
    {
        get => _satisfaction;
        init => _satisfaction = value is null or (>= LowestScore and <= HighestScore)
            ? value
            : throw new ArgumentOutOfRangeException(nameof(value), value, "A satisfaction target is a score between 1 and 5.");
    }

    /// <summary>The target timely reply rate of customer cases, in [0, 1], or <see langword="null"/> for none.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Set outside [0, 1] (parameter <c>value</c>).</exception>
    public decimal? CaseReply { get => _caseReply; init => _caseReply = Rate(value); }

    private static decimal? Rate(decimal? value) =>
        value is null or (>= 0m and <= 1m) ? value : throw new ArgumentOutOfRangeException(nameof(value), value, "A rate target is a fraction between 0 and 1.");
}
