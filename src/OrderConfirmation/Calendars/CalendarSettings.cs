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
}
