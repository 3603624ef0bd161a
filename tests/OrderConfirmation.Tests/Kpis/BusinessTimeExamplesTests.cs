using NodaTime;
using OrderConfirmation.Calendars;
using OrderConfirmation.Kpis;
using static OrderConfirmation.Tests.Kpis.KpiRecords;

namespace OrderConfirmation.Tests.Kpis;

/// <summary>The hand-worked examples of processing time in business time.</summary>
public sealed class BusinessTimeExamplesTests
{
    private static readonly Instant Later = Instant.FromUtc(2027, 1, 1, 0, 0);

    [Fact]
    public void ProcessingTime_FridayEveningToMondayMorning_IsOneAndAHalfBusinessHours()
    {
        var calculator = new KpiCalculator(NineToSixWeekdays());
        var order = Order("SO-1", Local(2026, 11, 20, 17, 30), Local(2026, 11, 23, 10, 0));

        Assert.Equal(Duration.FromMinutes(90), calculator.ProcessingTime(order, Later));
        Assert.Equal(TimelinessStatus.OnTime, calculator.Timeliness(order, Later));
    }

    [Fact]
    public void ProcessingTime_AcrossNationalHolidays_SkipsThemAndCountsTheMakeUpSaturday()
    {
        // National Day: 1–7 October 2026 off; Saturday 10 October is a make-up working day.
        var holidays = Enumerable.Range(1, 7).Select(d => new LocalDate(2026, 10, d));
        var makeUp = new Dictionary<LocalDate, IReadOnlyList<WorkingHours>> { [new LocalDate(2026, 10, 10)] = [WorkingHours.Parse("09:00-18:00")] };
        var calculator = new KpiCalculator(NineToSixWeekdays(holidays: holidays, makeUpDays: makeUp));

        // Received Wednesday 30 September 16:00, confirmed Friday 9 October 11:00: 2 h + 9 h (8 Oct) + 2 h (9 Oct).
        var beforeTheWeekend = Order("SO-2", Local(2026, 9, 30, 16, 0), Local(2026, 10, 9, 11, 0));
        // Received Friday 9 October 17:00, confirmed Monday 12 October 10:00: 1 h + 9 h on the make-up Saturday + 1 h.
        var overTheMakeUpDay = Order("SO-3", Local(2026, 10, 9, 17, 0), Local(2026, 10, 12, 10, 0));

        Assert.Equal(Duration.FromHours(13), calculator.ProcessingTime(beforeTheWeekend, Later));
        Assert.Equal(Duration.FromHours(11), calculator.ProcessingTime(overTheMakeUpDay, Later));
        Assert.Equal(TimelinessStatus.Late, calculator.Timeliness(overTheMakeUpDay, Later));
    }

    [Fact]
    public void ProcessingTime_WaitingForTheCustomer_PausesTheClock()
    {
        // Monday 09:00 → Tuesday 12:00 is 12 business hours; the customer took Monday 13:00 → Tuesday 10:00 (6 of them).
        var waits = new[] { new Interval(Local(2026, 11, 23, 13, 0), Local(2026, 11, 24, 10, 0)) };
        var order = Order("SO-4", Local(2026, 11, 23, 9, 0), Local(2026, 11, 24, 12, 0), waits: waits);

        Assert.Equal(Duration.FromHours(6), new KpiCalculator(NineToSixWeekdays()).ProcessingTime(order, Later));
        Assert.Equal(TimelinessStatus.OnTime, new KpiCalculator(NineToSixWeekdays()).Timeliness(order, Later));
        Assert.Equal(Duration.FromHours(12), new KpiCalculator(NineToSixWeekdays(pause: false)).ProcessingTime(order, Later));
        Assert.Equal(TimelinessStatus.Late, new KpiCalculator(NineToSixWeekdays(pause: false)).Timeliness(order, Later));
    }

    [Fact]
    public void ProcessingTime_OverlappingWaits_AreNotSubtractedTwice()
    {
        var waits = new[]
        {
            new Interval(Local(2026, 11, 23, 10, 0), Local(2026, 11, 23, 12, 0)),
            new Interval(Local(2026, 11, 23, 11, 0), Local(2026, 11, 23, 14, 0)),
        };
        var order = Order("SO-5", Local(2026, 11, 23, 9, 0), Local(2026, 11, 23, 18, 0), waits: waits);

        Assert.Equal(Duration.FromHours(5), new KpiCalculator(NineToSixWeekdays()).ProcessingTime(order, Later));
    }

    [Fact]
    public void ProcessingTime_AcrossTheEndOfDaylightSaving_CountsWorkingHoursNotWallClock()
    {
        // Berlin leaves summer time on Sunday 25 October 2026. Friday 17:00 → Monday 10:00 is 66 hours of
        // elapsed time (one more than the wall clock suggests) but 2 business hours.
        var berlin = DateTimeZoneProviders.Tzdb["Europe/Berlin"];
        var received = Local(2026, 10, 23, 17, 0, berlin);
        var confirmed = Local(2026, 10, 26, 10, 0, berlin);
        var order = Order("SO-6", received, confirmed);

        Assert.Equal(Duration.FromHours(66), confirmed - received);
        Assert.Equal(Duration.FromHours(2), new KpiCalculator(NineToSixWeekdays(berlin)).ProcessingTime(order, Later));
    }

    [Fact]
    public void ProcessingTime_AcrossTheStartOfDaylightSaving_CountsWorkingHoursNotWallClock()
    {
        // New York springs forward on Sunday 8 March 2026: Friday 12:00 → Monday 12:00 is 71 hours elapsed, 6 + 3 business hours.
        var newYork = DateTimeZoneProviders.Tzdb["America/New_York"];
        var received = Local(2026, 3, 6, 12, 0, newYork);
        var confirmed = Local(2026, 3, 9, 12, 0, newYork);

        Assert.Equal(Duration.FromHours(71), confirmed - received);
        Assert.Equal(Duration.FromHours(9), new KpiCalculator(NineToSixWeekdays(newYork)).ProcessingTime(Order("SO-7", received, confirmed), Later));
    }
}
