using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using OrderConfirmation.Calendars;
using static OrderConfirmation.Tests.Calendars.CalendarJson;

namespace OrderConfirmation.Tests.Calendars;

public sealed class CalendarFileProperties
{
    private static Arbitrary<CalendarSpec> AnyCalendar => CalendarArbitraries.Calendars.ToArbitrary();

    [Property(MaxTest = 200)]
    public Property Read_WrittenCalendar_GivesTheSameCalendar() =>
        Prop.ForAll(AnyCalendar, spec =>
        {
            var read = Read(Write(spec.Calendar, spec.ZoneId, "PT8H")).Calendar;

            AssertSameCalendar(spec.Calendar, read);
        });

    [Property(MaxTest = 200)]
    public Property Read_StandardTimeInDays_IsThatManyAverageWorkingDays() =>
        Prop.ForAll(AnyCalendar, Gen.Choose(1, 30).ToArbitrary(), (spec, days) =>
        {
            var week = spec.Calendar.Week;
            var weekly = week.Values.SelectMany(hours => hours).Aggregate(Duration.Zero, (total, hours) => total + hours.Length);
            var expected = Duration.FromNanoseconds(weekly.ToInt64Nanoseconds() * days / week.Count);

            var standardTime = Read(Write(spec.Calendar, spec.ZoneId, $"P{days}D")).StandardTime;

            return (standardTime == expected).Label($"read {standardTime}, expected {expected}");
        });
}
