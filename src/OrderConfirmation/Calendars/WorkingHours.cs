using NodaTime;
using NodaTime.Text;

namespace OrderConfirmation.Calendars;

/// <summary>
/// One working interval within a day, in the company's local time: work starts at <see cref="Start"/>
/// and stops at <see cref="End"/> (exclusive), e.g. 09:00–12:00 before the lunch break.
/// An interval lies within one day, so it ends at 23:59:59.999999999 at the latest.
/// </summary>
/// <param name="Start">The local time at which work starts.</param>
/// <param name="End">The local time at which work stops; later than <paramref name="Start"/>.</param>
/// <exception cref="ArgumentException"><paramref name="End"/> is not later than <paramref name="Start"/>.</exception>
public readonly record struct WorkingHours(LocalTime Start, LocalTime End)
{
    private static readonly LocalTimePattern Minutes = LocalTimePattern.CreateWithInvariantCulture("HH:mm");
    private static readonly LocalTimePattern Seconds = LocalTimePattern.CreateWithInvariantCulture("HH:mm:ss.FFFFFFFFF");

    /// <summary>The local time at which work starts.</summary>
    public LocalTime Start { get; } = Start;

    /// <summary>The local time at which work stops (exclusive); always later than <see cref="Start"/>.</summary>
    public LocalTime End { get; } = End > Start
        ? End
        : throw new ArgumentException($"Working hours must end after they start, but {Format(Start)}-{Format(End)} does not.", nameof(End));

    /// <summary>
    /// The wall-clock length of the interval. On a day when the clocks change during the interval the
    /// business time it contributes differs by the change (see <see cref="WorkingCalendar.BusinessTimeBetween"/>).
    /// </summary>
    public Duration Length => Duration.FromNanoseconds(End.NanosecondOfDay - Start.NanosecondOfDay);

    /// <summary>Parses working hours written as <c>HH:mm-HH:mm</c>, e.g. <c>09:00-12:00</c>; seconds (<c>HH:mm:ss</c>) are allowed too.</summary>
    /// <param name="text">The text to parse; spaces around either time are ignored.</param>
    /// <returns>The working hours.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is <see langword="null"/>.</exception>
    /// <exception cref="FormatException">The text is not two 24-hour times separated by '-', or the end is not after the start.</exception>
    public static WorkingHours Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var dash = text.IndexOf('-', StringComparison.Ordinal);
        if (dash < 0 || dash != text.LastIndexOf('-'))
        {
            throw new FormatException($"Working hours '{text}' must be two 24-hour times separated by '-', e.g. 09:00-12:00.");
        }

        var start = ParseTime(text, text[..dash], "start");
        var end = ParseTime(text, text[(dash + 1)..], "end");
        if (end <= start)
        {
            throw new FormatException($"Working hours '{text}' must end after they start.");
        }

        return new WorkingHours(start, end);
    }

    /// <summary>Formats the interval as <see cref="Parse"/> reads it, e.g. <c>09:00-12:00</c>.</summary>
    /// <returns>The interval as text.</returns>
    public override string ToString() => $"{Format(Start)}-{Format(End)}";

    private static LocalTime ParseTime(string text, string part, string which)
    {
        var trimmed = part.Trim();
        var result = Minutes.Parse(trimmed);
        if (!result.Success)
        {
            result = Seconds.Parse(trimmed);
        }

        return result.Success
            ? result.Value
            : throw new FormatException($"Working hours '{text}': the {which} time '{trimmed}' is not a 24-hour time such as 09:00 or 17:30.");
    }

    private static string Format(LocalTime time) =>
        time.NanosecondOfDay % NodaConstants.NanosecondsPerMinute == 0
            ? Minutes.Format(time)
            : Seconds.Format(time);
}
