namespace OrderConfirmation.Tests.Architecture;

public sealed class NamespaceGraphTests
{
    private static NamespaceGraph Graph(params string[] dependencies) =>
        new(dependencies.Select(d => d.Split(" -> ")).Select(p => TypeDependency.Between(p[0], p[1])));

    [Fact]
    public void Cycles_RingOfThree_NamesItsNamespacesAndTypePairs()
    {
        var graph = Graph("N.A.X -> N.B.Y", "N.B.Y -> N.C.Z", "N.C.Z -> N.A.X", "N.D.W -> N.A.X");

        var cycle = Assert.Single(graph.Cycles());

        Assert.Equal(["N.A", "N.B", "N.C"], cycle.Path);
        Assert.Equal(["N.A", "N.B", "N.C"], cycle.Namespaces);
        Assert.Equal(3, cycle.Edges.Count);
        var message = cycle.Describe();
        Assert.Contains("N.A → N.B → N.C → N.A", message, StringComparison.Ordinal);
        Assert.Contains("N.B.Y → N.C.Z", message, StringComparison.Ordinal);
        Assert.DoesNotContain("N.D", message, StringComparison.Ordinal);
    }

    [Fact]
    public void Cycles_Diamond_FindsNone()
    {
        var graph = Graph("N.Top.T -> N.Left.L", "N.Top.T -> N.Right.R", "N.Left.L -> N.Bottom.B", "N.Right.R -> N.Bottom.B", "N.Top.T -> N.Bottom.B");

        Assert.Empty(graph.Cycles());
    }

    [Fact]
    public void Cycles_TwoSeparateRings_FindsEach()
    {
        var graph = Graph("N.A.X -> N.B.Y", "N.B.Y -> N.A.X", "N.B.Y -> N.C.Z", "N.C.Z -> N.D.W", "N.D.W -> N.C.Z");

        var cycles = graph.Cycles();

        Assert.Equal(2, cycles.Count);
        Assert.Contains(cycles, c => c.Namespaces.SequenceEqual(["N.A", "N.B"]));
        Assert.Contains(cycles, c => c.Namespaces.SequenceEqual(["N.C", "N.D"]));
    }

    [Fact]
    public void Cycles_ComponentWithChord_ShowsShortestPathAndEveryInnerEdge()
    {
        var graph = Graph("N.A.X -> N.B.Y", "N.B.Y -> N.C.Z", "N.C.Z -> N.D.W", "N.D.W -> N.A.X", "N.B.Y -> N.A.X");

        var cycle = Assert.Single(graph.Cycles());

        Assert.Equal(["N.A", "N.B"], cycle.Path);
        Assert.Equal(5, cycle.Edges.Count);
    }

    [Fact]
    public void Edges_TypesOfOneNamespace_AreNoEdge()
    {
        var graph = Graph("N.A.X -> N.A.Y", "N.A.Y -> N.A.X");

        Assert.Empty(graph.Edges);
        Assert.Empty(graph.Cycles());
        Assert.Equal(["N.A"], graph.Namespaces);
    }

    [Fact]
    public void Describe_SevenTypePairs_ShowsFiveAndCountsTheRest()
    {
        var graph = Graph([.. Enumerable.Range(1, 7).Select(i => $"N.A.X{i} -> N.B.Y")]);

        var message = Assert.Single(graph.Edges).Describe();

        Assert.Contains("N.A.X5 → N.B.Y", message, StringComparison.Ordinal);
        Assert.DoesNotContain("N.A.X6", message, StringComparison.Ordinal);
        Assert.Contains("… and 2 more", message, StringComparison.Ordinal);
    }
}
