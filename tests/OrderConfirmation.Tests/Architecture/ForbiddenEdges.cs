namespace OrderConfirmation.Tests.Architecture;

/// <summary>
/// The edges issue 13 forbids by name. The layer table implies them all; they are listed again so that each is a test
/// case of its own, checked both in IL and in the source.
/// </summary>
internal static class ForbiddenEdges
{
    /// <summary>Each layer and the layers it must never name.</summary>
    public static IReadOnlyList<(string From, string[] To)> Table { get; } =
    [
        ("Rules", ["Review", "Changes", "Lifecycle", "Stages", "Formats", "Audit", "Kpis"]),
        ("Audit", ["Orders", "Findings", "Rules", "Calendars", "Kpis", "Review", "Changes", "Formats", "Lifecycle"]),
        ("Kpis", ["Review", "Lifecycle", "Rules", "Changes"]),
        ("Calendars", ["Rules"]),
        ("Lifecycle", ["Cases"]),
    ];

    /// <summary>The table as (from, to) test cases.</summary>
    public static TheoryData<string, string> Cases()
    {
        var cases = new TheoryData<string, string>();
        foreach (var (from, targets) in Table)
        {
            foreach (var to in targets)
            {
                cases.Add(from, to);
            }
        }

        return cases;
    }
}
