namespace OrderConfirmation.Tests.Architecture;

public sealed class LayerRulesTests
{
    private static readonly LayerRules Layers = new(["Low", "Middle", "High", "DependencyInjection"]);

    private static NamespaceGraph Graph(params (string From, string To)[] dependencies) =>
        new(dependencies.Select(d => TypeDependency.Between(d.From, d.To)));

    [Fact]
    public void UpwardEdges_LowerLayerUsesHigher_ReportsTheEdgeWithItsTypePair()
    {
        var graph = Graph(("OrderConfirmation.Low.Reader", "OrderConfirmation.High.Writer"));

        var edge = Assert.Single(Layers.UpwardEdges(graph));

        Assert.Equal(("OrderConfirmation.Low", "OrderConfirmation.High"), (edge.From, edge.To));
        Assert.Contains("OrderConfirmation.Low.Reader → OrderConfirmation.High.Writer", NamespaceEdge.DescribeAll([edge]), StringComparison.Ordinal);
    }

    [Fact]
    public void UpwardEdges_DownwardAndWithinALayer_ReportsNothing()
    {
        var graph = Graph(
            ("OrderConfirmation.High.Writer", "OrderConfirmation.Low.Reader"),
            ("OrderConfirmation.Middle.Sub.Part", "OrderConfirmation.Middle.Whole"),
            ("OrderConfirmation.Middle.Whole", "OrderConfirmation.Middle.Sub.Part"),
            ("Microsoft.Extensions.DependencyInjection.Extensions", "OrderConfirmation.High.Writer"));

        Assert.Empty(Layers.UpwardEdges(graph));
    }

    [Fact]
    public void UpwardEdges_LayerUsesDependencyInjection_IsReported()
    {
        var graph = Graph(("OrderConfirmation.Middle.Part", "Microsoft.Extensions.DependencyInjection.Extensions"));

        var edge = Assert.Single(Layers.UpwardEdges(graph));

        Assert.Equal(LayerRules.DependencyInjectionNamespace, edge.To);
    }

    [Theory]
    [InlineData("OrderConfirmation.Rules", "Rules")]
    [InlineData("OrderConfirmation.Rules.Compilation", "Rules")]
    [InlineData("Microsoft.Extensions.DependencyInjection", "DependencyInjection")]
    [InlineData("OrderConfirmation.DependencyInjection", "DependencyInjection")]
    public void LayerOf_Namespace_IsFirstSegmentAfterTheRoot(string name, string layer) =>
        Assert.Equal(layer, LayerRules.LayerOf(name));

    [Theory]
    [InlineData("OrderConfirmation", true)]
    [InlineData("OrderConfirmation.Audit", true)]
    [InlineData("Microsoft.Extensions.DependencyInjection", true)]
    [InlineData("OrderConfirmationX", false)]
    [InlineData("Microsoft.Extensions.DependencyInjection.Extensions", false)]
    [InlineData("", false)]
    public void IsLibraryNamespace_Name_IsTheRootItsChildrenOrTheDependencyInjectionNamespace(string name, bool expected) =>
        Assert.Equal(expected, LayerRules.IsLibraryNamespace(name));

    [Fact]
    public void Unplaced_NamespaceOfNoLayer_IsReported()
    {
        var graph = Graph(("OrderConfirmation.Pricing.Quote", "OrderConfirmation.Low.Reader"));

        Assert.Equal(["OrderConfirmation.Pricing"], Layers.Unplaced(graph));
    }

    [Fact]
    public void EdgesBetween_Layers_CollectsEveryNamespaceOfBoth()
    {
        var graph = Graph(
            ("OrderConfirmation.Low.Sub.A", "OrderConfirmation.High.B"),
            ("OrderConfirmation.Low.C", "OrderConfirmation.High.Other.D"),
            ("OrderConfirmation.Low.C", "OrderConfirmation.Middle.E"));

        var edges = LayerRules.EdgesBetween(graph, "Low", "High");

        Assert.Equal([("OrderConfirmation.Low", "OrderConfirmation.High.Other"), ("OrderConfirmation.Low.Sub", "OrderConfirmation.High")], edges.Select(e => (e.From, e.To)));
    }

    [Fact]
    public void OrderConfirmation_Table_HasTheIssuesOrderBottomToTop()
    {
        var order = LayerRules.OrderConfirmation.BottomToTop.ToList();

        Assert.Equal(["Diagnostics", "Json", "Orders", "Findings", "Calendars", "Tasks", "Rules", "Kpis", "Audit", "Review", "Changes"], order.Take(11));
        Assert.Equal("DependencyInjection", order[^1]);
        Assert.True(order.IndexOf("Formats") < order.IndexOf("Lifecycle"));
        Assert.Equal(order.Count, order.Distinct().Count());
    }
}
