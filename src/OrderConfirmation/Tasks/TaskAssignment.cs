using NodaTime;
using NodaTime.Text;
using OrderConfirmation.Calendars;
using OrderConfirmation.Findings;

namespace OrderConfirmation.Tasks;

/// <summary>
/// Who does what a review action asks, and by when (articles 3 and 4.2: Technical proposes a solution "within a set
/// time", Product judges supply, Finance decides special terms, Sales asks the customer): the department whose task it is,
/// its due time in business time from the moment the task is opened, and whether the order may be confirmed while the
/// task is open. Analysts set them in <c>rules/tasks.json</c> (<see cref="TaskFile"/>).
/// </summary>
public sealed record TaskAssignment
{
    /// <summary>Creates an assignment.</summary>
    /// <param name="department">The department that does the task: Sales, Finance, Technical or Product.</param>
    /// <param name="dueTime">
    /// The time the department has, as business time: hours, minutes and seconds as they are, a day one business day
    /// (the calendar's average working day, as <c>standardTime</c> in the calendar file); no years, months or weeks.
    /// </param>
    /// <param name="blocksConfirmation">Whether the order may not be confirmed while the task is open.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="department"/> is Order Confirmation (which organises the review and takes no tasks) or not a department.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="dueTime"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="dueTime"/> is not more than zero business time, has a negative part, years, months or weeks, or is too long.</exception>
    public TaskAssignment(Department department, Period dueTime, bool blocksConfirmation)
    {
        if (!TaskDepartments.Contains(department))
        {
            throw new ArgumentOutOfRangeException(nameof(department), department, $"Tasks go to {TaskDepartments.Names}; Order Confirmation organises the review and takes none.");
        }

        ArgumentNullException.ThrowIfNull(dueTime);
        if (StandardTimeReader.Problem(dueTime, PeriodPattern.NormalizingIso.Format(dueTime), "The due time", "a due time") is { } problem)
        {
            throw new ArgumentException(problem, nameof(dueTime));
        }

        Department = department;
        DueTime = dueTime;
        BlocksConfirmation = blocksConfirmation;
    }

    /// <summary>The department that does the task.</summary>
    public Department Department { get; }

    /// <summary>The due time as written: business days, hours, minutes and seconds.</summary>
    public Period DueTime { get; }

    /// <summary>Whether the order may not be confirmed while the task is open.</summary>
    public bool BlocksConfirmation { get; }

    /// <summary>The due time as business time on <paramref name="calendar"/>: a day is its average working day (8 hours for Monday to Friday, 09:00–12:00 and 13:00–18:00).</summary>
    /// <param name="calendar">The company's working calendar.</param>
    /// <returns>The business time the department has.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="calendar"/> is <see langword="null"/>.</exception>
    public Duration BusinessTimeOn(WorkingCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        return StandardTimeReader.ToBusinessTime(DueTime, calendar.Week);
    }

    /// <summary>When a task opened at <paramref name="openedAt"/> is due: <see cref="BusinessTimeOn"/> of working time later on <paramref name="calendar"/>.</summary>
    /// <param name="openedAt">When the task was opened.</param>
    /// <param name="calendar">The company's working calendar.</param>
    /// <returns>The due instant.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="calendar"/> is <see langword="null"/>.</exception>
    public Instant DueAt(Instant openedAt, WorkingCalendar calendar) => calendar.AddBusinessTime(openedAt, BusinessTimeOn(calendar));
}
