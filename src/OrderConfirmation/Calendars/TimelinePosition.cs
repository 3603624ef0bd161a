using NodaTime;

namespace OrderConfirmation.Calendars;

/// <summary>
/// An instant as a position on the business timeline: the block of <see cref="DaysPerBlock"/> UTC days
/// it falls in (counted from the Unix epoch) and the nanoseconds since that block's start. Working out a
/// position is pure arithmetic, so it costs no time-zone lookups and no allocations.
/// </summary>
/// <param name="Block">The block number; block 0 starts at the Unix epoch.</param>
/// <param name="Nanoseconds">Nanoseconds since the start of the block, in [0, <see cref="NanosecondsPerBlock"/>).</param>
internal readonly record struct TimelinePosition(int Block, long Nanoseconds)
{
    /// <summary>Log2 of <see cref="DaysPerBlock"/>, so that a day number's block is a shift away.</summary>
    public const int BlockShift = 10;

    /// <summary>How many UTC days one block covers (1024, about 2.8 years).</summary>
    public const int DaysPerBlock = 1 << BlockShift;

    /// <summary>How many nanoseconds one block covers.</summary>
    public const long NanosecondsPerBlock = DaysPerBlock * NodaConstants.NanosecondsPerDay;

    /// <summary>The UTC day number (days since the Unix epoch) of <see cref="Instant.MinValue"/>.</summary>
    public static readonly int FirstDay = (Instant.MinValue - NodaConstants.UnixEpoch).Days;

    /// <summary>The UTC day number of <see cref="Instant.MaxValue"/>.</summary>
    public static readonly int LastDay = (Instant.MaxValue - NodaConstants.UnixEpoch).Days;

    /// <summary>The block holding <see cref="Instant.MinValue"/>.</summary>
    public static readonly int FirstBlock = Of(Instant.MinValue).Block;

    /// <summary>The block holding <see cref="Instant.MaxValue"/>.</summary>
    public static readonly int LastBlock = Of(Instant.MaxValue).Block;

    /// <summary>The position of <paramref name="instant"/>.</summary>
    public static TimelinePosition Of(Instant instant)
    {
        var sinceEpoch = instant - NodaConstants.UnixEpoch;
        long days = sinceEpoch.Days;
        var nanosecondOfDay = sinceEpoch.NanosecondOfDay;
        if (nanosecondOfDay < 0)
        {
            // Duration truncates towards zero; the timeline counts whole days towards the past.
            days--;
            nanosecondOfDay += NodaConstants.NanosecondsPerDay;
        }

        var dayInBlock = days & (DaysPerBlock - 1);
        return new TimelinePosition((int)(days >> BlockShift), (dayInBlock * NodaConstants.NanosecondsPerDay) + nanosecondOfDay);
    }

    /// <summary>The UTC day number on which <paramref name="block"/> starts.</summary>
    public static int FirstDayOf(int block) => block * DaysPerBlock;

    /// <summary>The instant <paramref name="nanoseconds"/> after the start of <paramref name="block"/>.</summary>
    public static Instant ToInstant(int block, long nanoseconds) =>
        NodaConstants.UnixEpoch + (Duration.FromDays(FirstDayOf(block)) + Duration.FromNanoseconds(nanoseconds));

    /// <summary>Nanoseconds from the start of <paramref name="block"/> to <paramref name="instant"/> (negative when before).</summary>
    public static long NanosecondsSinceStartOf(int block, Instant instant) =>
        (instant - NodaConstants.UnixEpoch - Duration.FromDays(FirstDayOf(block))).ToInt64Nanoseconds();
}
