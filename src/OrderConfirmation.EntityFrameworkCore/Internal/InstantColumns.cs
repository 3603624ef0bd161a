using NodaTime;

namespace OrderConfirmation.EntityFrameworkCore.Internal;

/// <summary>
/// How instants are stored: Unix ticks (100 ns, UTC, rounded down) in a 64-bit integer column, which orders and ranges
/// the same way in every provider and covers NodaTime's whole range; where the exact instant is hashed or returned (audit
/// entries, receipts), the nanoseconds below the tick (0–99) in a second column.
/// </summary>
internal static class InstantColumns
{
    /// <summary>The instant's Unix ticks, rounded down, and the nanoseconds left over.</summary>
    public static (long Ticks, int Nanoseconds) Split(Instant instant)
    {
        var ticks = instant.ToUnixTimeTicks();
        return (ticks, (int)(instant - Instant.FromUnixTimeTicks(ticks)).ToInt64Nanoseconds());
    }

    /// <summary>The instant stored as <paramref name="ticks"/> and <paramref name="nanoseconds"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The columns hold no instant NodaTime can represent (they were altered).</exception>
    public static Instant Join(long ticks, int nanoseconds) => Instant.FromUnixTimeTicks(ticks).PlusNanoseconds(nanoseconds);

    /// <summary>The instant's Unix ticks, rounded down: the column value a range query compares.</summary>
    public static long Ticks(Instant instant) => instant.ToUnixTimeTicks();
}
