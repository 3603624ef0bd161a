namespace OrderConfirmation.Tests.Architecture;

/// <summary>
/// A set of namespaces that all reach each other (a strongly connected component): <see cref="Path"/> is one shortest
/// cycle through them, <see cref="Edges"/> every edge inside the set (each lies on some cycle; cutting enough of them
/// breaks it).
/// </summary>
internal sealed record NamespaceCycle(IReadOnlyList<string> Namespaces, IReadOnlyList<string> Path, IReadOnlyList<NamespaceEdge> Edges)
{
    /// <summary>The cycle as "A → B → C → A" followed by its edges and the type pairs that make them.</summary>
    public string Describe() =>
        $"cycle {string.Join(" → ", Path.Append(Path[0]))}; {string.Join(", ", Namespaces)} all reach each other through these {Edges.Count} edges:\n"
        + NamespaceEdge.DescribeAll(Edges);
}
