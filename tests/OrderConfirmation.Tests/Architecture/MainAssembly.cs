using OrderConfirmation.Orders;

namespace OrderConfirmation.Tests.Architecture;

/// <summary>The built OrderConfirmation.dll, read once: its namespace graph and the names its types and namespaces have.</summary>
internal static class MainAssembly
{
    private static readonly Lazy<NamespaceGraph> LazyGraph = new(() =>
        new NamespaceGraph(AssemblyDependencyReader.Read(typeof(Order).Assembly.Location, LayerRules.IsLibraryNamespace)));

    private static readonly Lazy<IReadOnlySet<string>> LazyNames = new(ReadNames);

    /// <summary>The namespace graph of the library's own namespaces (and the DI namespace).</summary>
    public static NamespaceGraph Graph => LazyGraph.Value;

    /// <summary>
    /// The full names of the library's namespaces (with every prefix) and top-level types (generic arity dropped,
    /// <c>Cache`1</c> as <c>Cache</c>), to tell a namespace-qualified name in source from a member access.
    /// </summary>
    public static IReadOnlySet<string> Names => LazyNames.Value;

    private static HashSet<string> ReadNames()
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var type in typeof(Order).Assembly.GetTypes().Where(t => !t.IsNested && t.Namespace is not null && LayerRules.IsLibraryNamespace(t.Namespace)))
        {
            var name = type.FullName!;
            var tick = name.IndexOf('`', StringComparison.Ordinal);
            names.Add(tick < 0 ? name : name[..tick]);
            var space = type.Namespace!;
            for (var end = space.Length; end > 0; end = space.LastIndexOf('.', end - 1))
            {
                names.Add(space[..end]);
            }
        }

        return names;
    }
}
