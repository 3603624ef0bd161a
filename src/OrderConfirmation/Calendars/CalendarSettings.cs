using System.Collections.ObjectModel;
using NodaTime;

namespace OrderConfirmation.Calendars;

/// <summary>
/// The timeliness standard for order confirmation, as analysts configure it in the working-calendar file
/// (<c>rules/calendar.json</c>, read by <see cref="CalendarFile"/>): an order is processed on time when the business
/// time from its receipt to its confirmation, measured on <see cref="Calendar"/>, is at most <see cref="StandardTime"/>.
/// </summary>
/// <param name="Calendar">The working calendar on which business time is measured.</param>
/// <param name="StandardTime">The standard time, an amount of business time; more than zero.</param>
/// <param name="PauseWhileAwaitingCustomer">Whether time spent waiting for the customer's reply is left out of the measured time.</param>
/// <exception cref="ArgumentNullException"><paramref name="Calendar"/> is <see langword="null"/>.</exception>
/// <exception cref="ArgumentOutOfRangeException"><paramref name="StandardTime"/> is zero or negative.</exception>
public sealed record CalendarSettings(WorkingCalendar Calendar, Duration StandardTime, bool PauseWhileAwaitingCustomer)
{
    /// <summary>The working calendar on which business time is measured: days, hours, zone, holidays and make-up working days.</summary>
    public WorkingCalendar Calendar { get; } = Calendar ?? throw new ArgumentNullException(nameof(Calendar));

    /// <summary>
    /// The standard time from receipt to confirmation, as business time: only time within <see cref="Calendar"/>'s
    /// working hours counts (compare with <see cref="WorkingCalendar.BusinessTimeBetween"/>; the due instant is
    /// <see cref="WorkingCalendar.AddBusinessTime"/> of it). Always more than zero.
    /// </summary>
    /// <remarks>
    /// In the calendar file it is an ISO-8601 duration. Hours, minutes and seconds are business time as written
    /// (<c>PT8H</c> is 8 business hours). Days are business days, each worth the calendar's <em>average working day</em>:
    /// the total weekly working time divided by the number of weekdays that have working hours. For Monday to Friday,
    /// 09:00–12:00 and 13:00–18:00, that is 40 h ÷ 5 = 8 hours, so <c>P1D</c> is 8 business hours and <c>P1DT4H</c> is 12.
    /// Years, months and weeks are not accepted.
    /// </remarks>
    public Duration StandardTime { get; } = StandardTime > Duration.Zero
        ? StandardTime
        : throw new ArgumentOutOfRangeException(nameof(StandardTime), StandardTime, "The standard time must be more than zero.");

    /// <summary>
    /// Whether the clock stops while the order waits for the customer's reply, so that time is not counted against the
    /// standard; <see langword="true"/> when the calendar file does not say.
    /// </summary>
    public bool PauseWhileAwaitingCustomer { get; } = PauseWhileAwaitingCustomer;

    /// <summary>
    /// Per kind of customer case, keyed by the kind's name (<c>Query</c>, <c>Complaint</c>, <c>Report</c>, the names of
    /// <c>OrderConfirmation.Kpis.CaseKind</c>), the business time within which the case must be answered, measured on
    /// <see cref="Calendar"/> like <see cref="StandardTime"/> (and paused the same way while awaiting the customer).
    /// In the calendar file: <c>"caseReplyTime": { "Query": "PT8H", "Complaint": "P2D", "Report": "P5D" }</c>, each
    /// written like <c>standardTime</c> (a business day is the calendar's average working day). A kind the file leaves
    /// out, or every kind when it has no <c>caseReplyTime</c> or the settings are made in code without setting this,
    /// gets its default: 8 business hours for a query, 2 business days for a complaint, 5 for a report.
    /// </summary>
    /// <exception cref="ArgumentNullException">Set to <see langword="null"/> (parameter <c>value</c>).</exception>
    /// <exception cref="ArgumentException">Set without one of the three kinds, with another key, or with a time of zero or less.</exception>
    public IReadOnlyDictionary<string, Duration> CaseReplyTimes
    {
        get => _caseReplyTimes ??= CaseReplyTimeReader.Defaults(Calendar.Week);
        init => _caseReplyTimes = Checked(value);
    }

    private IReadOnlyDictionary<string, Duration>? _caseReplyTimes;

    /// <summary>
    /// The targets analysts set for the KPIs in the calendar file's <c>targets</c> (the KPI report sets the figures
    /// against them); <see cref="KpiTargets.None"/> when the file has none or the settings are made in code without them.
    /// </summary>
    /// <exception cref="ArgumentNullException">Set to <see langword="null"/> (parameter <c>value</c>).</exception>
    public KpiTargets KpiTargets
    {
        get => _kpiTargets;
        init => _kpiTargets = value ?? throw new ArgumentNullException(nameof(value));
    }

    private readonly KpiTargets _kpiTargets = KpiTargets.None;

    /// <summary>Whether both settings have the same calendar, standard time, pause, reply time for every kind and KPI targets.</summary>
    public bool Equals(CalendarSettings? other) =>
        other is not null
        && Equals(Calendar, other.Calendar)
        && StandardTime == other.StandardTime
        && PauseWhileAwaitingCustomer == other.PauseWhileAwaitingCustomer
        && CaseReplyTimes.All(t => other.CaseReplyTimes.TryGetValue(t.Key, out var time) && time == t.Value)
        && KpiTargets == other.KpiTargets;

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Calendar, StandardTime, PauseWhileAwaitingCustomer, CaseReplyTimes.Count, KpiTargets);

    private static ReadOnlyDictionary<string, Duration> Checked(IReadOnlyDictionary<string, Duration> value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var kinds = CaseReplyTimeReader.Kinds.Select(k => k.Kind).ToArray();
        if (value.Count != kinds.Length || !kinds.All(value.ContainsKey))
        {
            throw new ArgumentException($"The case reply times must name exactly the kinds {string.Join(", ", kinds)}; got {string.Join(", ", value.Keys)}.", nameof(value));
        }

        if (value.FirstOrDefault(t => t.Value <= Duration.Zero) is { Key: { } kind, Value: var time })
        {
            throw new ArgumentException($"The reply time of a {kind} must be more than zero; got {time}.", nameof(value));
        }

        return value.ToDictionary(StringComparer.Ordinal).AsReadOnly();
    }
}
