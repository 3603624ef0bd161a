using FsCheck;
using FsCheck.Fluent;

namespace OrderConfirmation.Tests.HostileInput;

/// <summary>One mutation: its kind, which node it picks (modulo the node count) and which variant of the kind.</summary>
public sealed record JsonMutation(JsonMutationKind Kind, int Target, int Variant)
{
    private static Gen<JsonMutation> One =>
        from kind in Gen.Elements(Enum.GetValues<JsonMutationKind>())
        from target in Gen.Choose(0, 1_000_000)
        from variant in Gen.Choose(0, 1_000)
        select new JsonMutation(kind, target, variant);

    /// <summary>Mutations of one of <paramref name="samples"/>: one to three node mutations, and sometimes a cut of the text.</summary>
    public static Gen<MutatedJson> Of(int samples) =>
        from sample in Gen.Choose(0, samples - 1)
        from count in Gen.Frequency((6, Gen.Constant(1)), (3, Gen.Constant(2)), (1, Gen.Constant(3)))
        from mutations in Gen.ArrayOf(One, count)
        from truncateAt in Gen.Frequency((9, Gen.Constant<int?>(null)), (1, Gen.Choose(0, int.MaxValue).Select(i => (int?)i)))
        select new MutatedJson(sample, mutations, truncateAt);
}
