using NodaTime;

namespace OrderConfirmation.Calendars;

/// <summary>
/// The working intervals of one block of the business timeline (see <see cref="TimelinePosition"/>),
/// already mapped to instants, as nanoseconds since the block's start, with the business time elapsed
/// before each interval. Answers "how much business time has elapsed by this point of the block" and its
/// inverse in a few array reads. Immutable once built.
/// </summary>
internal sealed class BusinessTimeBlock
{
    private static readonly LocalDate UnixEpochDate = new(1970, 1, 1);

    private readonly long[] _starts;
    private readonly long[] _ends;
    private readonly long[] _elapsedBefore;
    private readonly int[] _firstIntervalOfDay;

    private BusinessTimeBlock(long[] starts, long[] ends)
    {
        _starts = starts;
        _ends = ends;
        _elapsedBefore = new long[starts.Length + 1];
        for (var i = 0; i < starts.Length; i++)
        {
            _elapsedBefore[i + 1] = _elapsedBefore[i] + (ends[i] - starts[i]);
        }

        _firstIntervalOfDay = new int[TimelinePosition.DaysPerBlock];
        var first = 0;
        for (var day = 0; day < _firstIntervalOfDay.Length; day++)
        {
            var dayStart = day * NodaConstants.NanosecondsPerDay;
            while (first < ends.Length && ends[first] <= dayStart)
            {
                first++;
            }

            _firstIntervalOfDay[day] = first;
        }
    }

    /// <summary>The business time in the whole block, in nanoseconds.</summary>
    public long Total => _elapsedBefore[^1];

    /// <summary>Business nanoseconds from the start of the block up to (not including) <paramref name="nanoseconds"/>.</summary>
    /// <param name="nanoseconds">A point of the block, in [0, <see cref="TimelinePosition.NanosecondsPerBlock"/>).</param>
    public long ElapsedBefore(long nanoseconds)
    {
        var ends = _ends;
        var k = _firstIntervalOfDay[(int)(nanoseconds / NodaConstants.NanosecondsPerDay)];
        while (k < ends.Length && ends[k] <= nanoseconds)
        {
            k++;
        }

        var elapsed = _elapsedBefore[k];
        return k < ends.Length && _starts[k] < nanoseconds ? elapsed + (nanoseconds - _starts[k]) : elapsed;
    }

    /// <summary>The earliest point of the block by which <paramref name="elapsed"/> business nanoseconds have elapsed since its start.</summary>
    /// <param name="elapsed">Business nanoseconds, in (0, <see cref="Total"/>].</param>
    public long PointAfter(long elapsed)
    {
        var index = Array.BinarySearch(_elapsedBefore, elapsed);
        if (index >= 0)
        {
            // Exactly the business time before interval 'index': reached when interval index-1 closes.
            return _ends[index - 1];
        }

        var interval = ~index - 1;
        return _starts[interval] + (elapsed - _elapsedBefore[interval]);
    }

    /// <summary>Maps the calendar's working intervals that fall in <paramref name="block"/> to the timeline.</summary>
    /// <param name="calendar">The calendar whose working days and hours to map.</param>
    /// <param name="block">The block number.</param>
    public static BusinessTimeBlock Build(WorkingCalendar calendar, int block)
    {
        // A local date's working intervals lie within a day and a half of its UTC day (offsets stay within ±18 hours),
        // so two days either side are enough; dates at the very ends of NodaTime's range are left out.
        var blockFirstDay = TimelinePosition.FirstDayOf(block);
        var firstDay = Math.Max(blockFirstDay - 2, TimelinePosition.FirstDay + 2);
        var lastDay = Math.Min(blockFirstDay + TimelinePosition.DaysPerBlock + 1, TimelinePosition.LastDay - 2);
        var starts = new List<long>();
        var ends = new List<long>();
        var lastEnd = 0L;
        for (var day = firstDay; day <= lastDay; day++)
        {
            var date = UnixEpochDate.PlusDays(day);
            foreach (var hours in calendar.HoursOn(date))
            {
                var start = Math.Clamp(ToBlock(calendar, block, date, hours.Start), lastEnd, TimelinePosition.NanosecondsPerBlock);
                var end = Math.Clamp(ToBlock(calendar, block, date, hours.End), start, TimelinePosition.NanosecondsPerBlock);
                if (end == start)
                {
                    continue;
                }

                if (ends.Count > 0 && start == lastEnd)
                {
                    ends[^1] = end;
                }
                else
                {
                    starts.Add(start);
                    ends.Add(end);
                }

                lastEnd = end;
            }
        }

        return new BusinessTimeBlock([.. starts], [.. ends]);
    }

    private static long ToBlock(WorkingCalendar calendar, int block, LocalDate date, LocalTime time) =>
        TimelinePosition.NanosecondsSinceStartOf(block, WorkingTimeResolver.ToInstant(date, time, calendar.Zone));
}
