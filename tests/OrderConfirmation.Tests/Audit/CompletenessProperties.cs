using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using OrderConfirmation.Audit;
using OrderConfirmation.Lifecycle;

namespace OrderConfirmation.Tests.Audit;

/// <summary>
/// The completeness check over logs of several orders whose entries interleave in any order (article 6.1: records are
/// complete). Each order follows the process (review, confirm, confirmation record, change requests before their
/// outcomes) unless a defect is planted; the expected gaps follow from the planted defects alone: a confirm whose review
/// is missing or comes after it, a confirm without its confirmation record, a revision whose change request is missing or
/// comes after it. A change that was not applied (no revision) needs no request, so its planted defect is harmless.
/// </summary>
public sealed class CompletenessProperties
{
    private enum Step
    {
        Review,
        Confirm,
        ConfirmationRecord,
        ChangeRequest,
        ChangeOutcome,
        Noise,
    }

    private enum Defect
    {
        None,
        Missing,
        AfterItsDependent,
    }

    [Property(MaxTest = 300)]
    public Property CheckCompleteness_OrdersInterleavedWithPlantedDefects_ReportsExactlyThePlantedGaps() =>
        Prop.ForAll(Logs.ToArbitrary(), plan =>
        {
            var log = new InMemoryAuditLog();
            var sequenceOf = new Dictionary<Planned, long>();
            foreach (var step in plan.Steps)
            {
                sequenceOf[step] = log.Append(step.ToRecord()).Sequence;
            }

            var expected = plan.Orders
                .SelectMany(o => o.ExpectedGaps(sequenceOf))
                .OrderBy(g => g.Sequence).ThenBy(g => g.Kind)
                .ToList();
            var gaps = AuditCompleteness.Check(log.Entries);
            var found = gaps.Select(g => (g.OrderId, g.Sequence, g.Kind)).OrderBy(g => g.Sequence).ThenBy(g => g.Kind).ToList();

            return (found.SequenceEqual(expected) && gaps.Select(g => g.Sequence).SequenceEqual(gaps.Select(g => g.Sequence).Order()))
                .Label($"expected [{string.Join(", ", expected)}], found [{string.Join(", ", gaps.Select(g => (g.OrderId, g.Sequence, g.Kind)))}] in {string.Join(" ", plan.Steps)}");
        });

    /// <summary>One to four orders (and unrelated entries) merged in a random order that keeps each order's own order.</summary>
    private static Gen<LogPlan> Logs =>
        from count in Gen.Choose(1, 4)
        from orders in Gen.CollectToList(Enumerable.Range(1, count), OrderOf)
        from noise in Gen.Choose(0, 4)
        let tracks = orders.Select(o => o.Steps()).Append(Noise(noise)).ToList()
        from picks in Gen.Shuffle(tracks.SelectMany((track, index) => Enumerable.Repeat(index, track.Count)))
        select new LogPlan([.. orders], Merge(tracks, picks));

    private static Gen<OrderPlan> OrderOf(int number) =>
        from review in Defects
        from recordMissing in Gen.Frequency((3, Gen.Constant(false)), (1, Gen.Constant(true)))
        from recordFirst in Gen.Elements(true, false)
        from changeCount in Gen.Choose(0, 2)
        from changes in Gen.ListOf(
            from revised in Gen.Elements(true, false)
            from defect in Defects
            select (revised, defect),
            changeCount)
        select new OrderPlan($"SO-{number}", review, recordMissing, recordFirst, [.. changes.Select((c, i) => new ChangePlan($"CR-{i + 1}", c.revised, c.defect))]);

    private static Gen<Defect> Defects =>
        Gen.Frequency((2, Gen.Constant(Defect.None)), (1, Gen.Constant(Defect.Missing)), (1, Gen.Constant(Defect.AfterItsDependent)));

    /// <summary>Entries no completeness rule looks for: reports, a refused Confirm, other accepted commands.</summary>
    private static List<Planned> Noise(int count) =>
        [.. Enumerable.Range(0, count).Select(i => new Planned("SO-1", Step.Noise, Id: i))];

    private static List<Planned> Merge(List<List<Planned>> tracks, IEnumerable<int> picks)
    {
        var next = new int[tracks.Count];
        return [.. picks.Select(track => tracks[track][next[track]++])];
    }

    private sealed record LogPlan(IReadOnlyList<OrderPlan> Orders, IReadOnlyList<Planned> Steps);

    private sealed record ChangePlan(string ChangeId, bool Revised, Defect Defect);

    /// <summary>An order's entries as the process records them, with the planted defects.</summary>
    private sealed record OrderPlan(string OrderId, Defect Review, bool RecordMissing, bool RecordFirst, IReadOnlyList<ChangePlan> Changes)
    {
        public Planned Confirm => new(OrderId, Step.Confirm);

        public List<Planned> Steps()
        {
            var review = new Planned(OrderId, Step.Review);
            var record = new Planned(OrderId, Step.ConfirmationRecord);
            List<Planned> steps = [];
            if (Review == Defect.None)
            {
                steps.Add(review);
            }

            if (!RecordMissing && RecordFirst)
            {
                steps.Add(record);
            }

            steps.Add(Confirm);
            if (Review == Defect.AfterItsDependent)
            {
                steps.Add(review);
            }

            if (!RecordMissing && !RecordFirst)
            {
                steps.Add(record);
            }

            foreach (var change in Changes)
            {
                var request = new Planned(OrderId, Step.ChangeRequest, change.ChangeId);
                var outcome = new Planned(OrderId, Step.ChangeOutcome, change.ChangeId, change.Revised);
                steps.AddRange(change.Defect switch
                {
                    Defect.None => [request, outcome],
                    Defect.Missing => [outcome],
                    _ => [outcome, request],
                });
            }

            return steps;
        }

        public IEnumerable<(string OrderId, long Sequence, AuditGapKind Kind)> ExpectedGaps(Dictionary<Planned, long> sequenceOf)
        {
            if (Review != Defect.None)
            {
                yield return (OrderId, sequenceOf[Confirm], AuditGapKind.MissingReviewDecision);
            }

            if (RecordMissing)
            {
                yield return (OrderId, sequenceOf[Confirm], AuditGapKind.MissingConfirmation);
            }

            foreach (var change in Changes.Where(c => c.Revised && c.Defect != Defect.None))
            {
                yield return (OrderId, sequenceOf[new Planned(OrderId, Step.ChangeOutcome, change.ChangeId, Revised: true)], AuditGapKind.MissingChangeRequest);
            }
        }
    }

    /// <summary>One planned entry; equal plans are the same entry (an order has one of each step, per change).</summary>
    private sealed record Planned(string OrderId, Step Step, string? ChangeId = null, bool Revised = false, int Id = 0)
    {
        private static readonly Instant At = AuditRecords.Start;

        public AuditRecord ToRecord() => Step switch
        {
            Step.Review => new(At, "li.lei", "ConfirmationOfficer", OrderId, "ReviewDecision", """{"outcome":"Pass"}"""),
            Step.Confirm => new(At, "head.chen", "HeadOfOrderConfirmation", OrderId, "CommandAccepted", """{"command":"Confirm"}"""),
            Step.ConfirmationRecord => new(At, "head.chen", "HeadOfOrderConfirmation", OrderId, "Confirmation", """{"ruleSetVersion":"1"}"""),
            Step.ChangeRequest => new(At, "sales.li", "SalesRep", OrderId, "ChangeRequest", $$"""{"changeId":"{{ChangeId}}"}"""),
            Step.ChangeOutcome => new(At, "li.lei", "ConfirmationOfficer", OrderId, "ChangeOutcome",
                $$"""{"changeId":"{{ChangeId}}","feasible":{{(Revised ? "true" : "false")}},"revision":{{(Revised ? "2" : "null")}}}"""),
            _ => (Id % 3) switch
            {
                0 => AuditRecords.Report(Id),
                1 => new(At, "sales.li", "SalesRep", OrderId, "CommandRefused", """{"command":"Confirm","reason":"WrongRole"}"""),
                _ => AuditRecords.Command(Id, OrderId, "Submit", "sales.li", "SalesRep"),
            },
        };

        public override string ToString() => $"{OrderId}:{Step}{(ChangeId is null ? string.Empty : "/" + ChangeId)}{(Revised ? "+rev" : string.Empty)}";
    }
}
