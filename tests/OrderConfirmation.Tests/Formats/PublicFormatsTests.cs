using System.Text.RegularExpressions;
using OrderConfirmation.Formats;

namespace OrderConfirmation.Tests.Formats;

/// <summary>
/// The formats layer shows hosts exactly the types the README lists for them ("Request and result formats"); the
/// documents, converters and the reading pipeline stay internal.
/// </summary>
public sealed partial class PublicFormatsTests
{
    private static string[] ReadmeTable()
    {
        var readme = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "README.md")).ReplaceLineEndings("\n");
        var section = readme[readme.IndexOf("\n## Request and result formats", StringComparison.Ordinal)..];
        section = section[..section.IndexOf("\n## ", 1, StringComparison.Ordinal)];
        return [.. section.Split('\n')
            .Where(line => line.StartsWith("| `", StringComparison.Ordinal))
            .SelectMany(line => TypeName().Matches(line.Split('|')[1]).Select(m => m.Groups[1].Value))
            .Order(StringComparer.Ordinal)];
    }

    [GeneratedRegex("`([A-Za-z]+)`")]
    private static partial Regex TypeName();

    [Fact]
    public void ExportedTypes_AreThoseTheReadmeListsForHosts()
    {
        var exported = typeof(ReviewRequestReader).Assembly.GetExportedTypes()
            .Where(t => t.Namespace is { } ns && (ns == typeof(ReviewRequestReader).Namespace || ns.StartsWith(typeof(ReviewRequestReader).Namespace + ".", StringComparison.Ordinal)))
            .Select(t => t.Name)
            .Order(StringComparer.Ordinal);

        Assert.Equal(ReadmeTable(), exported);
    }

    [Fact]
    public void ReadmeTable_ListsTheContractTypesTheSampleHostAndTheToolUse()
    {
        Assert.Equal(
            ["ChangeJsonWriter", "ChangeRequestReader", "ChangeReviewRequest", "DecisionJsonWriter", "JsonOutput", "KpiJsonWriter", "KpiRecordReader", "KpiRecordSet", "RequestFormatException", "RequestLimits", "ReviewRequestReader"],
            ReadmeTable());
    }
}
