namespace OrderConfirmation.Tests.Architecture;

/// <summary>
/// Finds the well-known review stages named in source code or literals (not in comments or XML docs): Rules must
/// never name a stage. IL cannot see this, enum constants being compiled to numbers.
/// </summary>
internal static class StageNames
{
    /// <summary>The well-known stages' names.</summary>
    public static IReadOnlyList<string> All { get; } =
        ["PreliminaryReview", "CreditAssessment", "TechnicalFeasibility", "SupplyCapability", "ChangeEligibility"];

    /// <summary>Every occurrence of a stage name (also inside a longer identifier) in the code and literals of a file.</summary>
    public static IEnumerable<SourceHit> In(string path, string text)
    {
        var lines = CSharpSourceText.Lines(text, SourcePart.Code | SourcePart.Literals);
        var original = text.Split('\n');
        for (var line = 0; line < lines.Length; line++)
        {
            foreach (var stage in All.Where(s => lines[line].Contains(s, StringComparison.Ordinal)))
            {
                yield return new SourceHit(path, line + 1, stage, original[line]);
            }
        }
    }
}
