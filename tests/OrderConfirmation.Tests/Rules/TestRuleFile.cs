using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using OrderConfirmation.Diagnostics;
using OrderConfirmation.Rules;
using OrderConfirmation.Stages;

namespace OrderConfirmation.Tests.Rules;

/// <summary>One rule of a test rule file; the defaults make a preliminary-review error rule of order scope.</summary>
public sealed record TestRule(string Expression, string Message = "The rule failed.")
{
    public string Name { get; init; } = "TestRule";

    public string Stage { get; init; } = "PreliminaryReview";

    public string Department { get; init; } = "Sales";

    public string Severity { get; init; } = "Error";

    public string? Outcome { get; init; } = "NeedsClarification";

    public string Action { get; init; } = "AskCustomer";

    /// <summary><c>Line</c> for a line rule; <see langword="null"/> leaves the field out (order scope).</summary>
    public string? Scope { get; init; }

    public IReadOnlyList<KeyValuePair<string, string>> Values { get; init; } = [];

    public IReadOnlyList<KeyValuePair<string, string>> LocalParams { get; init; } = [];

    public TestRule WithValue(string name, string expression) => this with { Values = [.. Values, new(name, expression)] };

    public TestRule WithLocalParam(string name, string expression) => this with { LocalParams = [.. LocalParams, new(name, expression)] };

#pragma warning disable CA1507 // The strings are the rule file format's field names, which must not follow a rename of these properties.
    public JsonObject ToJson()
    {
        var properties = new JsonObject
        {
            ["Stage"] = Stage,
            ["Department"] = Department,
            ["Severity"] = Severity,
            ["Action"] = Action,
        };
        if (Outcome is not null)
        {
            properties["Outcome"] = Outcome;
        }

        if (Scope is not null)
        {
            properties["Scope"] = Scope;
        }

        if (Values.Count > 0)
        {
            var values = new JsonObject();
            foreach (var (name, expression) in Values)
            {
                values[name] = expression;
            }

            properties["Values"] = values;
        }

        var rule = new JsonObject { ["RuleName"] = Name };
        if (LocalParams.Count > 0)
        {
            rule["LocalParams"] = TestRuleFile.Parameters(LocalParams);
        }

        rule["Expression"] = Expression;
        rule["ErrorMessage"] = Message;
        rule["Properties"] = properties;
        return rule;
    }
#pragma warning restore CA1507
}

/// <summary>Builds a one-workflow rule file from <see cref="TestRule"/>s, loads it and reviews with it.</summary>
public static class TestRuleFile
{
    public const string FileName = "test.json";

    public static RuleFile Create(IReadOnlyList<KeyValuePair<string, string>> globalParams, params TestRule[] rules)
    {
        var file = new JsonObject { ["WorkflowName"] = "Test" };
        if (globalParams.Count > 0)
        {
            file["GlobalParams"] = Parameters(globalParams);
        }

        file["Rules"] = new JsonArray([.. rules.Select(r => (JsonNode)r.ToJson())]);
        return new RuleFile(FileName, Encoding.UTF8.GetBytes(file.ToJsonString(new JsonSerializerOptions { WriteIndented = true })));
    }

    public static RuleSetValidation Validate(params TestRule[] rules) => RuleSetLoader.Validate([Create([], rules)]);

    public static RuleSetValidation Validate(IReadOnlyList<KeyValuePair<string, string>> globalParams, params TestRule[] rules) =>
        RuleSetLoader.Validate([Create(globalParams, rules)]);

    public static RuleSet Load(params TestRule[] rules) => RuleSetLoader.Load([Create([], rules)]);

    public static RuleSet Load(IReadOnlyList<KeyValuePair<string, string>> globalParams, params TestRule[] rules) =>
        RuleSetLoader.Load([Create(globalParams, rules)]);

    /// <summary>The single error the rule file gives when it loads.</summary>
    public static RuleDiagnostic SingleError(params TestRule[] rules) => Assert.Single(Validate(rules).Errors);

    internal static JsonArray Parameters(IReadOnlyList<KeyValuePair<string, string>> parameters) =>
        new([.. parameters.Select(p => (JsonNode)new JsonObject { ["Name"] = p.Key, ["Expression"] = p.Value })]);
}
