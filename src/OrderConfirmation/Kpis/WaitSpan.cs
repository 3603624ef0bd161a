using NodaTime;

namespace OrderConfirmation.Kpis;

/// <summary>A record's customer waits as a span: the normalised array itself, copied only for a list of another kind.</summary>
internal static class WaitSpan
{
    public static ReadOnlySpan<Interval> Of(IReadOnlyList<Interval> waits) => waits switch
    {
        Interval[] array => array,
        { Count: 0 } => [],
        _ => waits.ToArray(),
    };
}
