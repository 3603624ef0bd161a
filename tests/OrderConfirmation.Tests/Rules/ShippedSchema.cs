using System.Text.Json;
using System.Text.Json.Nodes;
using Json.Schema;

namespace OrderConfirmation.Tests.Rules;

/// <summary>The JSON Schemas shipped in rules/ (copied next to the tests), and checking documents against them.</summary>
public static class ShippedSchema
{
    /// <summary>The schema of rule files.</summary>
    public const string RuleFileName = "rule-file.schema.json";

    /// <summary>The schema of the working-calendar file.</summary>
    public const string CalendarName = "calendar.schema.json";

    /// <summary>The schema of the department-task file.</summary>
    public const string TasksName = "tasks.schema.json";

    // "format" is only an annotation by default in draft 2020-12 and many editors do not assert it, so the tests
    // do not either: the schemas must reject malformed dates through "pattern" alone.
    private static readonly EvaluationOptions Options = new() { OutputFormat = OutputFormat.List };

    private static readonly Lazy<JsonSchema> RuleFile = new(() => Build(RuleFileName));

    private static readonly Lazy<JsonSchema> Calendar = new(() => Build(CalendarName));

    private static readonly Lazy<JsonSchema> Tasks = new(() => Build(TasksName));

    /// <summary>The shipped rules directory, as copied next to the tests.</summary>
    public static string RulesDirectory => Path.Combine(AppContext.BaseDirectory, "rules");

    /// <summary>A shipped schema's text.</summary>
    public static string Text(string schemaName) => File.ReadAllText(Path.Combine(RulesDirectory, schemaName));

    /// <summary>One of a shipped schema's definitions (<c>$defs</c>), to compare it with the library.</summary>
    public static JsonNode Definition(string schemaName, string name) =>
        JsonNode.Parse(Text(schemaName))!["$defs"]?[name] ?? throw new KeyNotFoundException($"{schemaName} defines no '{name}'.");

    /// <summary>The problems the rule-file schema finds in <paramref name="json"/>; empty when it is valid.</summary>
    public static IReadOnlyList<string> RuleFileProblems(string json) => Problems(RuleFile.Value, json);

    /// <summary>The problems the calendar schema finds in <paramref name="json"/>; empty when it is valid.</summary>
    public static IReadOnlyList<string> CalendarProblems(string json) => Problems(Calendar.Value, json);

    /// <summary>The problems the department-task schema finds in <paramref name="json"/>; empty when it is valid.</summary>
    public static IReadOnlyList<string> TaskProblems(string json) => Problems(Tasks.Value, json);

    /// <summary>The problems the JSON Schema 2020-12 meta-schema finds in a shipped schema; empty when it is a valid schema.</summary>
    public static IReadOnlyList<string> MetaSchemaProblems(string schemaName) => Problems(MetaSchemas.Draft202012, Text(schemaName));

    private static JsonSchema Build(string schemaName) => JsonSchema.FromText(Text(schemaName));

    private static List<string> Problems(JsonSchema schema, string json)
    {
        using var document = JsonDocument.Parse(json);
        var results = schema.Evaluate(document.RootElement, Options);
        if (results.IsValid)
        {
            return [];
        }

        var problems = (results.Details ?? []).Append(results)
            .Where(r => r.Errors is { Count: > 0 })
            .SelectMany(r => r.Errors!.Select(e => $"{r.InstanceLocation} ({e.Key}): {e.Value}"))
            .ToList();
        return problems.Count > 0 ? problems : ["The document does not match the schema."];
    }
}
