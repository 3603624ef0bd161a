using System.Text.Json.Nodes;
using OrderConfirmation.Findings;
using OrderConfirmation.Rules;

namespace OrderConfirmation.Tests.Differential;

/// <summary>
/// Reads rule files for the reference pipeline, independently of the library's loader: the metadata straight from
/// each rule's <c>Properties</c> (the names the README documents), and one RulesEngine workflow per file, stage and
/// scope. In a workflow every rule keeps its RulesEngine fields (<c>RuleName</c>, <c>Expression</c>,
/// <c>LocalParams</c>, <c>RuleExpressionType</c>, <c>Enabled</c>, the file's <c>GlobalParams</c>); a rule with values
/// gets an <c>OnFailure</c> <c>OutputExpression</c> action that computes them all as one <c>object[]</c>, so
/// RulesEngine itself evaluates the values of a failed rule, with its parameters in scope. <c>ErrorMessage</c> is
/// dropped, so a plain failure comes back with an empty <c>ExceptionMessage</c> and only an exception fills it.
/// </summary>
internal static class ReferenceRuleFiles
{
    private static readonly string[] KeptRuleFields = ["RuleName", "Expression", "LocalParams", "RuleExpressionType", "Enabled"];

    /// <summary>The rules of the files, in file order and, within a file, in declaration order.</summary>
    public static IReadOnlyList<ReferenceRule> Rules(IReadOnlyList<RuleFile> files)
    {
        var rules = new List<ReferenceRule>();
        for (var i = 0; i < files.Count; i++)
        {
            foreach (var rule in RulesOf(Root(files[i])))
            {
                var properties = rule["Properties"]!.AsObject();
                var values = properties["Values"] is JsonObject declared
                    ? declared.Select(v => new KeyValuePair<string, string>(v.Key, (string)v.Value!)).ToList()
                    : [];
                rules.Add(new ReferenceRule(
                    i,
                    (string)rule["RuleName"]!,
                    (bool?)rule["Enabled"] ?? true,
                    new ReviewStage((string)properties["Stage"]!),
                    Enum.Parse<RuleScopeKind>((string?)properties["Scope"] ?? "Order"),
                    Enum.Parse<Department>((string)properties["Department"]!),
                    Enum.Parse<FindingSeverity>((string)properties["Severity"]!),
                    properties["Outcome"] is { } outcome ? Enum.Parse<ReviewOutcome>((string)outcome!) : ReviewOutcome.ReadyToConfirm,
                    Enum.Parse<ReviewAction>((string)properties["Action"]!),
                    (string)rule["ErrorMessage"]!,
                    values));
            }
        }

        return rules;
    }

    /// <summary>The name of the workflow holding a file's rules of one stage and scope.</summary>
    public static string WorkflowName(int file, ReviewStage stage, RuleScopeKind scope) => $"{file}-{stage}-{scope}";

    /// <summary>
    /// The RulesEngine workflow JSON of every file, stage and scope that has rules. <paramref name="rewrite"/> (rule
    /// name, expression → expression) lets a test alter a copy of a rule to prove that a comparison can fail.
    /// </summary>
    public static IReadOnlyList<string> Workflows(IReadOnlyList<RuleFile> files, Func<string, string, string>? rewrite = null)
    {
        var workflows = new List<string>();
        for (var i = 0; i < files.Count; i++)
        {
            var root = Root(files[i]);
            foreach (var group in RulesOf(root).GroupBy(r => (Stage: (string)r["Properties"]!["Stage"]!, Scope: (string?)r["Properties"]!["Scope"] ?? "Order")))
            {
                var rules = new JsonArray();
                foreach (var rule in group)
                {
                    var kept = new JsonObject();
                    foreach (var field in KeptRuleFields.Where(rule.ContainsKey))
                    {
                        kept[field] = rule[field]?.DeepClone();
                    }

                    if (rewrite is not null)
                    {
                        kept["Expression"] = rewrite((string)rule["RuleName"]!, (string)rule["Expression"]!);
                    }

                    if (rule["Properties"]!["Values"] is JsonObject values && values.Count > 0)
                    {
                        var expression = $"new object[] {{ {string.Join(", ", values.Select(v => $"({(string)v.Value!})"))} }}";
                        kept["Actions"] = new JsonObject
                        {
                            ["OnFailure"] = new JsonObject { ["Name"] = "OutputExpression", ["Context"] = new JsonObject { ["Expression"] = expression } },
                        };
                    }

                    rules.Add(kept);
                }

                var workflow = new JsonObject
                {
                    ["WorkflowName"] = WorkflowName(i, new ReviewStage(group.Key.Stage), Enum.Parse<RuleScopeKind>(group.Key.Scope)),
                };
                if (root["GlobalParams"] is { } globals)
                {
                    workflow["GlobalParams"] = globals.DeepClone();
                }

                workflow["Rules"] = rules;
                workflows.Add(workflow.ToJsonString());
            }
        }

        return workflows;
    }

    private static JsonObject Root(RuleFile file)
    {
        var content = file.Content.Span;
        return JsonNode.Parse(content.StartsWith("\uFEFF"u8) ? content[3..] : content)!.AsObject();
    }

    private static IEnumerable<JsonObject> RulesOf(JsonObject root) => root["Rules"]!.AsArray().Select(r => r!.AsObject());
}
