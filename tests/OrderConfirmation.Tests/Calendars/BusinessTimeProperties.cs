using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using NodaTime.TimeZones;
using OrderConfirmation.Calendars;

namespace OrderConfirmation.Tests.Calendars;

public sealed class BusinessTimeProperties
{
    /// <summary>Earlier occurrence of a repeated time; first instant after a skipped one (as documented on <see cref="WorkingCalendar"/>).</summary>
    private static readonly ZoneLocalMappingResolver DocumentedResolver =
        Resolvers.CreateMappingResolver(Resolvers.ReturnEarlier, Resolvers.ReturnStartOfIntervalAfter);

    private static Arbitrary<CalendarSpec> AnyCalendar => CalendarArbitraries.Calendars.ToArbitrary();

    private static Arbitrary<Instant> AnyInstant => CalendarArbitraries.Instants.ToArbitrary();

    [Property(MaxTest = 200)]
    public Property BusinessTimeBetween_IsNeverNegativeNorMoreThanTheElapsedTime() =>
        Prop.ForAll(AnyCalendar, AnyInstant, AnyInstant, (spec, start, end) =>
        {
            var businessTime = spec.Calendar.BusinessTimeBetween(start, end);
            var elapsed = end > start ? end - start : Duration.Zero;
            return (businessTime >= Duration.Zero && businessTime <= elapsed).Label($"business {businessTime}, elapsed {elapsed}");
        });

    [Property(MaxTest = 200)]
    public Property BusinessTimeBetween_IsAdditiveOverAdjacentSpans() =>
        Prop.ForAll(AnyCalendar, AnyInstant, CalendarArbitraries.Instants.Two().ToArbitrary(), (spec, x, yz) =>
        {
            Instant[] sorted = [.. new[] { x, yz.Item1, yz.Item2 }.Order()];
            var (a, b, c) = (sorted[0], sorted[1], sorted[2]);
            var calendar = spec.Calendar;
            var parts = calendar.BusinessTimeBetween(a, b) + calendar.BusinessTimeBetween(b, c);
            var whole = calendar.BusinessTimeBetween(a, c);
            return (parts == whole).Label($"parts {parts}, whole {whole}");
        });

    [Property(MaxTest = 150)]
    public Property BusinessTimeBetween_EqualsTheSumOfEachDaysOverlap() =>
        Prop.ForAll(AnyCalendar, AnyInstant, AnyInstant, (spec, x, y) =>
        {
            var (start, end) = x <= y ? (x, y) : (y, x);
            var actual = spec.Calendar.BusinessTimeBetween(start, end);
            var expected = DayByDay(spec.Calendar, start, end);
            return (actual == expected).Label($"actual {actual}, day by day {expected}");
        });

    [Property(MaxTest = 200)]
    public Property AddBusinessTime_ThenBusinessTimeBetween_GivesBackTheBusinessTime() =>
        Prop.ForAll(AnyCalendar, AnyInstant, CalendarArbitraries.BusinessTimes.ToArbitrary(), (spec, start, businessTime) =>
        {
            var due = spec.Calendar.AddBusinessTime(start, businessTime);
            var measured = spec.Calendar.BusinessTimeBetween(start, due);
            return (due >= start && measured == businessTime).Label($"due {due}, measured {measured}");
        });

    [Property(MaxTest = 200)]
    public Property AddBusinessTime_IsTheEarliestInstantWithThatBusinessTime() =>
        Prop.ForAll(AnyCalendar, AnyInstant, CalendarArbitraries.BusinessTimes.ToArbitrary(), (spec, start, businessTime) =>
        {
            var due = spec.Calendar.AddBusinessTime(start, businessTime + Duration.Epsilon);
            var justBefore = spec.Calendar.BusinessTimeBetween(start, due - Duration.Epsilon);
            return (justBefore < businessTime + Duration.Epsilon).Label($"due {due}, business time just before {justBefore}");
        });

    [Property(MaxTest = 200)]
    public Property AddBusinessTime_OfTheBusinessTimeUpToAnInstant_IsNotAfterThatInstant() =>
        Prop.ForAll(AnyCalendar, AnyInstant, AnyInstant, (spec, x, y) =>
        {
            var (start, end) = x <= y ? (x, y) : (y, x);
            var calendar = spec.Calendar;
            var due = calendar.AddBusinessTime(start, calendar.BusinessTimeBetween(start, end));
            return (due <= end && calendar.BusinessTimeBetween(due, end) == Duration.Zero).Label($"due {due}");
        });

    /// <summary>The reference answer: map every day's intervals through the zone and add up their overlaps with the span.</summary>
    private static Duration DayByDay(WorkingCalendar calendar, Instant start, Instant end)
    {
        var total = Duration.Zero;
        var last = end.InZone(calendar.Zone).Date.PlusDays(2);
        for (var date = start.InZone(calendar.Zone).Date.PlusDays(-2); date <= last; date = date.PlusDays(1))
        {
            foreach (var hours in calendar.HoursOn(date))
            {
                var from = Max(start, calendar.Zone.ResolveLocal(date.At(hours.Start), DocumentedResolver).ToInstant());
                var to = Min(end, calendar.Zone.ResolveLocal(date.At(hours.End), DocumentedResolver).ToInstant());
                total += to > from ? to - from : Duration.Zero;
            }
        }

        return total;
    }

    private static Instant Max(Instant a, Instant b) => a > b ? a : b;

    private static Instant Min(Instant a, Instant b) => a < b ? a : b;
}
