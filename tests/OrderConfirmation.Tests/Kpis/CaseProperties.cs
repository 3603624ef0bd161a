using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using OrderConfirmation.Kpis;
using static OrderConfirmation.Tests.Kpis.KpiArbitraries;
using static OrderConfirmation.Tests.Kpis.KpiRecords;
using Interval = NodaTime.Interval;

namespace OrderConfirmation.Tests.Kpis;

/// <summary>
/// The customer-case tallies merge like the order tallies (issue 16: "case KPIs merge like the order KPIs (any split
/// sums to the whole)"), and a breakdown adds up to the overall figures, over generated orders, responses and cases.
/// </summary>
public sealed class CaseProperties
{
    private static readonly KpiCalculator Calculator = new(NineToSixWeekdays());

    /// <summary>Cases of every kind, received over six weeks, answered or not (some after the as-of instant), some waiting for the customer.</summary>
    private static readonly Gen<CustomerCaseRecord> Cases =
        from id in Gen.Choose(1, 9999)
        from kind in Gen.Elements(Enum.GetValues<CaseKind>())
        from received in Gen.Choose(0, 40 * 24 * 60).Select(m => Start + Duration.FromMinutes(m))
        from answer in Gen.Frequency((2, Gen.Constant<int?>(null)), (5, Gen.Choose(0, 8 * 24 * 60).Select(m => (int?)m)))
        from waits in Gen.ListOf(
            from start in Gen.Choose(-24 * 60, 5 * 24 * 60)
            from length in Gen.Choose(0, 2 * 24 * 60)
            select new Interval(received + Duration.FromMinutes(start), received + Duration.FromMinutes(start + length)),
            2)
        from withWaits in Gen.Elements(true, false)
        from substantiated in Gen.Elements<bool?>(null, true, false)
        from department in Gen.Elements("OrderConfirmation", "Sales", null)
        from employee in Gen.Elements("conf.wang", "conf.li", "sales.zhang", null)
        select new CustomerCaseRecord(
            $"CC-{id}",
            kind,
            received,
            answer is { } minutes ? received + Duration.FromMinutes(minutes) : null,
            "SO-1",
            department,
            employee,
            kind == CaseKind.Complaint ? substantiated : null,
            withWaits ? waits : null);

    private static readonly Gen<(OrderProcessingRecord[] Orders, SurveyResponse[] Responses, CustomerCaseRecord[] Cases)> AllRecords =
        from records in Records
        from count in Gen.Choose(0, 30)
        from cases in Gen.ListOf(Cases, count)
        select (records.Orders.Select(o => o.Record).ToArray(), records.Responses, cases.ToArray());

    private static readonly Gen<KpiGrouping> Groupings = Gen.Elements(Enum.GetValues<KpiGrouping>());

    [Property(MaxTest = 200)]
    public Property Merge_OfAnySplit_EqualsTheWhole() =>
        Prop.ForAll(AllRecords.ToArbitrary(), Gen.Choose(0, 1000).ToArbitrary(), (records, cut) =>
        {
            int Cut(int length) => length == 0 ? 0 : cut % (length + 1);
            var (o, r, c) = (Cut(records.Orders.Length), Cut(records.Responses.Length), Cut(records.Cases.Length));
            var first = Calculator.Total(records.Orders[..o], records.Responses[..r], AsOf, records.Cases[..c]);
            var second = Calculator.Total(records.Orders[o..], records.Responses[r..], AsOf, records.Cases[c..]);
            var whole = Calculator.Total(records.Orders, records.Responses, AsOf, records.Cases);
            return (first.Merge(second) == whole && second.Merge(first) == whole && whole.Merge(KpiTally.Empty) == whole
                    && first.Cases.Merge(second.Cases) == whole.Cases && whole.Cases.Received == records.Cases.Length)
                .Label($"{first} + {second} != {whole}");
        });

    [Property(MaxTest = 200)]
    public Property Merge_OfCaseTallies_IsAssociativeAndCommutative() =>
        Prop.ForAll(Gen.ListOf(Cases, 3).ToArbitrary(), cases =>
        {
            var (a, b, c) = (Calculator.Tally(cases[0], AsOf).Cases, Calculator.Tally(cases[1], AsOf).Cases, Calculator.Tally(cases[2], AsOf).Cases);
            return a.Merge(b).Merge(c) == a.Merge(b.Merge(c)) && a.Merge(b) == b.Merge(a) && a.Merge(CaseTally.Empty) == a;
        });

    [Property(MaxTest = 200)]
    public Property Compute_AnyBreakdown_AddsUpToTheOverallTotal() =>
        Prop.ForAll(AllRecords.ToArbitrary(), Groupings.ToArbitrary(), (records, grouping) =>
        {
            var groups = Calculator.Compute(records.Orders, records.Responses, new KpiQuery(AsOf, By: grouping), records.Cases);
            var sum = groups.Aggregate(KpiTally.Empty, (total, group) => total.Merge(group.Tally));
            var whole = Calculator.Total(records.Orders, records.Responses, AsOf, records.Cases);
            return (sum == whole && sum.ComplaintsPer100Orders == whole.ComplaintsPer100Orders).Label($"{grouping}: {sum} != {whole}");
        });

    [Property(MaxTest = 200)]
    public Property CaseCounts_AreConsistent() =>
        Prop.ForAll(Gen.ListOf(Cases, 20).ToArbitrary(), cases =>
        {
            var tally = Calculator.Total([], [], AsOf, cases).Cases;
            return tally.Due + tally.NotYetDue == tally.Received
                && tally.AnsweredOnTime <= tally.Due
                && tally.SubstantiatedComplaints <= tally.Complaints
                && tally.Rate is null or (>= 0m and <= 1m)
                && tally.Complaints == cases.Count(c => c.Kind == CaseKind.Complaint);
        });

    [Property(MaxTest = 200)]
    public Property Explain_ListsAsManyCasesAsEachCount() =>
        Prop.ForAll(AllRecords.ToArbitrary(), Groupings.ToArbitrary(), (records, grouping) =>
        {
            var query = new KpiQuery(AsOf, By: grouping);
            var groups = Calculator.Compute(records.Orders, records.Responses, query, records.Cases);
            var explanations = Calculator.Explain(records.Orders, records.Responses, query, records.Cases);
            return groups.Count == explanations.Count && groups.Zip(explanations).All(p => p.First.Name == p.Second.Group
                && p.Second.LateCases.Count == p.First.Tally.Cases.Due - p.First.Tally.Cases.AnsweredOnTime
                && p.Second.UnansweredCases.Count >= p.First.Tally.Cases.NotYetDue
                && p.Second.SubstantiatedComplaints.Count == p.First.Tally.Cases.SubstantiatedComplaints);
        });

    [Property(MaxTest = 200)]
    public Property Timeliness_IsDecidedByTheReplyTimeOfTheKindAndWhetherAnsweredByAsOf() =>
        Prop.ForAll(Cases.ToArbitrary(), customerCase =>
        {
            var within = Calculator.AnswerTime(customerCase, AsOf) <= Calculator.ReplyTime(customerCase.Kind);
            var answered = customerCase.AnsweredAt is { } at && at <= AsOf;
            var expected = (answered, within) switch
            {
                (true, true) => TimelinessStatus.OnTime,
                (false, true) => TimelinessStatus.NotYetDue,
                _ => TimelinessStatus.Late,
            };
            return Calculator.Timeliness(customerCase, AsOf) == expected;
        });
}
