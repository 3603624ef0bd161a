using NodaTime;
using NodaTime.Text;

namespace OrderConfirmation.Calendars;

/// <summary>
/// Reads the calendar file's <c>standardTime</c>, an ISO-8601 duration of business time: hours, minutes and seconds
/// count as they are; a day (<c>P1D</c>) is one business day, worth the calendar's average working day:
/// the total weekly working time divided by the number of weekdays with working hours (8 hours for 09:00–12:00 and
/// 13:00–18:00, Monday to Friday). Years, months and weeks are rejected: they have no fixed length in business time.
/// </summary>
internal static class StandardTimeReader
{
    private const string Path = "standardTime";

    private const string BusinessDay = "A business day (D) is the calendar's average working day: the weekly working time divided by the number of weekdays with working hours.";

    private const string Examples = "e.g. \"PT8H\" (8 business hours), \"PT30M\", \"P1D\" (1 business day) or \"P1DT4H\"";

    /// <summary>Reads and checks the standard time.</summary>
    /// <param name="text">The duration as written.</param>
    /// <param name="week">The checked weekly schedule, or <see langword="null"/> when it has problems (then business days cannot be converted).</param>
    /// <param name="diagnostics">Where problems are reported.</param>
    /// <returns>The standard time as business time, or <see langword="null"/> when it is missing, wrong or cannot be converted.</returns>
    public static Duration? Read(string? text, IReadOnlyDictionary<IsoDayOfWeek, IReadOnlyList<WorkingHours>>? week, CalendarDiagnostics diagnostics)
    {
        if (text is null)
        {
            diagnostics.Report(Path, CalendarDiagnosticCodes.MissingField, $"The file has no 'standardTime': give the timeliness standard as an ISO-8601 duration of business time, {Examples}.");
            return null;
        }

        return Read(text, week, new DurationField(Path, CalendarDiagnosticCodes.InvalidStandardTime, "a standard time"), diagnostics);
    }

    /// <summary>
    /// Reads and checks a duration of business time written like <c>standardTime</c> (such as a case reply time),
    /// reporting problems at <paramref name="field"/>'s path with its code.
    /// </summary>
    /// <param name="text">The duration as written.</param>
    /// <param name="week">The checked weekly schedule, or <see langword="null"/> when it has problems (then business days cannot be converted).</param>
    /// <param name="field">Where the duration is in the file, the code of its problems, and what messages call it.</param>
    /// <param name="diagnostics">Where problems are reported.</param>
    /// <returns>The duration as business time, or <see langword="null"/> when it is wrong or cannot be converted.</returns>
    public static Duration? Read(string text, IReadOnlyDictionary<IsoDayOfWeek, IReadOnlyList<WorkingHours>>? week, DurationField field, CalendarDiagnostics diagnostics)
    {
        var parsed = PeriodPattern.NormalizingIso.Parse(text);
        if (!parsed.Success)
        {
            return Invalid(diagnostics, field, $"{field.Path} '{text}' is not an ISO-8601 duration; write it {Examples}. {BusinessDay}");
        }

        var period = parsed.Value;
        if (period.Years != 0 || period.Months != 0 || period.Weeks != 0)
        {
            return Invalid(diagnostics, field, $"{field.Path} '{text}' uses years, months or weeks, which have no fixed length in business time; write business days (\"P5D\") or hours (\"PT40H\") instead. {BusinessDay}");
        }

        if (HasNegativePart(period) || period.Equals(Period.Zero))
        {
            return Invalid(diagnostics, field, $"{field.Path} '{text}' must be more than zero business time, with no negative parts; write it {Examples}.");
        }

        if (period.Days != 0 && week is null)
        {
            return null;
        }

        return BusinessTime(period, week) is { } duration
            ? duration
            : Invalid(diagnostics, field, $"{field.Path} '{text}' is too long to be {field.Noun}.");
    }

    /// <summary>
    /// A checked period (days, hours and smaller units, none negative) as business time on <paramref name="week"/>, or
    /// <see langword="null"/> when it is longer than a <see cref="Duration"/> can hold.
    /// </summary>
    public static Duration? BusinessTime(Period period, IReadOnlyDictionary<IsoDayOfWeek, IReadOnlyList<WorkingHours>>? week)
    {
        var days = week is null ? Int128.Zero : period.Days * Weekly(week) / WorkingWeekdays(week);
        var nanoseconds = days + TimeOfDayNanoseconds(period);
        return nanoseconds <= long.MaxValue ? Duration.FromNanoseconds((long)nanoseconds) : null;
    }

    private static Int128 Weekly(IReadOnlyDictionary<IsoDayOfWeek, IReadOnlyList<WorkingHours>> week) =>
        week.Values.SelectMany(day => day).Aggregate(Int128.Zero, (total, hours) => total + hours.Length.ToInt64Nanoseconds());

    private static int WorkingWeekdays(IReadOnlyDictionary<IsoDayOfWeek, IReadOnlyList<WorkingHours>> week) =>
        week.Values.Count(day => day.Count > 0);

    private static bool HasNegativePart(Period period) =>
        period.Days < 0 || period.Hours < 0 || period.Minutes < 0 || period.Seconds < 0
        || period.Milliseconds < 0 || period.Ticks < 0 || period.Nanoseconds < 0;

    private static Int128 TimeOfDayNanoseconds(Period period) =>
        ((Int128)period.Hours * NodaConstants.NanosecondsPerHour)
        + ((Int128)period.Minutes * NodaConstants.NanosecondsPerMinute)
        + ((Int128)period.Seconds * NodaConstants.NanosecondsPerSecond)
        + ((Int128)period.Milliseconds * NodaConstants.NanosecondsPerMillisecond)
        + ((Int128)period.Ticks * NodaConstants.NanosecondsPerTick)
        + period.Nanoseconds;

    private static Duration? Invalid(CalendarDiagnostics diagnostics, DurationField field, string message)
    {
        diagnostics.Report(field.Path, field.Code, message);
        return null;
    }

    /// <summary>A duration's place in the calendar file, the code of its problems, and what messages call it.</summary>
    /// <param name="Path">The JSON path, as messages show it (<c>standardTime</c>, <c>caseReplyTime.Complaint</c>).</param>
    /// <param name="Code">The diagnostic code of a wrong duration.</param>
    /// <param name="Noun">What it is, with its article ("a standard time", "a reply time").</param>
    internal readonly record struct DurationField(string Path, string Code, string Noun);
}
