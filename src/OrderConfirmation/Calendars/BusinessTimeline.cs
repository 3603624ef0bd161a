using NodaTime;

namespace OrderConfirmation.Calendars;

/// <summary>
/// A calendar's working time laid out on the instant line, built lazily one block (1024 UTC days) at a
/// time and kept: the first question about a block maps its working intervals through the time zone
/// once; every later question is arithmetic on arrays, without allocating. Safe for concurrent use:
/// two threads may build the same block, and one of the identical results is kept.
/// </summary>
internal sealed class BusinessTimeline
{
    private readonly WorkingCalendar _calendar;
    private readonly BusinessTimeBlock?[] _blocks = new BusinessTimeBlock?[TimelinePosition.LastBlock - TimelinePosition.FirstBlock + 1];

    /// <summary>Creates the (still empty) timeline of <paramref name="calendar"/>.</summary>
    public BusinessTimeline(WorkingCalendar calendar) => _calendar = calendar;

    /// <summary>The working time in [<paramref name="start"/>, <paramref name="end"/>); zero when <paramref name="end"/> is not after <paramref name="start"/>.</summary>
    public Duration Between(Instant start, Instant end)
    {
        if (end <= start)
        {
            return Duration.Zero;
        }

        var from = TimelinePosition.Of(start);
        var to = TimelinePosition.Of(end);
        var first = BlockAt(from.Block);
        if (from.Block == to.Block)
        {
            return Duration.FromNanoseconds(first.ElapsedBefore(to.Nanoseconds) - first.ElapsedBefore(from.Nanoseconds));
        }

        var total = Duration.FromNanoseconds(first.Total - first.ElapsedBefore(from.Nanoseconds));
        for (var block = from.Block + 1; block < to.Block; block++)
        {
            total += Duration.FromNanoseconds(BlockAt(block).Total);
        }

        return total + Duration.FromNanoseconds(BlockAt(to.Block).ElapsedBefore(to.Nanoseconds));
    }

    /// <summary>The earliest instant by which <paramref name="businessTime"/> (positive) of working time has elapsed since <paramref name="start"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The instant would lie beyond <see cref="Instant.MaxValue"/>.</exception>
    public Instant After(Instant start, Duration businessTime)
    {
        var position = TimelinePosition.Of(start);
        var block = position.Block;
        var current = BlockAt(block);
        var elapsed = current.ElapsedBefore(position.Nanoseconds);
        var remaining = businessTime;
        while (remaining > Duration.FromNanoseconds(current.Total - elapsed))
        {
            remaining -= Duration.FromNanoseconds(current.Total - elapsed);
            block++;
            if (block > TimelinePosition.LastBlock)
            {
                throw new ArgumentOutOfRangeException(
                    nameof(businessTime), businessTime, "The business time runs past the last instant NodaTime can represent.");
            }

            current = BlockAt(block);
            elapsed = 0;
        }

        return TimelinePosition.ToInstant(block, current.PointAfter(elapsed + remaining.ToInt64Nanoseconds()));
    }

    private BusinessTimeBlock BlockAt(int block)
    {
        ref var slot = ref _blocks[block - TimelinePosition.FirstBlock];
        var built = Volatile.Read(ref slot);
        if (built is not null)
        {
            return built;
        }

        built = BusinessTimeBlock.Build(_calendar, block);
        return Interlocked.CompareExchange(ref slot, built, null) ?? built;
    }
}
