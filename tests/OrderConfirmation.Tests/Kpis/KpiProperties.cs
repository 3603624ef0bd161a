using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using OrderConfirmation.Kpis;
using static OrderConfirmation.Tests.Kpis.KpiArbitraries;
using static OrderConfirmation.Tests.Kpis.KpiRecords;

namespace OrderConfirmation.Tests.Kpis;

/// <summary>
/// The KPIs over generated records (<see cref="KpiArbitraries"/>) against article 6.2's definitions worked out the slow
/// way (<see cref="KpiOracle"/>), and the algebra of tallies.
/// </summary>
public sealed class KpiProperties
{
    private static readonly KpiCalculator Calculator = new(NineToSixWeekdays());

    private static readonly Gen<(OrderProcessingRecord[] Orders, SurveyResponse[] Responses)> PlainRecords =
        Records.Select(r => (r.Orders.Select(o => o.Record).ToArray(), r.Responses));

    /// <summary>Any breakdown, with or without a first and a last date (possibly the same, possibly the wrong way round).</summary>
    private static readonly Gen<KpiQuery> Queries =
        from grouping in Gen.Elements(Enum.GetValues<KpiGrouping>())
        from firstDay in Gen.Frequency((1, Gen.Constant<int?>(null)), (2, Gen.Choose(0, 41).Select(d => (int?)d)))
        from lastDay in Gen.Frequency((1, Gen.Constant<int?>(null)), (2, Gen.Choose(0, 41).Select(d => (int?)d)))
        let start = Start.InZone(Shanghai).Date
        select new KpiQuery(AsOf, firstDay is { } f ? start.PlusDays(f) : null, lastDay is { } l ? start.PlusDays(l) : null, grouping);

    private static bool InUnitInterval(decimal? rate) => rate is null or (>= 0m and <= 1m);

    private static LocalDate DateOf(Instant instant) => instant.InZone(Shanghai).Date;

    private static bool Selected(KpiQuery query, LocalDate date) =>
        (query.From is null || query.From.Value <= date) && (query.To is null || date <= query.To.Value);

    /// <summary>The groups the query should give: the selected records under their group's name, in ordinal name order (period names sort in time order).</summary>
    private static List<(string Name, GeneratedOrder[] Orders, SurveyResponse[] Responses)> ExpectedGroups(GeneratedOrder[] orders, SurveyResponse[] responses, KpiQuery query)
    {
        var selectedOrders = orders.Where(o => Selected(query, DateOf(o.Record.ReceivedAt))).ToArray();
        var selectedResponses = responses.Where(r => Selected(query, DateOf(r.RespondedAt))).ToArray();
        var names = selectedOrders.Select(o => KpiOracle.GroupName(query.By, o.Record.Department, o.Record.Employee, DateOf(o.Record.ReceivedAt)))
            .Concat(selectedResponses.Select(r => KpiOracle.GroupName(query.By, r.Department, r.Employee, DateOf(r.RespondedAt))))
            .Append(query.By == KpiGrouping.None ? "all" : null)
            .OfType<string>()
            .Distinct()
            .Order(StringComparer.Ordinal);
        return [.. names.Select(name => (
            name,
            selectedOrders.Where(o => KpiOracle.GroupName(query.By, o.Record.Department, o.Record.Employee, DateOf(o.Record.ReceivedAt)) == name).ToArray(),
            selectedResponses.Where(r => KpiOracle.GroupName(query.By, r.Department, r.Employee, DateOf(r.RespondedAt)) == name).ToArray()))];
    }

    [Property(MaxTest = 300)]
    public Property CustomerWaits_AreSortedApartAndCoverExactlyTheGivenWaits() =>
        Prop.ForAll(KpiArbitraries.Orders.ToArbitrary(), order =>
        {
            var kept = order.Record.CustomerWaits;
            var given = order.GivenWaits;
            var apart = kept.Zip(kept.Skip(1)).All(p => p.First.End < p.Second.Start);
            var eachGivenInsideOneKept = given.All(g => kept.Any(k => k.Start <= g.Start && g.End <= k.End));

            // Whether an instant is covered changes only at an interval's start or end, so comparing the coverage at
            // every start and end compares it everywhere.
            var sameCoverage = given.Concat(kept).SelectMany(w => new[] { w.Start, w.End })
                .All(at => given.Any(g => g.Contains(at)) == kept.Any(k => k.Contains(at)));
            return (apart && eachGivenInsideOneKept && sameCoverage && kept.Count <= given.Count).Label($"kept [{string.Join(", ", kept)}]");
        });

    [Property(MaxTest = 300)]
    public Property ProcessingTime_IsTheWorkingTimeFromReceiptToConfirmationOutsideCustomerWaits() =>
        Prop.ForAll(KpiArbitraries.Orders.ToArbitrary(), order =>
        {
            var expected = KpiOracle.ProcessingTime(order.Record.ReceivedAt, order.Record.ConfirmedAt, order.GivenWaits, AsOf);
            var actual = Calculator.ProcessingTime(order.Record, AsOf);
            return (actual == expected).Label($"{actual} != {expected}");
        });

    [Property(MaxTest = 300)]
    public Property Timeliness_IsDecidedByTheStandardTimeAndWhetherConfirmedByAsOf() =>
        Prop.ForAll(KpiArbitraries.Orders.ToArbitrary(), order =>
            Calculator.Timeliness(order.Record, AsOf) == KpiOracle.Timeliness(order.Record.ReceivedAt, order.Record.ConfirmedAt, order.GivenWaits, AsOf));

    [Property(MaxTest = 300)]
    public Property Accuracy_IsDecidedByConfirmationAssessmentAndAnyAttributableDefect() =>
        Prop.ForAll(KpiArbitraries.Orders.ToArbitrary(), order =>
            KpiCalculator.Accuracy(order.Record, AsOf) == KpiOracle.Accuracy(order.Record.ConfirmedAt, order.Record.Assessed, order.Record.Defects, AsOf));

    [Property(MaxTest = 150)]
    public Property Compute_AnyQuery_GivesEachGroupTheCountsOfItsRecordsInNameOrder() =>
        Prop.ForAll(Records.ToArbitrary(), Queries.ToArbitrary(), (records, query) =>
        {
            var expected = ExpectedGroups(records.Orders, records.Responses, query)
                .Select(g => new KpiGroup(g.Name, KpiOracle.Tally(g.Orders, g.Responses, AsOf)));
            var actual = Calculator.Compute(records.Orders.Select(o => o.Record), records.Responses, query);
            return actual.SequenceEqual(expected).Label(string.Join("; ", actual));
        });

    [Property(MaxTest = 150)]
    public Property Explain_AnyQuery_ListsTheOrdersBehindEachCountInRecordOrder() =>
        Prop.ForAll(Records.ToArbitrary(), Queries.ToArbitrary(), (records, query) =>
        {
            var statuses = records.Orders.ToDictionary(o => o, o => (
                Accuracy: KpiOracle.Accuracy(o.Record.ConfirmedAt, o.Record.Assessed, o.Record.Defects, AsOf),
                Timeliness: KpiOracle.Timeliness(o.Record.ReceivedAt, o.Record.ConfirmedAt, o.GivenWaits, AsOf)));
            string[] Ids(IEnumerable<GeneratedOrder> orders, Func<AccuracyStatus, TimelinessStatus, bool> counted) =>
                [.. orders.Where(o => counted(statuses[o].Accuracy, statuses[o].Timeliness)).Select(o => o.Record.OrderId)];

            var expected = ExpectedGroups(records.Orders, records.Responses, query).Select(g => (g.Name, Lists: new[]
            {
                Ids(g.Orders, (a, _) => a == AccuracyStatus.Accurate),
                Ids(g.Orders, (a, _) => a is AccuracyStatus.Accurate or AccuracyStatus.Inaccurate),
                Ids(g.Orders, (a, _) => a == AccuracyStatus.NotAssessed),
                Ids(g.Orders, (_, t) => t == TimelinessStatus.OnTime),
                Ids(g.Orders, (_, t) => t is TimelinessStatus.OnTime or TimelinessStatus.Late),
                Ids(g.Orders, (_, t) => t == TimelinessStatus.NotYetDue),
                g.Responses.Select(r => r.OrderId).ToArray(),
            })).ToList();
            var actual = Calculator.Explain(records.Orders.Select(o => o.Record), records.Responses, query)
                .Select(e => (e.Group, Lists: new[] { e.Accurate, e.Assessed, e.NotAssessed, e.OnTime, e.Due, e.NotYetDue, e.Responses }))
                .ToList();
            return (actual.Count == expected.Count
                && actual.Zip(expected).All(p => p.First.Group == p.Second.Name && p.First.Lists.Zip(p.Second.Lists).All(l => l.First.SequenceEqual(l.Second))))
                .Label(string.Join("; ", actual.Select(a => $"{a.Group}: {string.Join(" | ", a.Lists.Select(l => string.Join(",", l)))}")));
        });

    [Property(MaxTest = 200)]
    public Property Rates_AreFractionsOrUndefined() =>
        Prop.ForAll(PlainRecords.ToArbitrary(), records =>
        {
            var groups = Calculator.Compute(records.Orders, records.Responses, new KpiQuery(AsOf, By: KpiGrouping.Employee));
            return groups.All(g => InUnitInterval(g.Tally.AccuracyRate) && InUnitInterval(g.Tally.TimelinessRate) && InUnitInterval(g.Tally.Csat)
                && (g.Tally.Overall is null or (>= 1m and <= 5m))
                && (g.Tally.AccuracyRate is null) == (g.Tally.Assessed == 0)
                && (g.Tally.TimelinessRate is null) == (g.Tally.Due == 0));
        });

    [Property(MaxTest = 200)]
    public Property Merge_OfAnySplit_EqualsTheWhole() =>
        Prop.ForAll(PlainRecords.ToArbitrary(), Gen.Choose(0, 1000).ToArbitrary(), (records, cut) =>
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
        Prop.ForAll(PlainRecords.ToArbitrary(), PlainRecords.ToArbitrary(), PlainRecords.ToArbitrary(), (a, b, c) =>
        {
            KpiTally T((OrderProcessingRecord[] Orders, SurveyResponse[] Responses) r) => Calculator.Total(r.Orders, r.Responses, AsOf);
            return T(a).Merge(T(b)).Merge(T(c)) == T(a).Merge(T(b).Merge(T(c)));
        });

    [Property(MaxTest = 200)]
    public Property Results_DoNotDependOnRecordOrder() =>
        Prop.ForAll(PlainRecords.ToArbitrary(), Gen.Choose(0, int.MaxValue).ToArbitrary(), Queries.ToArbitrary(), (records, seed, query) =>
        {
            var random = new Random(seed);
            var orders = records.Orders.OrderBy(_ => random.Next()).ToArray();
            var responses = records.Responses.OrderBy(_ => random.Next()).ToArray();
            return Calculator.Compute(records.Orders, records.Responses, query).SequenceEqual(Calculator.Compute(orders, responses, query));
        });

    [Property(MaxTest = 200)]
    public Property ProcessingTime_IsNeverNegativeNorMoreThanElapsed() =>
        Prop.ForAll(KpiArbitraries.Orders.ToArbitrary(), order =>
        {
            var time = Calculator.ProcessingTime(order.Record, AsOf);
            var end = order.Record.ConfirmedAt ?? AsOf;
            return time >= Duration.Zero && time <= Duration.Max(Duration.Zero, end - order.Record.ReceivedAt);
        });

    [Property(MaxTest = 200)]
    public Property Explain_ListsAsManyRecordsAsEachCount() =>
        Prop.ForAll(PlainRecords.ToArbitrary(), Queries.ToArbitrary(), (records, query) =>
        {
            var groups = Calculator.Compute(records.Orders, records.Responses, query);
            var explanations = Calculator.Explain(records.Orders, records.Responses, query);
            return groups.Zip(explanations).All(p => p.First.Name == p.Second.Group
                && p.First.Tally.Accurate == p.Second.Accurate.Count && p.First.Tally.Assessed == p.Second.Assessed.Count
                && p.First.Tally.NotAssessed == p.Second.NotAssessed.Count && p.First.Tally.OnTime == p.Second.OnTime.Count
                && p.First.Tally.Due == p.Second.Due.Count && p.First.Tally.NotYetDue == p.Second.NotYetDue.Count
                && p.First.Tally.Responses == p.Second.Responses.Count) && groups.Count == explanations.Count;
        });
}
