using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using OrderConfirmation.Lifecycle.State;
using OrderConfirmation.Orders;
using OrderConfirmation.Storage;

namespace OrderConfirmation.Tests.Storage;

public sealed class OrderStateDocumentProperties
{
    private const int SampleSeed = 20_261_127;

    /// <summary>States made by the state machine and states built member by member, half and half.</summary>
    private static readonly Gen<OrderState> States = Gen.Frequency((1, LifecycleStories.States), (1, SyntheticStates.States));

    private static readonly Lazy<List<OrderState>> StorySample = new(() => [.. LifecycleStories.States.Sample(400, new Rnd(SampleSeed), 50)]);

    [Property(MaxTest = 300)]
    public Property WriteReadWrite_AnyState_GivesTheSameDocument() =>
        Prop.ForAll(States.ToArbitrary(), state =>
        {
            var written = OrderStateDocument.Write(state);
            var rewritten = OrderStateDocument.Write(OrderStateDocument.Read(written));
            return (rewritten == written).Label($"written:   {written}\nrewritten: {rewritten}");
        });

    [Property(MaxTest = 300)]
    public Property Read_AnyWrittenState_RestoresEveryMember() =>
        Prop.ForAll(States.ToArbitrary(), state =>
        {
            var differences = MemberComparison.Differences(state, OrderStateDocument.Read(OrderStateDocument.Write(state)));
            return (differences.Count == 0).Label(string.Join("\n", differences.Take(10)));
        });

    [Property(MaxTest = 100)]
    public Property Write_SameStateTwice_GivesTheSameText() =>
        Prop.ForAll(States.ToArbitrary(), state => OrderStateDocument.Write(state) == OrderStateDocument.Write(state));

    [Property(MaxTest = 100)]
    public Property Write_ShippedInAnotherOrder_GivesTheSameText() =>
        Prop.ForAll(LifecycleStories.States.ToArbitrary(), state =>
        {
            var reversed = state with { Shipped = state.Shipped.Reverse().ToDictionary(s => s.Key, s => s.Value) };
            return OrderStateDocument.Write(reversed) == OrderStateDocument.Write(state);
        });

    [Fact]
    public void LifecycleStories_Sample_ReachEveryStatus()
    {
        var statuses = StorySample.Value.Select(s => s.Status).ToHashSet();

        Assert.Equal(Enum.GetValues<OrderStatus>().ToHashSet(), statuses);
    }

    [Fact]
    public void LifecycleStories_Sample_FillEveryPartOfAState()
    {
        var states = StorySample.Value;

        Assert.Contains(states, s => s.Clarification is not null);
        Assert.Contains(states, s => s.CustomerWaits.Count > 0);
        Assert.Contains(states, s => s.Hold is not null);
        Assert.Contains(states, s => s.HoldRelease is not null);
        Assert.Contains(states, s => s.Confirmation is { HoldReleasedBy: not null });
        Assert.Contains(states, s => s.Confirmation is { HoldReleasedBy: null });
        Assert.Contains(states, s => s.Revisions.Count == 2 && s.Revision == 3);
        Assert.Contains(states, s => s.Revisions.Any(r => r.RequiredApprovals.Count > 0));
        Assert.Contains(states, s => s.Revisions.Any(r => r.Request.DeliveryAddress is not null && r.Request.RequestedDeliveryDate is not null));
        Assert.Contains(states, s => s.Shipped.Count > 1);
        Assert.Contains(states, s => s.DeliveredAt is not null);
        Assert.Contains(states, s => s.Closure is not null);
        Assert.Contains(states, s => s.Reschedules.Count > 0);
        Assert.Contains(states, s => s.RemainderCancellation is { Remainder.Count: > 0 } && s.Status == OrderStatus.Cancelled);
        Assert.Contains(states, s => s.RemainderCancellation is not null && s.Status == OrderStatus.Completed);
        Assert.Contains(states, s => s.LatestReview is { OrderRevision: not null, OrderDigest: not null });
        Assert.Contains(states, s => s.Order.RequestedDeliveryAddress is not null);
        Assert.Equal(Enum.GetValues<ProgressKind>().ToHashSet(), states.SelectMany(s => s.Reports).Select(r => r.Kind).ToHashSet());
    }

    [Fact]
    public void LifecycleStories_Sample_HoldFindingValuesOfTheTypesTheDefaultRulesGive()
    {
        var types = StorySample.Value
            .SelectMany(s => new[] { s.LatestReview, s.Confirmation?.Decision }.Concat(s.Revisions.Select(r => r.Decision)))
            .SelectMany(d => d?.Findings ?? [])
            .SelectMany(f => f.Values.Values)
            .Select(v => v?.GetType())
            .ToHashSet();

        Assert.Superset(new HashSet<Type?> { typeof(string), typeof(decimal), typeof(int), typeof(object[]), typeof(PaymentTerms) }, types);
    }

    [Fact]
    public void SyntheticStates_Sample_HoldFindingValuesOfEveryStoredType()
    {
        var types = SyntheticStates.Values.Sample(2_000, new Rnd(SampleSeed), 20).Select(v => v?.GetType()).ToHashSet();

        Assert.Superset(
            new HashSet<Type?>
            {
                null, typeof(string), typeof(bool), typeof(decimal), typeof(int), typeof(long), typeof(short), typeof(byte), typeof(sbyte),
                typeof(ushort), typeof(uint), typeof(ulong), typeof(double), typeof(float), typeof(char), typeof(LocalDate), typeof(LocalTime),
                typeof(Instant), typeof(Duration), typeof(Period), typeof(PaymentTerms), typeof(IsoDayOfWeek), typeof(object[]), typeof(List<object?>),
            },
            types);
    }
}
