using System.Text.Json.Nodes;
using OrderConfirmation.Rules;

namespace OrderConfirmation.Tests.Differential;

/// <summary>One RulesEngine workflow made from one of our rule files: the file's order rules or its line rules.</summary>
internal sealed record RulesEngineWorkflow(string Name, RuleScopeKind Scope, string Json);

/// <summary>
/// Turns our rule files into RulesEngine workflow JSON. Keeps only what RulesEngine's <c>Workflow</c> reads
/// for our rules (<c>WorkflowName</c>, <c>GlobalParams</c>, and per rule <c>RuleName</c>, <c>Expression</c>,
/// <c>LocalParams</c>, <c>RuleExpressionType</c>, <c>Enabled</c>) and drops our additions (<c>$schema</c>,
/// <c>VersionLabel</c>, <c>Properties</c>, …). <c>ErrorMessage</c> is dropped too, so a plain failure comes back
/// with an empty <c>ExceptionMessage</c> and only an exception fills it. Each file's rules are split by
/// <c>Properties.Scope</c> into "<c>{name}-Order</c>" and "<c>{name}-Line</c>" workflows, because line rules
/// need the <c>line</c> and <c>supply</c> inputs; both get the file's GlobalParams.
/// </summary>
internal static class RulesEngineWorkflows
{
    /// <summary>The files of the review stages; change eligibility uses other inputs and is left out.</summary>
    public static readonly string[] ReviewFileNames = ["completeness.json", "credit.json", "pricing.json", "technical.json", "supply.json"];

    private static readonly string[] KeptRuleFields = ["RuleName", "Expression", "LocalParams", "RuleExpressionType", "Enabled"];

    /// <summary>The shipped (embedded) rule files of the four review stages, the same bytes both engines read.</summary>
    public static IReadOnlyList<RuleFile> ReviewRuleFiles() =>
        [.. RuleFile.EmbeddedDefaults().Where(f => ReviewFileNames.Contains(Path.GetFileName(f.Path), StringComparer.Ordinal))];

    /// <summary>
    /// The RulesEngine workflows of the files. <paramref name="rewrite"/> (rule name, expression → expression)
    /// lets a test alter a copy of a rule to prove that a comparison can fail.
    /// </summary>
    public static IReadOnlyList<RulesEngineWorkflow> From(IEnumerable<RuleFile> files, Func<string, string, string>? rewrite = null)
    {
        var workflows = new List<RulesEngineWorkflow>();
        foreach (var file in files)
        {
            var content = file.Content.Span;
            var root = JsonNode.Parse(content.StartsWith("\uFEFF"u8) ? content[3..] : content)!.AsObject();
            var name = (string)root["WorkflowName"]!;
            foreach (var scope in new[] { RuleScopeKind.Order, RuleScopeKind.Line })
            {
                var rules = new JsonArray();
                foreach (var rule in root["Rules"]!.AsArray().Select(r => r!.AsObject()))
                {
                    var isLine = string.Equals((string?)rule["Properties"]?["Scope"], "Line", StringComparison.Ordinal);
                    if (isLine != (scope == RuleScopeKind.Line))
                    {
                        continue;
                    }

                    var kept = new JsonObject();
                    foreach (var field in KeptRuleFields.Where(rule.ContainsKey))
                    {
                        kept[field] = rule[field]?.DeepClone();
                    }

                    if (rewrite is not null)
                    {
                        kept["Expression"] = rewrite((string)rule["RuleName"]!, (string)rule["Expression"]!);
                    }

                    rules.Add(kept);
                }

                if (rules.Count == 0)
                {
                    continue;
                }

                var workflow = new JsonObject { ["WorkflowName"] = $"{name}-{scope}" };
                if (root["GlobalParams"] is { } globals)
                {
                    workflow["GlobalParams"] = globals.DeepClone();
                }

                workflow["Rules"] = rules;
                workflows.Add(new RulesEngineWorkflow($"{name}-{scope}", scope, workflow.ToJsonString()));
            }
        }

        return workflows;
    }
}
