namespace OrderConfirmation.Tests.Architecture;

/// <summary>The namespaces of an assembly and which uses which, built from type dependencies; finds its cycles.</summary>
internal sealed class NamespaceGraph
{
    private readonly SortedDictionary<string, SortedDictionary<string, NamespaceEdge>> _outgoing = new(StringComparer.Ordinal);

    /// <summary>A graph with an edge for each pair of different namespaces between which some type depends on another.</summary>
    public NamespaceGraph(IEnumerable<TypeDependency> dependencies)
    {
        foreach (var group in dependencies.GroupBy(d => (d.From.Namespace, d.To.Namespace)))
        {
            var (from, to) = group.Key;
            Node(from);
            Node(to);
            if (from != to)
            {
                _outgoing[from][to] = new NamespaceEdge(from, to, [.. group.Distinct().OrderBy(d => d.ToString(), StringComparer.Ordinal)]);
            }
        }
    }

    /// <summary>Every namespace that depends or is depended on, in ordinal order.</summary>
    public IReadOnlyList<string> Namespaces => [.. _outgoing.Keys];

    /// <summary>Every edge, ordered by source then target namespace.</summary>
    public IReadOnlyList<NamespaceEdge> Edges => [.. _outgoing.Values.SelectMany(targets => targets.Values)];

    /// <summary>The groups of namespaces that reach each other (Tarjan's strongly connected components of more than one node).</summary>
    public IReadOnlyList<NamespaceCycle> Cycles()
    {
        var search = new StronglyConnectedComponents(this);
        return [.. search.Components.Where(c => c.Count > 1).Select(Cycle)];
    }

    private SortedDictionary<string, NamespaceEdge>.KeyCollection Targets(string from) => _outgoing[from].Keys;

    private void Node(string name)
    {
        if (!_outgoing.ContainsKey(name))
        {
            _outgoing[name] = new(StringComparer.Ordinal);
        }
    }

    private NamespaceCycle Cycle(IReadOnlyCollection<string> component)
    {
        var members = component.Order(StringComparer.Ordinal).ToArray();
        var inside = members.ToHashSet();
        var edges = members.SelectMany(m => _outgoing[m].Values).Where(e => inside.Contains(e.To)).ToArray();
        return new NamespaceCycle(members, ShortestCycleThrough(members[0], inside), edges);
    }

    /// <summary>Breadth-first from <paramref name="start"/> back to itself, staying inside the component.</summary>
    private string[] ShortestCycleThrough(string start, HashSet<string> inside)
    {
        var previous = new Dictionary<string, string>(StringComparer.Ordinal);
        var queue = new Queue<string>([start]);
        while (queue.TryDequeue(out var node))
        {
            foreach (var next in Targets(node).Where(inside.Contains))
            {
                if (next == start)
                {
                    var path = new List<string> { node };
                    while (path[^1] != start)
                    {
                        path.Add(previous[path[^1]]);
                    }

                    path.Reverse();
                    return [.. path];
                }

                if (previous.TryAdd(next, node))
                {
                    queue.Enqueue(next);
                }
            }
        }

        throw new InvalidOperationException($"{start} is in a component but on no cycle.");
    }

    /// <summary>Tarjan's algorithm over the graph's namespaces, visited in ordinal order.</summary>
    private sealed class StronglyConnectedComponents
    {
        private readonly NamespaceGraph _graph;
        private readonly Dictionary<string, int> _index = new(StringComparer.Ordinal);
        private readonly Dictionary<string, int> _lowLink = new(StringComparer.Ordinal);
        private readonly Stack<string> _stack = new();
        private readonly HashSet<string> _onStack = new(StringComparer.Ordinal);

        public StronglyConnectedComponents(NamespaceGraph graph)
        {
            _graph = graph;
            foreach (var node in graph.Namespaces.Where(n => !_index.ContainsKey(n)))
            {
                Visit(node);
            }
        }

        public List<IReadOnlyCollection<string>> Components { get; } = [];

        private void Visit(string node)
        {
            _index[node] = _lowLink[node] = _index.Count;
            _stack.Push(node);
            _onStack.Add(node);
            foreach (var next in _graph.Targets(node))
            {
                if (!_index.TryGetValue(next, out var visited))
                {
                    Visit(next);
                    _lowLink[node] = Math.Min(_lowLink[node], _lowLink[next]);
                }
                else if (_onStack.Contains(next))
                {
                    _lowLink[node] = Math.Min(_lowLink[node], visited);
                }
            }

            if (_lowLink[node] == _index[node])
            {
                var component = new List<string>();
                string member;
                do
                {
                    member = _stack.Pop();
                    _onStack.Remove(member);
                    component.Add(member);
                }
                while (member != node);

                Components.Add(component);
            }
        }
    }
}
