using System.Collections.Frozen;
using NodaTime;

namespace OrderConfirmation.Calendars;

/// <summary>Checks a working calendar's schedule and makes read-only copies of it; every message names the day at fault.</summary>
internal static class ScheduleValidator
{
    /// <summary>Checks the weekly schedule and keeps only the weekdays that have working hours.</summary>
    /// <exception cref="ArgumentException">A key is not a day of the week, a day's hours are invalid, or no day has working hours.</exception>
    public static FrozenDictionary<IsoDayOfWeek, IReadOnlyList<WorkingHours>> Week(IReadOnlyDictionary<IsoDayOfWeek, IReadOnlyList<WorkingHours>> week)
    {
        var weekly = new Dictionary<IsoDayOfWeek, IReadOnlyList<WorkingHours>>();
        foreach (var (day, hours) in week)
        {
            if (day is < IsoDayOfWeek.Monday or > IsoDayOfWeek.Sunday)
            {
                throw new ArgumentException($"The weekly schedule has an entry for '{day}', which is not a day of the week.", nameof(week));
            }

            var validated = Day(hours, day.ToString(), nameof(week));
            if (validated.Count > 0)
            {
                weekly[day] = validated;
            }
        }

        return weekly.Count > 0
            ? weekly.ToFrozenDictionary()
            : throw new ArgumentException(
                "The weekly schedule has no working hours, so no deadline could ever be reached; give at least one weekday working hours.", nameof(week));
    }

    /// <summary>Checks the make-up working days: valid, non-empty hours, and none of them a holiday.</summary>
    /// <exception cref="ArgumentException">A date is also a holiday, or its hours are empty or invalid.</exception>
    public static FrozenDictionary<LocalDate, IReadOnlyList<WorkingHours>> MakeUpWorkdays(
        IReadOnlyDictionary<LocalDate, IReadOnlyList<WorkingHours>>? makeUpWorkdays, IReadOnlySet<LocalDate> holidays)
    {
        var validated = new Dictionary<LocalDate, IReadOnlyList<WorkingHours>>();
        foreach (var (date, hours) in makeUpWorkdays ?? FrozenDictionary<LocalDate, IReadOnlyList<WorkingHours>>.Empty)
        {
            var day = $"make-up working day {date:uuuu-MM-dd}";
            if (holidays.Contains(date))
            {
                throw new ArgumentException($"{date:uuuu-MM-dd} is both a holiday and a make-up working day.", nameof(makeUpWorkdays));
            }

            var checkedHours = Day(hours, day, nameof(makeUpWorkdays));
            validated[date] = checkedHours.Count > 0
                ? checkedHours
                : throw new ArgumentException($"The {day} has no working hours; a make-up working day needs at least one interval.", nameof(makeUpWorkdays));
        }

        return validated.ToFrozenDictionary();
    }

    /// <summary>Returns a read-only copy of one day's working intervals after checking them.</summary>
    /// <param name="hours">The day's working intervals.</param>
    /// <param name="day">The day, as the error message names it ("Monday", "make-up working day 2026-10-10").</param>
    /// <param name="paramName">The constructor parameter the hours came from.</param>
    /// <exception cref="ArgumentException">The list is <see langword="null"/>, or an interval is empty, out of order or overlaps the previous one.</exception>
    public static IReadOnlyList<WorkingHours> Day(IReadOnlyList<WorkingHours>? hours, string day, string paramName)
    {
        if (hours is null)
        {
            throw new ArgumentException($"The working hours of {day} are null; leave the day out to make it non-working.", paramName);
        }

        var copy = new WorkingHours[hours.Count];
        for (var i = 0; i < copy.Length; i++)
        {
            var current = hours[i];
            if (current.End <= current.Start)
            {
                throw new ArgumentException($"The working hours of {day} include an empty interval ({current}); each must end after it starts.", paramName);
            }

            if (i > 0 && current.Start < copy[i - 1].End)
            {
                throw new ArgumentException(
                    $"The working hours of {day} must be sorted and must not overlap, but {current} starts before {copy[i - 1]} ends.", paramName);
            }

            copy[i] = current;
        }

        return Array.AsReadOnly(copy);
    }
}
