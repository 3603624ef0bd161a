using FsCheck.Fluent;
using NodaTime;

namespace OrderConfirmation.Tests.Kpis;

/// <summary>The KPI generators leave the happy path: a sample of orders holds every awkward case the properties rely on.</summary>
public sealed class KpiArbitrariesTests
{
    // 5,000 orders: the rarest case (open, exactly at the standard time at as-of) was missing from 1 sample of 1,000 in about 20.
    private static readonly Lazy<GeneratedOrder[]> Sample = new(() => KpiArbitraries.Orders.Sample(5_000));

    private static readonly Instant AsOf = KpiArbitraries.AsOf;

    private static bool Overlap(Interval a, Interval b) => a.Start < b.End && b.Start < a.End;

    private static Duration ProcessingTime(GeneratedOrder o) =>
        KpiOracle.ProcessingTime(o.Record.ReceivedAt, o.Record.ConfirmedAt, o.GivenWaits, AsOf);

    private static readonly Dictionary<string, Func<GeneratedOrder, bool>> AwkwardCases = new()
    {
        ["waits given out of order"] = o => o.GivenWaits.Zip(o.GivenWaits.Skip(1)).Any(p => p.Second.Start < p.First.Start),
        ["overlapping waits"] = o => o.GivenWaits.SelectMany((a, i) => o.GivenWaits.Skip(i + 1).Select(b => (a, b))).Any(p => Overlap(p.a, p.b)),
        ["touching waits"] = o => o.GivenWaits.Any(a => o.GivenWaits.Any(b => a.End == b.Start && a.Start < a.End && b.Start < b.End)),
        ["an empty wait"] = o => o.GivenWaits.Any(w => w.Start == w.End),
        ["a wait starting before receipt"] = o => o.GivenWaits.Any(w => w.Start < o.Record.ReceivedAt),
        ["two attributable defects"] = o => o.Record.Defects.Count(d => d.AttributableToConfirmation) >= 2,
        ["attributable and other defects together"] = o => o.Record.Defects.Any(d => d.AttributableToConfirmation) && o.Record.Defects.Any(d => !d.AttributableToConfirmation),
        ["an attributable defect before another defect"] = o => o.Record.Defects.Count >= 2 && o.Record.Defects[0].AttributableToConfirmation,
        ["a confirmation exactly at as-of"] = o => o.Record.ConfirmedAt == AsOf,
        ["a confirmation after as-of"] = o => o.Record.ConfirmedAt > AsOf,
        ["a confirmation exactly at the standard time"] = o => o.Record.ConfirmedAt <= AsOf && ProcessingTime(o) == KpiOracle.StandardTime,
        ["a confirmation one minute past the standard time"] = o => o.Record.ConfirmedAt <= AsOf && ProcessingTime(o) == KpiOracle.StandardTime + Duration.FromMinutes(1),
        ["an open order exactly at the standard time at as-of"] = o => o.Record.ConfirmedAt is null && ProcessingTime(o) == KpiOracle.StandardTime,
        ["an order received after as-of"] = o => o.Record.ReceivedAt > AsOf,
    };

    public static TheoryData<string> Cases => [.. AwkwardCases.Keys];

    [Theory]
    [MemberData(nameof(Cases))]
    public void Orders_FiveThousandGenerated_IncludeTheAwkwardCase(string awkwardCase) =>
        Assert.Contains(Sample.Value, o => AwkwardCases[awkwardCase](o));
}
