using NodaTime;
using NodaTime.Text;

namespace OrderConfirmation.Calendars;

/// <summary>
/// Reads the calendar file's <c>standardTime</c>, an ISO-8601 duration of business time: hours, minutes and seconds
/// count as they are; a day (<c>P1D</c>) is one business day, worth the calendar's average working day:
/// the total weekly working time divided by the number of weekdays with working hours (8 hours for 09:00–12:00 and
/// 13:00–18:00, Monday to Friday). Years, months and weeks are rejected: they have no fixed length in business time.
/// Other analyst files that give business time the same way (the department tasks' <c>dueTime</c>) are read with
/// <see cref="ReadPeriod"/> and converted with <see cref="ToBusinessTime"/>, so that every file means the same by a day.
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
        // Without a valid week a day's length is unknown: only a duration without days can still be checked and converted.
        var businessDay = week is null ? (long?)null : (long)(Weekly(week) / WorkingWeekdays(week));
        return ReadPeriod(text, field.Path, field.Path, field.Noun, field.Code, diagnostics, businessDay) is not { } period || (period.Days != 0 && week is null)
            ? null
            : BusinessTime(period, week);
    }

    /// <summary>
    /// A checked period (days, hours and smaller units, none negative) as business time on <paramref name="week"/>; without
    /// a week, its days count for nothing (they cannot be converted).
    /// </summary>
    public static Duration BusinessTime(Period period, IReadOnlyDictionary<IsoDayOfWeek, IReadOnlyList<WorkingHours>>? week) =>
        week is null ? Duration.FromNanoseconds((long)TimeOfDayNanoseconds(period)) : ToBusinessTime(period, week);

    /// <summary>
    /// Reads and checks an ISO-8601 duration of business time as <c>standardTime</c> is written (days, hours, minutes and
    /// seconds; more than zero; no negative part), without converting its days: that needs the calendar's week.
    /// </summary>
    /// <param name="text">The duration as written.</param>
    /// <param name="path">The JSON path of the value, where problems are placed.</param>
    /// <param name="subject">How messages name the value (<c>standardTime</c>, <c>ProposeTechnicalSolution's dueTime</c>).</param>
    /// <param name="what">What the value is, for the message of one too long ("a standard time", "a due time").</param>
    /// <param name="code">The diagnostic code for a wrong duration.</param>
    /// <param name="diagnostics">Where problems are reported.</param>
    /// <param name="businessDay">
    /// The length of a business day in nanoseconds, when known; by default a whole day, the longest a working day can be, so
    /// that a duration accepted fits on any calendar. <see langword="null"/>: unknown, and a duration with days is not checked for length.
    /// </param>
    /// <returns>The duration as written, or <see langword="null"/> when it is wrong. With the default <paramref name="businessDay"/>, its business time never exceeds <see cref="Duration.MaxValue"/>, whatever the calendar.</returns>
    public static Period? ReadPeriod(string text, string path, string subject, string what, string code, CalendarDiagnostics diagnostics, long? businessDay = NodaConstants.NanosecondsPerDay)
    {
        var parsed = PeriodPattern.NormalizingIso.Parse(text);
        if (!parsed.Success)
        {
            return Invalid(diagnostics, path, code, $"{subject} '{text}' is not an ISO-8601 duration; write it {Examples}. {BusinessDay}");
        }

        return Problem(parsed.Value, text, subject, what, businessDay) is { } problem ? Invalid(diagnostics, path, code, problem) : parsed.Value;
    }

    /// <summary>
    /// Why a duration is not business time as <see cref="ReadPeriod"/> accepts it: years, months or weeks, a negative
    /// part, zero, or longer than <see cref="Duration.MaxValue"/> with days of <paramref name="businessDay"/>.
    /// </summary>
    /// <param name="period">The duration.</param>
    /// <param name="text">The duration as written, for the message.</param>
    /// <param name="subject">How the message names the value.</param>
    /// <param name="what">What the value is, for the message of one too long.</param>
    /// <param name="businessDay">The length of a business day in nanoseconds (by default a whole day); <see langword="null"/> when unknown, and then a duration with days is not checked for length.</param>
    /// <returns>The problem in words, or <see langword="null"/> when the duration is business time.</returns>
    public static string? Problem(Period period, string text, string subject, string what, long? businessDay = NodaConstants.NanosecondsPerDay)
    {
        if (period.Years != 0 || period.Months != 0 || period.Weeks != 0)
        {
            return $"{subject} '{text}' uses years, months or weeks, which have no fixed length in business time; write business days (\"P5D\") or hours (\"PT40H\") instead. {BusinessDay}";
        }

        if (HasNegativePart(period) || period.Equals(Period.Zero))
        {
            return $"{subject} '{text}' must be more than zero business time, with no negative parts; write it {Examples}.";
        }

        // A working day is never longer than a day, so a duration that fits with days of 24 hours fits on any calendar.
        var days = businessDay is { } day ? period.Days * (Int128)day : period.Days == 0 ? Int128.Zero : (Int128?)null;
        return days is not { } known || known + TimeOfDayNanoseconds(period) <= long.MaxValue
            ? null
            : $"{subject} '{text}' is too long to be {what}.";
    }

    /// <summary>
    /// The business time of a duration <see cref="ReadPeriod"/> accepted, on a calendar's week: each day is the week's
    /// average working day, hours, minutes and seconds count as they are.
    /// </summary>
    /// <param name="period">The duration, days, hours, minutes and seconds only.</param>
    /// <param name="week">The calendar's weekly schedule, with working hours on at least one day.</param>
    /// <returns>The business time.</returns>
    public static Duration ToBusinessTime(Period period, IReadOnlyDictionary<IsoDayOfWeek, IReadOnlyList<WorkingHours>> week) =>
        Duration.FromNanoseconds((long)((period.Days * Weekly(week) / WorkingWeekdays(week)) + TimeOfDayNanoseconds(period)));

    /// <summary>Where a duration is in a file, the code of its problems, and what messages call it ("a reply time").</summary>
    /// <param name="Path">The JSON path of the value.</param>
    /// <param name="Code">The diagnostic code for a wrong duration.</param>
    /// <param name="Noun">What the value is, for the message of one too long.</param>
    internal readonly record struct DurationField(string Path, string Code, string Noun);

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

    private static Period? Invalid(CalendarDiagnostics diagnostics, string path, string code, string message)
    {
        diagnostics.Report(path, code, message);
        return null;
    }
}
