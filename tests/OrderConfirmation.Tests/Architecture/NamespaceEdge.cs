namespace OrderConfirmation.Tests.Architecture;

/// <summary>One namespace using another, with the type pairs that make it.</summary>
internal sealed record NamespaceEdge(string From, string To, IReadOnlyList<TypeDependency> Pairs)
{
    /// <summary>How many type pairs a description shows per edge.</summary>
    public const int PairsShown = 5;

    /// <summary>"From → To", then up to <see cref="PairsShown"/> type pairs, one per line, and how many more there are.</summary>
    public string Describe()
    {
        var more = Pairs.Count > PairsShown ? [$"… and {Pairs.Count - PairsShown} more"] : Array.Empty<string>();
        return string.Join("\n      ", [$"{From} → {To}", .. Pairs.Take(PairsShown).Select(p => p.ToString()), .. more]);
    }

    /// <summary>The descriptions of <paramref name="edges"/>, one block each, for a failure message.</summary>
    public static string DescribeAll(IEnumerable<NamespaceEdge> edges) =>
        string.Join("\n", edges.Select(e => "  " + e.Describe()));
}
