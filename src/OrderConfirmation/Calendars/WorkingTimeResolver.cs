using NodaTime;
using NodaTime.TimeZones;

namespace OrderConfirmation.Calendars;

/// <summary>
/// Turns a local working time into an instant in the company's zone on days when the clocks change.
/// A time that occurs twice (clocks go back) is taken at its earlier occurrence; a time that does not
/// exist (clocks go forward) is taken as the first instant after the gap, so work scheduled in the
/// skipped hour counts as none. Unlike a forward-shifting resolver this mapping never moves a later
/// local time to an earlier instant, so the working intervals of a calendar never overlap.
/// </summary>
internal static class WorkingTimeResolver
{
    /// <summary>The resolver: <see cref="Resolvers.ReturnEarlier"/> for ambiguous times, <see cref="Resolvers.ReturnStartOfIntervalAfter"/> for skipped ones.</summary>
    public static readonly ZoneLocalMappingResolver Resolver =
        Resolvers.CreateMappingResolver(Resolvers.ReturnEarlier, Resolvers.ReturnStartOfIntervalAfter);

    /// <summary>The instant at which the local clock in <paramref name="zone"/> shows <paramref name="time"/> on <paramref name="date"/>.</summary>
    public static Instant ToInstant(LocalDate date, LocalTime time, DateTimeZone zone) =>
        zone.ResolveLocal(date.At(time), Resolver).ToInstant();
}
