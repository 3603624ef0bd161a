namespace OrderConfirmation.Tests.Architecture;

/// <summary>
/// Issue 13's one-way layers, checked on the built OrderConfirmation.dll: no namespace cycle, no edge up the layer
/// table, none of the edges the issue names. Each failure lists the type pairs that make the offending edges.
/// </summary>
public sealed class LayerArchitectureTests
{
    [Fact]
    public void MainAssembly_NamespaceGraph_HasNoCycle()
    {
        var cycles = MainAssembly.Graph.Cycles();

        Assert.True(cycles.Count == 0, $"{cycles.Count} namespace cycle(s); move a type or invert a dependency so that one edge of each goes away:\n"
            + string.Join("\n", cycles.Select(c => c.Describe())));
    }

    [Fact]
    public void MainAssembly_EveryEdge_PointsDownTheLayers()
    {
        var upward = LayerRules.OrderConfirmation.UpwardEdges(MainAssembly.Graph);

        Assert.True(upward.Count == 0, $"{upward.Count} edge(s) from a layer to one above it (layers bottom to top: "
            + $"{string.Join(", ", LayerRules.OrderConfirmation.BottomToTop)}):\n{NamespaceEdge.DescribeAll(upward)}");
    }

    [Fact]
    public void MainAssembly_EveryNamespace_HasALayer()
    {
        var unplaced = LayerRules.OrderConfirmation.Unplaced(MainAssembly.Graph);

        Assert.True(unplaced.Count == 0, $"namespaces of no layer (add their layer to {nameof(LayerRules)}.{nameof(LayerRules.OrderConfirmation)}): {string.Join(", ", unplaced)}");
    }

    [Theory]
    [MemberData(nameof(ForbiddenEdges.Cases), MemberType = typeof(ForbiddenEdges))]
    public void MainAssembly_ForbiddenLayerEdge_IsAbsent(string from, string to)
    {
        var edges = LayerRules.EdgesBetween(MainAssembly.Graph, from, to);

        Assert.True(edges.Count == 0, $"{from} must not use {to}:\n{NamespaceEdge.DescribeAll(edges)}");
    }

    [Fact]
    public void MainAssembly_NamespaceGraph_SeesTheLibraryAndItsDependencyInjection()
    {
        var graph = MainAssembly.Graph;

        Assert.Contains(graph.Edges, e => e.From == "OrderConfirmation.Review" && e.To == "OrderConfirmation.Findings");
        Assert.Contains(graph.Edges, e => e.From == LayerRules.DependencyInjectionNamespace);
        Assert.True(graph.Namespaces.Count >= 10, string.Join(", ", graph.Namespaces));
    }
}
