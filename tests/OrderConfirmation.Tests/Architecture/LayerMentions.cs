using System.Text.RegularExpressions;

namespace OrderConfirmation.Tests.Architecture;

/// <summary>
/// Finds the layers a source file names in code and XML docs (<c>cref</c>), where IL sees no <c>nameof</c>, doc
/// reference or inlined constant: using directives and fully qualified names (<c>OrderConfirmation.Lifecycle…</c>), and
/// names qualified from the root namespace (<c>Lifecycle.OrderStatus</c>) when that is a real namespace or type of the
/// library — <c>Review.Findings</c> as a property path is not. Literals and plain comments are not read.
/// </summary>
internal static partial class LayerMentions
{
    /// <summary>Every (layer, place) a file names, <paramref name="libraryNames"/> telling real qualified names apart.</summary>
    public static IEnumerable<(string Layer, SourceHit Where)> In(string path, string text, IReadOnlySet<string> libraryNames)
    {
        var lines = CSharpSourceText.Lines(text, SourcePart.Code | SourcePart.DocComments);
        var original = text.Split('\n');
        for (var line = 0; line < lines.Length; line++)
        {
            foreach (Match match in FullyQualified().Matches(lines[line]))
            {
                var layer = LayerRules.LayerOf(match.Value.Replace("global::", string.Empty, StringComparison.Ordinal));
                yield return (layer, new SourceHit(path, line + 1, match.Value, original[line]));
            }

            foreach (Match match in RootQualified().Matches(lines[line]))
            {
                if (libraryNames.Contains("OrderConfirmation." + match.Value))
                {
                    yield return (match.Groups["layer"].Value, new SourceHit(path, line + 1, match.Value, original[line]));
                }
            }
        }
    }

    [GeneratedRegex(@"(?<![\w.])(global::)?OrderConfirmation\.\w+")]
    private static partial Regex FullyQualified();

    [GeneratedRegex(@"(?<![\w.:])(?<layer>[A-Z]\w*)\.[A-Z]\w*")]
    private static partial Regex RootQualified();
}
