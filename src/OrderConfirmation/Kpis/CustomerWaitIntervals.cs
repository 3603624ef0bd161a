using NodaTime;

namespace OrderConfirmation.Kpis;

/// <summary>The customer waits of an order or a case, checked and kept sorted with overlapping or touching intervals merged, so that no time is paused twice.</summary>
internal static class CustomerWaitIntervals
{
    /// <summary>The waits sorted by start, overlapping or touching ones merged.</summary>
    /// <param name="record">The kind of record, as messages name it ("Order", "Case").</param>
    /// <param name="id">The record's id.</param>
    /// <param name="customerWaits">The waits as given; none when <see langword="null"/>.</param>
    /// <param name="parameter">The parameter name for the exception.</param>
    /// <exception cref="ArgumentException">A wait has no start or no end.</exception>
    public static IReadOnlyList<Interval> Normalise(string record, string id, IReadOnlyList<Interval>? customerWaits, string parameter)
    {
        if (customerWaits is null or { Count: 0 })
        {
            return [];
        }

        var sorted = new Interval[customerWaits.Count];
        for (var i = 0; i < sorted.Length; i++)
        {
            sorted[i] = customerWaits[i].HasStart && customerWaits[i].HasEnd
                ? customerWaits[i]
                : throw new ArgumentException($"{record} {id}: a customer wait needs a start and an end.", parameter);
        }

        return sorted[..Merge(sorted)];
    }

    /// <summary>Sorts the waits by start and merges overlapping or touching ones in place; returns how many remain at the front.</summary>
    public static int Merge(Span<Interval> sorted)
    {
        if (sorted.Length < 2)
        {
            return sorted.Length;
        }

        sorted.Sort(static (a, b) => a.Start.CompareTo(b.Start));
        var merged = 0;
        for (var i = 1; i < sorted.Length; i++)
        {
            if (sorted[i].Start <= sorted[merged].End)
            {
                sorted[merged] = new Interval(sorted[merged].Start, Instant.Max(sorted[merged].End, sorted[i].End));
            }
            else
            {
                sorted[++merged] = sorted[i];
            }
        }

        return merged + 1;
    }
}
