using System.Collections.Frozen;
using NodaTime;

namespace OrderConfirmation.Calendars;

/// <summary>
/// The company's working calendar: which days are worked and during which hours, in the company's time
/// zone, with public holidays and make-up working days. It measures business time for the timeliness
/// KPIs ("8 business hours", "1 business day") and sets customer reply deadlines in business days.
/// </summary>
/// <remarks>
/// <para>Working hours are local times. Each interval is mapped to instants in <see cref="Zone"/>; on days
/// when the clocks change, a local time that occurs twice is taken at its earlier occurrence and a local time
/// that does not exist is taken as the first instant after the gap, so work scheduled in the skipped hour
/// counts as none and an interval across the change is as long as the time that really passed.</para>
/// <para>Instances are immutable and safe to share between threads. Business time is computed from a timeline
/// that the calendar builds lazily, about 2.8 years at a time, the first time an instant in that range is
/// asked about; after that each query is a few array reads and allocates nothing. The timeline of a
/// Monday–Friday calendar takes about 40 KB per 2.8 years touched.</para>
/// </remarks>
public sealed class WorkingCalendar
{
    private readonly IReadOnlyList<WorkingHours>[] _hoursByWeekday = new IReadOnlyList<WorkingHours>[8];
    private readonly FrozenSet<LocalDate> _holidays;
    private readonly FrozenDictionary<LocalDate, IReadOnlyList<WorkingHours>> _makeUpWorkdays;
    private readonly BusinessTimeline _timeline;

    /// <summary>Creates a working calendar.</summary>
    /// <param name="zone">The company's time zone (a TZDB zone such as <c>Asia/Shanghai</c>), in which working hours are read.</param>
    /// <param name="week">The weekly schedule: the working intervals of each working weekday, sorted and not overlapping. A weekday that is absent or has no intervals is not worked.</param>
    /// <param name="holidays">Public holidays: no work on these dates even when the weekday is worked; <see langword="null"/> means none.</param>
    /// <param name="makeUpWorkdays">Make-up working days: dates worked with the given intervals whatever the weekday (e.g. a Saturday worked in exchange for a holiday); <see langword="null"/> means none.</param>
    /// <exception cref="ArgumentNullException"><paramref name="zone"/> or <paramref name="week"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">
    /// A day's intervals are <see langword="null"/>, empty (for a make-up day), not sorted or overlapping; a weekday key is not a day of the week;
    /// the week has no working hours at all (no deadline could ever be reached); or a date is both a holiday and a make-up working day.
    /// The message names the day.
    /// </exception>
    public WorkingCalendar(
        DateTimeZone zone,
        IReadOnlyDictionary<IsoDayOfWeek, IReadOnlyList<WorkingHours>> week,
        IEnumerable<LocalDate>? holidays = null,
        IReadOnlyDictionary<LocalDate, IReadOnlyList<WorkingHours>>? makeUpWorkdays = null)
    {
        ArgumentNullException.ThrowIfNull(zone);
        ArgumentNullException.ThrowIfNull(week);
        Zone = zone;
        Week = ScheduleValidator.Week(week);
        Array.Fill(_hoursByWeekday, Array.Empty<WorkingHours>());
        foreach (var (day, hours) in Week)
        {
            _hoursByWeekday[(int)day] = hours;
        }

        _holidays = (holidays ?? []).ToFrozenSet();
        _makeUpWorkdays = ScheduleValidator.MakeUpWorkdays(makeUpWorkdays, _holidays);
        _timeline = new BusinessTimeline(this);
    }

    /// <summary>The company's time zone, in which working hours are read.</summary>
    public DateTimeZone Zone { get; }

    /// <summary>The weekly schedule: only the working weekdays, each with its sorted working intervals.</summary>
    public IReadOnlyDictionary<IsoDayOfWeek, IReadOnlyList<WorkingHours>> Week { get; }

    /// <summary>The public holidays: dates not worked even when their weekday is.</summary>
    public IReadOnlySet<LocalDate> Holidays => _holidays;

    /// <summary>The make-up working days: dates worked with their own intervals whatever the weekday.</summary>
    public IReadOnlyDictionary<LocalDate, IReadOnlyList<WorkingHours>> MakeUpWorkdays => _makeUpWorkdays;

    /// <summary>
    /// The standard calendar: Monday to Friday, 09:00–12:00 and 13:00–18:00 (eight working hours a day,
    /// with a lunch break), no holidays.
    /// </summary>
    /// <param name="zone">The company's time zone.</param>
    /// <returns>The standard calendar in <paramref name="zone"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="zone"/> is <see langword="null"/>.</exception>
    public static WorkingCalendar Standard(DateTimeZone zone)
    {
        IReadOnlyList<WorkingHours> day = [WorkingHours.Parse("09:00-12:00"), WorkingHours.Parse("13:00-18:00")];
        var week = new Dictionary<IsoDayOfWeek, IReadOnlyList<WorkingHours>>
        {
            [IsoDayOfWeek.Monday] = day,
            [IsoDayOfWeek.Tuesday] = day,
            [IsoDayOfWeek.Wednesday] = day,
            [IsoDayOfWeek.Thursday] = day,
            [IsoDayOfWeek.Friday] = day,
        };
        return new WorkingCalendar(zone, week);
    }

    /// <summary>Whether <paramref name="date"/> is worked: a make-up working day, or a working weekday that is not a holiday.</summary>
    /// <param name="date">The local date in <see cref="Zone"/>.</param>
    /// <returns><see langword="true"/> when there are working hours on the date.</returns>
    public bool IsWorkingDay(LocalDate date) => HoursOn(date).Count > 0;

    /// <summary>The working intervals on <paramref name="date"/>: a make-up day's own hours, none on a holiday, else the weekday's hours.</summary>
    /// <param name="date">The local date in <see cref="Zone"/>.</param>
    /// <returns>The sorted working intervals; empty on a non-working day.</returns>
    public IReadOnlyList<WorkingHours> HoursOn(LocalDate date) =>
        _makeUpWorkdays.TryGetValue(date, out var hours) ? hours
        : _holidays.Contains(date) ? []
        : _hoursByWeekday[(int)date.DayOfWeek];

    /// <summary>The <paramref name="days"/>-th working day after <paramref name="date"/>; <paramref name="date"/> itself is not counted, worked or not.</summary>
    /// <param name="date">The date to count from.</param>
    /// <param name="days">How many working days to count; at least 1.</param>
    /// <returns>The working day reached.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="days"/> is less than 1.</exception>
    public LocalDate AddBusinessDays(LocalDate date, int days)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(days, 1);
        var current = date;
        for (var counted = 0; counted < days;)
        {
            current = current.PlusDays(1);
            if (IsWorkingDay(current))
            {
                counted++;
            }
        }

        return current;
    }

    /// <summary>
    /// The deadline for a customer's reply when asked at <paramref name="askedAt"/>: the close of business (the end of
    /// the last working interval) on the <paramref name="businessDays"/>-th working day after the local date of
    /// <paramref name="askedAt"/> in <see cref="Zone"/>. The day of asking is not counted, whether or not it is worked and
    /// whatever the hour. Example: asked on Friday 2026-11-27 at 10:00 Asia/Shanghai with 3 business days under
    /// <see cref="Standard"/>, the deadline is Wednesday 2026-12-02 at 18:00 Asia/Shanghai.
    /// </summary>
    /// <param name="askedAt">When the customer was asked.</param>
    /// <param name="businessDays">The reply period in working days (the order lifecycle's default is 3); at least 1.</param>
    /// <returns>The instant the reply period ends.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="businessDays"/> is less than 1.</exception>
    public Instant ReplyDeadline(Instant askedAt, int businessDays)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(businessDays, 1);
        var day = AddBusinessDays(askedAt.InZone(Zone).Date, businessDays);
        var hours = HoursOn(day);
        return WorkingTimeResolver.ToInstant(day, hours[^1].End, Zone);
    }

    /// <summary>
    /// The business time in [<paramref name="start"/>, <paramref name="end"/>): how much of it falls within working
    /// intervals, e.g. received Friday 17:30 and confirmed Monday 10:00 under 09:00–18:00 Monday to Friday is 1.5 hours.
    /// Zero when <paramref name="end"/> is not after <paramref name="start"/>. Additive over adjacent spans, never negative,
    /// never more than <paramref name="end"/> − <paramref name="start"/>. An interval across a clock change counts the
    /// time that really passed (see the remarks on <see cref="WorkingCalendar"/>). Allocates nothing once the range
    /// of dates has been visited.
    /// </summary>
    /// <param name="start">The start of the span (e.g. receipt of the order).</param>
    /// <param name="end">The end of the span (e.g. confirmation), exclusive.</param>
    /// <returns>The business time, to the nanosecond.</returns>
    public Duration BusinessTimeBetween(Instant start, Instant end) => _timeline.Between(start, end);

    /// <summary>
    /// The earliest instant by which <paramref name="businessTime"/> of working time has elapsed since
    /// <paramref name="start"/>: the due instant of a standard time such as 8 business hours. When the time runs out
    /// exactly at the end of a working interval the result is that end, not the start of the next interval.
    /// <c>BusinessTimeBetween(start, AddBusinessTime(start, t)) == t</c> for every non-negative <c>t</c>.
    /// </summary>
    /// <param name="start">The instant to count from.</param>
    /// <param name="businessTime">The business time to add; zero returns <paramref name="start"/>.</param>
    /// <returns>The due instant.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="businessTime"/> is negative, or the due instant would be beyond <see cref="Instant.MaxValue"/>.</exception>
    public Instant AddBusinessTime(Instant start, Duration businessTime)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(businessTime, Duration.Zero);
        return businessTime == Duration.Zero ? start : _timeline.After(start, businessTime);
    }
}
