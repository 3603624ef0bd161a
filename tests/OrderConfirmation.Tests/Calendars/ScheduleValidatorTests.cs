using NodaTime;
using OrderConfirmation.Calendars;
using static OrderConfirmation.Tests.Calendars.TestCalendars;

namespace OrderConfirmation.Tests.Calendars;

/// <summary>
/// The documented <see cref="ArgumentException"/>s of the <see cref="WorkingCalendar"/> constructor: the parameter at fault
/// and a message that names the day (the schedule is checked by <c>ScheduleValidator</c>).
/// </summary>
public sealed class ScheduleValidatorTests
{
    private static readonly LocalDate MakeUpDay = MakeUpSaturday;

    public static TheoryData<string, Func<WorkingCalendar>, string, string> InvalidSchedules => new()
    {
        {
            "a key after Sunday",
            () => new WorkingCalendar(Shanghai, new Dictionary<IsoDayOfWeek, IReadOnlyList<WorkingHours>> { [(IsoDayOfWeek)8] = Hours("09:00-18:00") }),
            "week",
            "The weekly schedule has an entry for '8', which is not a day of the week."
        },
        {
            "the key None",
            () => new WorkingCalendar(Shanghai, new Dictionary<IsoDayOfWeek, IReadOnlyList<WorkingHours>> { [IsoDayOfWeek.None] = Hours("09:00-18:00") }),
            "week",
            "The weekly schedule has an entry for 'None', which is not a day of the week."
        },
        {
            "a weekday with null hours",
            () => new WorkingCalendar(Shanghai, new Dictionary<IsoDayOfWeek, IReadOnlyList<WorkingHours>> { [IsoDayOfWeek.Tuesday] = null! }),
            "week",
            "The working hours of Tuesday are null; leave the day out to make it non-working."
        },
        {
            "an empty interval",
            () => new WorkingCalendar(Shanghai, Week(IsoDayOfWeek.Monday, [WorkingHours.Parse("09:00-12:00"), default])),
            "week",
            "The working hours of Monday include an empty interval (00:00-00:00); each must end after it starts."
        },
        {
            "overlapping intervals",
            () => new WorkingCalendar(Shanghai, Week(IsoDayOfWeek.Wednesday, Hours("09:00-12:00", "11:59-13:00"))),
            "week",
            "The working hours of Wednesday must be sorted and must not overlap, but 11:59-13:00 starts before 09:00-12:00 ends."
        },
        {
            "no working hours in the week",
            () => new WorkingCalendar(Shanghai, Week(IsoDayOfWeek.Monday, [])),
            "week",
            "The weekly schedule has no working hours, so no deadline could ever be reached; give at least one weekday working hours."
        },
        {
            "a make-up day that is a holiday",
            () => new WorkingCalendar(Shanghai, Week(IsoDayOfWeek.Monday, Hours("09:00-18:00")), [MakeUpDay], MakeUp(Hours("09:00-18:00"))),
            "makeUpWorkdays",
            "2026-10-10 is both a holiday and a make-up working day."
        },
        {
            "a make-up day without hours",
            () => new WorkingCalendar(Shanghai, Week(IsoDayOfWeek.Monday, Hours("09:00-18:00")), null, MakeUp([])),
            "makeUpWorkdays",
            "The make-up working day 2026-10-10 has no working hours; a make-up working day needs at least one interval."
        },
        {
            "a make-up day with null hours",
            () => new WorkingCalendar(Shanghai, Week(IsoDayOfWeek.Monday, Hours("09:00-18:00")), null, MakeUp(null!)),
            "makeUpWorkdays",
            "The working hours of make-up working day 2026-10-10 are null; leave the day out to make it non-working."
        },
        {
            "a make-up day with unsorted hours",
            () => new WorkingCalendar(Shanghai, Week(IsoDayOfWeek.Monday, Hours("09:00-18:00")), null, MakeUp(Hours("13:00-18:00", "09:00-12:00"))),
            "makeUpWorkdays",
            "The working hours of make-up working day 2026-10-10 must be sorted and must not overlap, but 09:00-12:00 starts before 13:00-18:00 ends."
        },
    };

    private static Dictionary<IsoDayOfWeek, IReadOnlyList<WorkingHours>> Week(IsoDayOfWeek day, IReadOnlyList<WorkingHours> hours) => new() { [day] = hours };

    private static Dictionary<LocalDate, IReadOnlyList<WorkingHours>> MakeUp(IReadOnlyList<WorkingHours> hours) => new() { [MakeUpDay] = hours };

    [Theory]
    [MemberData(nameof(InvalidSchedules))]
    public void Constructor_InvalidSchedule_ThrowsNamingTheParameterAndTheDay(string schedule, Func<WorkingCalendar> create, string parameter, string message)
    {
        var error = Assert.Throws<ArgumentException>(parameter, () => create());

        Assert.True(error.Message == new ArgumentException(message, parameter).Message, $"{schedule}: {error.Message}");
    }

    [Fact]
    public void Constructor_NullWeek_ThrowsNamingTheParameter() =>
        Assert.Throws<ArgumentNullException>("week", () => new WorkingCalendar(Shanghai, null!));

    [Fact]
    public void Standard_NullZone_ThrowsNamingTheParameter() =>
        Assert.Throws<ArgumentNullException>("zone", () => WorkingCalendar.Standard(null!));

    [Fact]
    public void Constructor_SundayOnly_IsAWorkingWeek() =>
        Assert.Equal([IsoDayOfWeek.Sunday], Sundays(Shanghai, "09:00-12:00").Week.Keys);

    [Fact]
    public void Constructor_MakeUpDayWithTouchingIntervals_KeepsBoth() =>
        Assert.Equal(
            Hours("09:00-12:00", "12:00-13:00"),
            new WorkingCalendar(Shanghai, Week(IsoDayOfWeek.Monday, Hours("09:00-18:00")), null, MakeUp(Hours("09:00-12:00", "12:00-13:00"))).HoursOn(MakeUpDay));

    [Fact]
    public void Constructor_NullHolidaysAndMakeUpDays_MeanNone()
    {
        var calendar = new WorkingCalendar(Shanghai, Week(IsoDayOfWeek.Saturday, Hours("09:00-18:00")), null, null);

        Assert.Empty(calendar.Holidays);
        Assert.Empty(calendar.MakeUpWorkdays);
        Assert.True(calendar.IsWorkingDay(MakeUpDay));
    }
}
