using System.Text.Json.Nodes;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using OrderConfirmation.Diagnostics;
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

    [Property(MaxTest = 200)]
    public Property Read_FileWithDefects_ReportsExactlyEachDefectWhereItIsInFileOrder() =>
        Prop.ForAll(AnyCalendar, CalendarFileDefects.Defects.ToArbitrary(), (spec, defects) =>
        {
            var file = JsonNode.Parse(Write(spec.Calendar, spec.ZoneId, "PT8H"))!.AsObject();
            foreach (var defect in defects)
            {
                defect.Inject(file);
            }

            var json = file.ToJsonString();
            var expected = defects.Select(defect => CalendarFileDefects.Expected(defect, json));

            var problems = Problems(json).Select(p => (p.Code, p.Position)).ToList();

            Assert.Equal(InPositionOrder(expected), InPositionOrder(problems));
            Assert.Equal(problems.Select(p => p.Position), InPositionOrder(problems).Select(p => p.Position));
        });

    private static List<(string Code, SourcePosition Position)> InPositionOrder(IEnumerable<(string Code, SourcePosition Position)> problems) =>
        [.. problems.OrderBy(p => p.Position.Line).ThenBy(p => p.Position.Column).ThenBy(p => p.Code, StringComparer.Ordinal)];
}
