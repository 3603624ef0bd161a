using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using OrderConfirmation.Kpis;
using static OrderConfirmation.Tests.Kpis.KpiRecords;

namespace OrderConfirmation.Tests.Kpis;

public sealed class KpiProperties
{
    private static readonly Instant Start = Local(2026, 11, 2, 0, 0);
    private static readonly Instant AsOf = Local(2026, 12, 10, 12, 0);
    private static readonly KpiCalculator Calculator = new(NineToSixWeekdays());

    private static readonly Gen<OrderProcessingRecord> Orders =
        from id in Gen.Choose(1, 9999)
        from receivedMinutes in Gen.Choose(0, 40 * 24 * 60)
        from confirmedAfter in Gen.Choose(-1, 6 * 24 * 60)
        from waitStart in Gen.Choose(0, 3 * 24 * 60)
        from waitLength in Gen.Choose(0, 2 * 24 * 60)
        from waits in Gen.Choose(0, 2)
        from assessed in Gen.Elements(true, false)
        from defect in Gen.Elements(true, false)
        from employee in Gen.Elements("conf.wang", "conf.li", "sales.zhang", null)
        let received = Start + Duration.FromMinutes(receivedMinutes)
        select Order(
            $"SO-{id}",
            received,
            confirmedAfter >= 0 ? received + Duration.FromMinutes(confirmedAfter) : null,
            assessed,
            defect,
            [.. Enumerable.Range(0, waits).Select(i => new NodaTime.Interval(received + Duration.FromMinutes(waitStart * (i + 1)), received + Duration.FromMinutes((waitStart * (i + 1)) + waitLength)))],
            employee: employee);

    private static readonly Gen<SurveyResponse> Responses =
        from id in Gen.Choose(1, 9999)
        from scores in Gen.ListOf(Gen.Choose(1, 5), 3)
        from minutes in Gen.Choose(0, 40 * 24 * 60)
        from employee in Gen.Elements("conf.wang", "conf.li", null)
        select Survey($"SO-{id}", scores[0], scores[1], scores[2], Start + Duration.FromMinutes(minutes), employee);

    private static readonly Gen<(OrderProcessingRecord[] Orders, SurveyResponse[] Responses)> Records =
        from orders in Gen.ArrayOf(Orders)
        from responses in Gen.ArrayOf(Responses)
        select (orders, responses);

    private static bool InUnitInterval(decimal? rate) => rate is null or (>= 0m and <= 1m);

    [Property(MaxTest = 200)]
    public Property Rates_AreFractionsOrUndefined() =>
        Prop.ForAll(Records.ToArbitrary(), records =>
        {
            var groups = Calculator.Compute(records.Orders, records.Responses, new KpiQuery(AsOf, By: KpiGrouping.Employee));
            return groups.All(g => InUnitInterval(g.Tally.AccuracyRate) && InUnitInterval(g.Tally.TimelinessRate) && InUnitInterval(g.Tally.Csat)
                && (g.Tally.Overall is null or (>= 1m and <= 5m))
                && (g.Tally.AccuracyRate is null) == (g.Tally.Assessed == 0)
                && (g.Tally.TimelinessRate is null) == (g.Tally.Due == 0));
        });

    [Property(MaxTest = 200)]
    public Property Merge_OfAnySplit_EqualsTheWhole() =>
        Prop.ForAll(Records.ToArbitrary(), Gen.Choose(0, 1000).ToArbitrary(), (records, cut) =>
        {
            var orderCut = records.Orders.Length == 0 ? 0 : cut % (records.Orders.Length + 1);
            var responseCut = records.Responses.Length == 0 ? 0 : cut % (records.Responses.Length + 1);
            var first = Calculator.Total(records.Orders[..orderCut], records.Responses[..responseCut], AsOf);
            var second = Calculator.Total(records.Orders[orderCut..], records.Responses[responseCut..], AsOf);
            var whole = Calculator.Total(records.Orders, records.Responses, AsOf);
            return (first.Merge(second) == whole && second.Merge(first) == whole && whole.Merge(KpiTally.Empty) == whole)
                .Label($"{first} + {second} != {whole}");
        });

    [Property(MaxTest = 200)]
    public Property Merge_IsAssociative() =>
        Prop.ForAll(Records.ToArbitrary(), Records.ToArbitrary(), Records.ToArbitrary(), (a, b, c) =>
        {
            KpiTally T((OrderProcessingRecord[] Orders, SurveyResponse[] Responses) r) => Calculator.Total(r.Orders, r.Responses, AsOf);
            return T(a).Merge(T(b)).Merge(T(c)) == T(a).Merge(T(b).Merge(T(c)));
        });

    [Property(MaxTest = 200)]
    public Property Results_DoNotDependOnRecordOrder() =>
        Prop.ForAll(Records.ToArbitrary(), Gen.Choose(0, int.MaxValue).ToArbitrary(), (records, seed) =>
        {
            var random = new Random(seed);
            var orders = records.Orders.OrderBy(_ => random.Next()).ToArray();
            var responses = records.Responses.OrderBy(_ => random.Next()).ToArray();
            var query = new KpiQuery(AsOf, By: KpiGrouping.Week);
            return Calculator.Compute(records.Orders, records.Responses, query).SequenceEqual(Calculator.Compute(orders, responses, query));
        });

    [Property(MaxTest = 200)]
    public Property ProcessingTime_IsNeverNegativeNorMoreThanElapsed() =>
        Prop.ForAll(Orders.ToArbitrary(), order =>
        {
            var time = Calculator.ProcessingTime(order, AsOf);
            var end = order.ConfirmedAt ?? AsOf;
            return time >= Duration.Zero && time <= Duration.Max(Duration.Zero, end - order.ReceivedAt);
        });

    [Property(MaxTest = 200)]
    public Property Explain_ListsAsManyRecordsAsEachCount() =>
        Prop.ForAll(Records.ToArbitrary(), records =>
        {
            var query = new KpiQuery(AsOf, By: KpiGrouping.Employee);
            var groups = Calculator.Compute(records.Orders, records.Responses, query);
            var explanations = Calculator.Explain(records.Orders, records.Responses, query);
            return groups.Zip(explanations).All(p => p.First.Name == p.Second.Group
                && p.First.Tally.Accurate == p.Second.Accurate.Count && p.First.Tally.Assessed == p.Second.Assessed.Count
                && p.First.Tally.NotAssessed == p.Second.NotAssessed.Count && p.First.Tally.OnTime == p.Second.OnTime.Count
                && p.First.Tally.Due == p.Second.Due.Count && p.First.Tally.NotYetDue == p.Second.NotYetDue.Count
                && p.First.Tally.Responses == p.Second.Responses.Count) && groups.Count == explanations.Count;
        });
}
