namespace OrderConfirmation.Tests.Architecture;

/// <summary>
/// Layers from bottom to top: a namespace may use namespaces of its own layer and of the layers below it, never above.
/// A namespace's layer is the first segment after <c>OrderConfirmation.</c> (sub-namespaces such as
/// <c>OrderConfirmation.Rules.Compilation</c> belong to <c>Rules</c>); the DI extensions' namespace
/// <c>Microsoft.Extensions.DependencyInjection</c> is the layer <c>DependencyInjection</c>.
/// </summary>
internal sealed class LayerRules
{
    /// <summary>The namespace the library's DI extension methods live in.</summary>
    public const string DependencyInjectionNamespace = "Microsoft.Extensions.DependencyInjection";

    private const string Root = "OrderConfirmation";

    private readonly Dictionary<string, int> _rank;

    public LayerRules(IReadOnlyList<string> bottomToTop)
    {
        BottomToTop = bottomToTop;
        _rank = bottomToTop.Select((layer, rank) => (layer, rank)).ToDictionary(x => x.layer, x => x.rank, StringComparer.Ordinal);
    }

    /// <summary>
    /// OrderConfirmation's layers (docs/architecture.md). Calendars sit below Rules: a rules directory holds the working
    /// calendar beside the rule files, so Rules leaves the calendar's file out by the calendar's own name. Tasks (the department-task table) read business time
    /// as the calendar does and sit between them, so that Rules leaves their file out by its name too. The rule-testing
    /// tooling and the in-memory fakes are not here: they are the OrderConfirmation.Testing package, on top of it all.
    /// </summary>
    public static LayerRules OrderConfirmation { get; } = new(
    [
        "Diagnostics", "Json", "Orders", "Findings", "Calendars", "Tasks", "Rules", "Kpis", "Audit", "Review", "Changes",
        "Stages", "Formats", "Reports", "Lifecycle", "Cases", "Supervision", "Storage", "DependencyInjection",
    ]);

    /// <summary>The layers, bottom first.</summary>
    public IReadOnlyList<string> BottomToTop { get; }

    /// <summary>Whether <paramref name="name"/> is the library's namespace, one of its sub-namespaces, or the DI namespace.</summary>
    public static bool IsLibraryNamespace(string name) =>
        name == Root || name.StartsWith(Root + ".", StringComparison.Ordinal) || name == DependencyInjectionNamespace;

    /// <summary>The layer a namespace belongs to by its name, whether or not the table lists it.</summary>
    public static string LayerOf(string name)
    {
        if (name == DependencyInjectionNamespace)
        {
            return "DependencyInjection";
        }

        if (!name.StartsWith(Root + ".", StringComparison.Ordinal))
        {
            return name;
        }

        var rest = name[(Root.Length + 1)..];
        var dot = rest.IndexOf('.', StringComparison.Ordinal);
        return dot < 0 ? rest : rest[..dot];
    }

    /// <summary>The namespaces of <paramref name="graph"/> whose layer is not in the table.</summary>
    public IReadOnlyList<string> Unplaced(NamespaceGraph graph) => [.. graph.Namespaces.Where(n => !_rank.ContainsKey(LayerOf(n)))];

    /// <summary>The edges of <paramref name="graph"/> from a layer to one above it.</summary>
    public IReadOnlyList<NamespaceEdge> UpwardEdges(NamespaceGraph graph) =>
        [.. graph.Edges.Where(e => _rank.TryGetValue(LayerOf(e.From), out var from) && _rank.TryGetValue(LayerOf(e.To), out var to) && to > from)];

    /// <summary>The edges of <paramref name="graph"/> from any namespace of layer <paramref name="from"/> to any of layer <paramref name="to"/>.</summary>
    public static IReadOnlyList<NamespaceEdge> EdgesBetween(NamespaceGraph graph, string from, string to) =>
        [.. graph.Edges.Where(e => LayerOf(e.From) == from && LayerOf(e.To) == to)];
}
