using FsCheck;
using FsCheck.Fluent;
using NodaTime;
using OrderConfirmation.Calendars;

namespace OrderConfirmation.Tests.Calendars;

/// <summary>
/// Generators of valid working calendars (random zones with and without daylight saving, weekly hours that
/// favour the night hours when clocks change, holidays, make-up days), instants and business durations.
/// </summary>
public static class CalendarArbitraries
{
    /// <summary>The start of the six years over which most instants are spread (across two timeline blocks' boundaries).</summary>
    public static readonly Instant Earliest = Instant.FromUtc(2024, 1, 1, 0, 0);

    private const int MinutesInRange = 6 * 365 * 24 * 60;
    private static readonly LocalDate FirstDate = new(2024, 1, 1);

    /// <summary>Zones without clock changes, with them at 02:00, at midnight (Santiago, Havana) and by half an hour (Lord Howe).</summary>
    private static readonly string[] ZoneIds =
        ["Asia/Shanghai", "Europe/Berlin", "America/New_York", "America/Santiago", "America/Havana", "Australia/Lord_Howe"];

    public static Gen<CalendarSpec> Calendars =>
        from zone in Gen.Elements(ZoneIds)
        from days in Gen.ListOf(DayHours, 7)
        from holidays in Gen.ListOf(Date)
        from makeUpDates in Gen.ListOf(Date)
        from makeUpHours in Gen.ListOf(DayHours, 32)
        select Spec(zone, [.. days], [.. holidays], [.. makeUpDates], [.. makeUpHours]);

    /// <summary>
    /// Instants over six years from 2024, whole minutes or to the nanosecond; one in four lies on or next to a boundary of the
    /// business timeline's blocks (see <see cref="BlockBoundaries"/>), where a span or a due instant moves from one block to the next.
    /// </summary>
    public static Gen<Instant> Instants =>
        Gen.Frequency((3, AnyInstant), (1, NearABlockBoundary));

    /// <summary>
    /// Instants at which the business timeline starts a new block of 1024 UTC days: the Unix epoch, where positions
    /// turn negative, and 2026-01-27 and 2028-11-16 (days 20,480 and 21,504), inside the generated range. Written out,
    /// not derived from the implementation.
    /// </summary>
    public static readonly Instant[] BlockBoundaries = [NodaConstants.UnixEpoch, Instant.FromUtc(2026, 1, 27, 0, 0), Instant.FromUtc(2028, 11, 16, 0, 0)];

    private static Gen<Instant> AnyInstant =>
        from minute in Gen.Choose(0, MinutesInRange)
        from whole in Gen.Elements(true, false)
        from second in Gen.Choose(0, 59)
        from nanosecond in Gen.Choose(0, 999_999_999)
        select Earliest + Duration.FromMinutes(minute) + (whole ? Duration.Zero : Duration.FromSeconds(second) + Duration.FromNanoseconds(nanosecond));

    /// <summary>A block boundary exactly, a nanosecond either side, or up to two days either side in whole minutes.</summary>
    private static Gen<Instant> NearABlockBoundary =>
        from boundary in Gen.Elements(BlockBoundaries)
        from offset in Gen.OneOf(
            Gen.Elements(Duration.Zero, Duration.Epsilon, -Duration.Epsilon),
            Gen.Choose(-2 * 24 * 60, 2 * 24 * 60).Select(minutes => Duration.FromMinutes(minutes)))
        select boundary + offset;

    /// <summary>Business durations from zero to 500 hours, whole minutes or to the nanosecond.</summary>
    public static Gen<Duration> BusinessTimes =>
        from minutes in Gen.Choose(0, 500 * 60)
        from whole in Gen.Elements(true, false)
        from nanosecond in Gen.Choose(0, 999_999_999)
        select Duration.FromMinutes(minutes) + (whole ? Duration.Zero : Duration.FromNanoseconds(nanosecond));

    private static Gen<LocalDate> Date => Gen.Choose(0, 6 * 365).Select(FirstDate.PlusDays);

    /// <summary>
    /// Up to three sorted, non-overlapping intervals; boundaries favour 00:00–04:00, where clocks change, and one
    /// interval in three starts exactly where the one before it ends (touching intervals are allowed).
    /// </summary>
    private static Gen<IReadOnlyList<WorkingHours>> DayHours =>
        from count in Gen.Choose(0, 3)
        from points in Gen.ListOf(Gen.OneOf(Gen.Choose(0, 24 * 60), Gen.Choose(0, 4 * 60)), count * 2)
        from touching in Gen.ListOf(Gen.Frequency((2, Gen.Constant(false)), (1, Gen.Constant(true))), count)
        select (IReadOnlyList<WorkingHours>)Intervals(points, [.. touching]);

    private static WorkingHours[] Intervals(IEnumerable<int> minutes, bool[] touching)
    {
        var points = minutes.Distinct().Order().Select(ToTime).ToArray();
        var intervals = new List<WorkingHours>();
        for (var i = 0; i + 1 < points.Length; i += 2)
        {
            var start = intervals.Count > 0 && touching[intervals.Count] ? intervals[^1].End : points[i];
            intervals.Add(new WorkingHours(start, points[i + 1]));
        }

        return [.. intervals];
    }

    private static LocalTime ToTime(int minute) =>
        minute == 24 * 60 ? LocalTime.MaxValue : LocalTime.FromMinutesSinceMidnight(minute);

    private static CalendarSpec Spec(
        string zone, IReadOnlyList<IReadOnlyList<WorkingHours>> days, LocalDate[] holidays, LocalDate[] makeUpDates, IReadOnlyList<IReadOnlyList<WorkingHours>> makeUpHours)
    {
        var week = Enumerable.Range(0, 7).ToDictionary(i => (IsoDayOfWeek)(i + 1), i => days[i]);
        if (week.Values.All(hours => hours.Count == 0))
        {
            week[IsoDayOfWeek.Monday] = [WorkingHours.Parse("09:00-17:00")];
        }

        var makeUps = makeUpDates.Distinct().Except(holidays).Take(makeUpHours.Count)
            .Select((date, i) => (date, hours: makeUpHours[i]))
            .Where(day => day.hours.Count > 0)
            .ToDictionary(day => day.date, day => day.hours);
        return new CalendarSpec(zone, week, holidays, makeUps);
    }
}
