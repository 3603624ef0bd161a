using System.Text.Json.Nodes;
using OrderConfirmation.Rules;
using OrderConfirmation.Stages;

namespace OrderConfirmation.Tests.HostileInput;

/// <summary>The valid documents the mutation properties start from: the shipped sample requests and rule files.</summary>
public static class HostileSamples
{
    /// <summary>samples/requests/*.json, by name.</summary>
    public static IReadOnlyList<(string Name, JsonNode Json)> ReviewRequests { get; } = Load("samples", "requests");

    /// <summary>samples/changes/*.json, by name.</summary>
    public static IReadOnlyList<(string Name, JsonNode Json)> ChangeRequests { get; } = Load("samples", "changes");

    /// <summary>The shipped rule files (rules/*.json without the calendar and the schemas), as the loader reads them.</summary>
    public static IReadOnlyList<RuleFile> RuleFiles { get; } = RuleFile.FromDirectory(Path.Combine(AppContext.BaseDirectory, "rules"));

    /// <summary>The default rules, loaded once.</summary>
    public static RuleSet DefaultRules { get; } = RuleSetLoader.LoadDefaults();

    private static (string Name, JsonNode Json)[] Load(params string[] directory) =>
        [.. Directory.EnumerateFiles(Path.Combine([AppContext.BaseDirectory, .. directory]), "*.json")
            .Order(StringComparer.Ordinal)
            .Select(f => (Path.GetFileName(f), JsonNode.Parse(File.ReadAllBytes(f))!))];
}
