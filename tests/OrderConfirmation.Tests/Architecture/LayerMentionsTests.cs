namespace OrderConfirmation.Tests.Architecture;

public sealed class LayerMentionsTests
{
    private static readonly HashSet<string> Names = ["OrderConfirmation.Lifecycle", "OrderConfirmation.Lifecycle.OrderStatus", "OrderConfirmation.Rules.Compilation"];

    private static (string Layer, int Line)[] Mentions(string text) =>
        [.. LayerMentions.In("Audit/X.cs", text, Names).Select(m => (m.Layer, m.Where.Line))];

    [Theory]
    [InlineData("using OrderConfirmation.Lifecycle;")]
    [InlineData("using static OrderConfirmation.Lifecycle.OrderStatus;")]
    [InlineData("using Status = global::OrderConfirmation.Lifecycle.OrderStatus;")]
    [InlineData("var n = nameof(OrderConfirmation.Lifecycle.OrderStatus);")]
    [InlineData("/// <see cref=\"OrderConfirmation.Lifecycle.OrderStatus\"/>")]
    [InlineData("/// <see cref=\"Lifecycle.OrderStatus\"/>")]
    [InlineData("var n = nameof(Lifecycle.OrderStatus);")]
    public void In_LifecycleNamedInCodeOrDocs_IsFound(string line) =>
        Assert.Equal([("Lifecycle", 2)], Mentions($"namespace OrderConfirmation.Audit;\n{line}").Where(m => m.Layer != "Audit"));

    [Fact]
    public void In_SubNamespaceQualifiedFromTheRoot_IsItsLayer() =>
        Assert.Equal([("Rules", 1)], Mentions("var x = Rules.Compilation.Thing;"));

    [Theory]
    [InlineData("var s = record.Lifecycle.OrderStatus;")]
    [InlineData("var n = Lifecycle.Count;")]
    [InlineData("// see OrderConfirmation.Lifecycle.OrderStatus")]
    [InlineData("var s = \"OrderConfirmation.Lifecycle.Defaults.json\";")]
    [InlineData("var x = MyOrderConfirmation.Lifecycle;")]
    public void In_MemberPathsCommentsAndLiterals_AreNotLayers(string line) =>
        Assert.Empty(Mentions(line));
}
