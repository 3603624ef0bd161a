using System.Security.Cryptography;
using System.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using OrderConfirmation.Audit;
using OrderConfirmation.Supervision;
using OrderConfirmation.Tests.Builders;

namespace OrderConfirmation.Tests.Supervision;

/// <summary>
/// The sample is a subset of the eligible orders (confirmed in the period), of size min(n, eligible), the same for the same
/// seed and trail, and independent of the order in which the entries were written: the same orders' records appended in
/// any interleaving that keeps each order's own order (each such trail is a valid hash chain of its own) give the same
/// sample. Eligibility is decided here from the plan (each order's confirmation date), not by the code under test.
/// </summary>
public sealed class SupervisionSampleProperties
{
    private static readonly LocalDate From = new(2026, 11, 1);
    private static readonly LocalDate To = new(2026, 11, 30);

    private sealed record Plan(IReadOnlyList<(string OrderId, int Day)> Orders, int Size, string Seed, IReadOnlyList<int> InterleavingA, IReadOnlyList<int> InterleavingB)
    {
        /// <summary>Days 1–30 of November are in the period; day 0 (31 October) and 31 (1 December) are not.</summary>
        public IEnumerable<string> Eligible => Orders.Where(o => o.Day is >= 1 and <= 30).Select(o => o.OrderId);

        public override string ToString() => $"orders [{string.Join(", ", Orders)}], size {Size}, seed '{Seed}'";
    }

    private static Gen<Plan> Plans =>
        from count in Gen.Choose(0, 12)
        from days in Gen.Choose(0, 31).ArrayOf(count)
        from size in Gen.Choose(1, 15)
        from seed in Gen.Elements("q4", "audit-2026-12", "季度", "a:b", "x")
        from a in Gen.Choose(0, count - 1 < 0 ? 0 : count - 1).ArrayOf(count * 13)
        from b in Gen.Choose(0, count - 1 < 0 ? 0 : count - 1).ArrayOf(count * 13)
        select new Plan([.. days.Select((day, i) => ($"SO-{i + 1}", day))], size, seed, a, b);

    /// <summary>Appends the orders' records, taking at each step the next record of the order the interleaving names.</summary>
    private static IReadOnlyList<AuditEntry> Write(Plan plan, IReadOnlyList<int> interleaving)
    {
        var pending = plan.Orders.Select(o => new Queue<AuditRecord>(new SupervisedOrder(o.OrderId, Confirmation(o.Day)).Records)).ToList();
        var records = new List<AuditRecord>();
        foreach (var pick in interleaving.Concat(Enumerable.Range(0, pending.Count)))
        {
            for (var i = 0; i < pending.Count; i++)
            {
                var queue = pending[(pick + i) % pending.Count];
                if (queue.Count > 0)
                {
                    records.Add(queue.Dequeue());
                    break;
                }
            }
        }

        records.AddRange(pending.SelectMany(q => q));
        return SupervisedOrder.Trail(records);
    }

    /// <summary>Noon in Shanghai on the given day of November (day 0 is 31 October, day 31 is 1 December).</summary>
    private static Instant Confirmation(int day) => Instant.FromUtc(2026, 10, 31, 4, 0) + Duration.FromDays(day);

    private static SupervisionSample Draw(Plan plan, IReadOnlyList<AuditEntry> trail) =>
        SupervisionSample.Draw(trail, From, To, plan.Size, plan.Seed, FactsBuilder.Shanghai);

    [Property(MaxTest = 200)]
    public Property Draw_AnyTrail_IsASubsetOfTheEligibleOfSizeMinNAndEligible() =>
        Prop.ForAll(Plans.ToArbitrary(), plan =>
        {
            var sample = Draw(plan, Write(plan, plan.InterleavingA));
            var eligible = plan.Eligible.ToHashSet(StringComparer.Ordinal);
            var ids = sample.Orders.Select(o => o.OrderId).ToList();
            return (ids.All(eligible.Contains) && ids.Distinct().Count() == ids.Count && ids.Count == Math.Min(plan.Size, eligible.Count) && sample.Eligible == eligible.Count)
                .Label($"{plan}: drew [{string.Join(", ", ids)}] of [{string.Join(", ", eligible)}]");
        });

    [Property(MaxTest = 200)]
    public Property Draw_SameSeedAndTrail_GivesTheSameSampleAsTheHandComputedRanking() =>
        Prop.ForAll(Plans.ToArbitrary(), plan =>
        {
            var trail = Write(plan, plan.InterleavingA);
            var expected = plan.Eligible
                .Select(id => (Hash: Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes($"{plan.Seed}:{id}"))), id))
                .OrderBy(x => x.Hash, StringComparer.Ordinal)
                .Take(plan.Size)
                .Select(x => x.id);
            var first = Draw(plan, trail).Orders.Select(o => o.OrderId).ToList();
            var second = Draw(plan, trail).Orders.Select(o => o.OrderId).ToList();
            return (first.SequenceEqual(second) && first.SequenceEqual(expected)).Label($"{plan}: [{string.Join(", ", first)}] then [{string.Join(", ", second)}]");
        });

    [Property(MaxTest = 200)]
    public Property Draw_SameOrdersWrittenInAnotherInterleaving_GivesTheSameSample() =>
        Prop.ForAll(Plans.ToArbitrary(), plan =>
        {
            var a = Write(plan, plan.InterleavingA);
            var b = Write(plan, plan.InterleavingB);
            var sampleA = Draw(plan, a).Orders.Select(o => o.OrderId).ToList();
            var sampleB = Draw(plan, b).Orders.Select(o => o.OrderId).ToList();
            return (AuditChain.Verify(a).IsIntact && AuditChain.Verify(b).IsIntact && sampleA.SequenceEqual(sampleB))
                .Label($"{plan}: [{string.Join(", ", sampleA)}] vs [{string.Join(", ", sampleB)}]");
        });
}
