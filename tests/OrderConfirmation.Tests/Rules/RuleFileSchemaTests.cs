using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using OrderConfirmation.Findings;
using OrderConfirmation.Orders;
using OrderConfirmation.Review;
using OrderConfirmation.Rules;
using OrderConfirmation.Stages;
using OrderConfirmation.Tests.Builders;
using static OrderConfirmation.Tests.Rules.ShippedSchema;

namespace OrderConfirmation.Tests.Rules;

/// <summary>
/// rules/rule-file.schema.json, which gives analysts' editors completion and inline errors, must describe what
/// <see cref="RuleSetLoader"/> accepts: the shipped files pass it, and files the loader rejects fail it.
/// </summary>
public sealed class RuleFileSchemaTests
{
    /// <summary>A rule file that uses every field the loader knows, and that both the schema and the loader accept.</summary>
    private const string Complete = """
        {
          "$schema": "./rule-file.schema.json",
          "WorkflowName": "SchemaExample",
          "Description": "Uses every field of a rule file.",
          "VersionLabel": "2026.11-b",
          "EffectiveDate": "2026-12-01",
          "GlobalParams": [ { "Name": "graceDays", "Expression": "30" } ],
          "Rules": [
            {
              "RuleName": "ExposureWithinLimit",
              "RuleExpressionType": "LambdaExpression",
              "LocalParams": [ { "Name": "exposure", "Expression": "credit == null ? order.Total : credit.OutstandingBalance + order.Total" } ],
              "Expression": "credit == null || credit.DaysOverdue > graceDays || exposure <= credit.CreditLimit",
              "ErrorMessage": "Exposure {exposure:N2} exceeds the limit {limit} ({{limit}} in braces).",
              "Enabled": true,
              "Properties": {
                "Stage": "CreditAssessment", "Department": "Finance", "Severity": "Error", "Outcome": "OnHold", "Action": "CreditLimitExceeded",
                "Scope": "Order", "Description": "Article 4.2.", "Values": { "exposure": "exposure", "limit": "credit.CreditLimit" }
              }
            },
            {
              "RuleName": "LineQuantityPositive",
              "Expression": "line.Quantity != null && line.Quantity > 0",
              "ErrorMessage": "Line {lineNo} has quantity {quantity}.",
              "Properties": {
                "Stage": "PreliminaryReview", "Department": "Sales", "Severity": "Warning", "Action": "AskCustomer", "Scope": "Line",
                "Values": { "quantity": "line.Quantity" }
              }
            }
          ]
        }
        """;

    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    public static TheoryData<string> ShippedRuleFiles =>
        [.. RuleFile.FromDirectory(RulesDirectory).Select(f => Path.GetFileName(f.Path))];

    /// <summary>Files the loader rejects, each with one problem, that the schema must reject too.</summary>
    public static TheoryData<string, string> BrokenFiles => new()
    {
        { "unknown top-level field", Variant(file => file["Version"] = "1") },
        { "unknown rule field (RulesEngine's SuccessEvent)", Variant(file => FirstRule(file)["SuccessEvent"] = "ok") },
        { "unknown metadata field", Variant(file => Metadata(file)["Owner"] = "Finance") },
        { "unknown parameter field", Variant(file => file["GlobalParams"]![0]!["Comment"] = "days") },
        { "missing WorkflowName", Variant(file => file.Remove("WorkflowName")) },
        { "blank WorkflowName", Variant(file => file["WorkflowName"] = " ") },
        { "no rules", Variant(file => file["Rules"] = new JsonArray()) },
        { "missing RuleName", Variant(file => FirstRule(file).Remove("RuleName")) },
        { "blank RuleName", Variant(file => FirstRule(file)["RuleName"] = "  ") },
        { "missing Expression", Variant(file => FirstRule(file).Remove("Expression")) },
        { "blank Expression", Variant(file => FirstRule(file)["Expression"] = " ") },
        { "missing ErrorMessage", Variant(file => FirstRule(file).Remove("ErrorMessage")) },
        { "blank ErrorMessage", Variant(file => FirstRule(file)["ErrorMessage"] = "") },
        { "missing Properties", Variant(file => FirstRule(file).Remove("Properties")) },
        { "missing Stage", Variant(file => Metadata(file).Remove("Stage")) },
        { "unknown Stage", Variant(file => Metadata(file)["Stage"] = "CreditCheck") },
        { "unknown Department", Variant(file => Metadata(file)["Department"] = "Legal") },
        { "unknown Severity", Variant(file => Metadata(file)["Severity"] = "Critical") },
        { "Severity in the wrong case", Variant(file => Metadata(file)["Severity"] = "error") },
        { "unknown Action", Variant(file => Metadata(file)["Action"] = "CallCustomer") },
        { "Error without Outcome", Variant(file => Metadata(file).Remove("Outcome")) },
        { "Error with Outcome ReadyToConfirm", Variant(file => Metadata(file)["Outcome"] = "ReadyToConfirm") },
        { "Warning with Outcome OnHold", Variant(file => Metadata(file, rule: 1)["Outcome"] = "OnHold") },
        { "unknown Outcome", Variant(file => Metadata(file)["Outcome"] = "Postponed") },
        { "unsupported RuleExpressionType", Variant(file => FirstRule(file)["RuleExpressionType"] = "Workflow") },
        { "unknown Scope", Variant(file => Metadata(file)["Scope"] = "Customer") },
        { "Enabled not a boolean", Variant(file => FirstRule(file)["Enabled"] = "yes") },
        { "EffectiveDate not YYYY-MM-DD", Variant(file => file["EffectiveDate"] = "01.12.2026") },
        { "blank VersionLabel", Variant(file => file["VersionLabel"] = "") },
        { "value name not an identifier", Variant(file => Metadata(file)["Values"]!["credit limit"] = "credit.CreditLimit") },
        { "blank value expression", Variant(file => Metadata(file)["Values"]!["limit"] = " ") },
        { "parameter named like an input", Variant(file => file["GlobalParams"]![0]!["Name"] = "today") },
        { "parameter name not an identifier", Variant(file => file["GlobalParams"]![0]!["Name"] = "grace-days") },
        { "parameter without Expression", Variant(file => FirstRule(file)["LocalParams"]![0]!.AsObject().Remove("Expression")) },
        { "message with an unclosed placeholder", Variant(file => FirstRule(file)["ErrorMessage"] = "Exposure {exposure is too high.") },
        { "message with a stray closing brace", Variant(file => FirstRule(file)["ErrorMessage"] = "Exposure } is too high.") },
    };

    /// <summary>Files the loader accepts although they differ from <see cref="Complete"/>; the schema must not flag them.</summary>
    public static TheoryData<string, string> AcceptedFiles => new()
    {
        { "only the required fields", Variant(file => { file.Remove("$schema"); file.Remove("Description"); file.Remove("VersionLabel"); file.Remove("EffectiveDate"); }) },
        { "Warning with Outcome ReadyToConfirm", Variant(file => Metadata(file, rule: 1)["Outcome"] = "ReadyToConfirm") },
        { "Info rule", Variant(file => Metadata(file, rule: 1)["Severity"] = "Info") },
        { "Scope left out", Variant(file => Metadata(file).Remove("Scope")) },
        { "disabled rule", Variant(file => FirstRule(file)["Enabled"] = false) },
        { "placeholder with spaces and a format", Variant(file => FirstRule(file)["ErrorMessage"] = "Exposure { exposure : #,##0.00 }.") },
    };

    [Theory]
    [MemberData(nameof(ShippedRuleFiles))]
    public void Schema_ShippedRuleFile_Validates(string fileName)
    {
        var json = File.ReadAllText(Path.Combine(RulesDirectory, fileName));

        Assert.Empty(RuleFileProblems(json));
    }

    [Theory]
    [MemberData(nameof(ShippedRuleFiles))]
    public void ShippedRuleFile_FirstProperty_ReferencesTheSchema(string fileName)
    {
        using var document = JsonDocument.Parse(File.ReadAllText(Path.Combine(RulesDirectory, fileName)));

        var first = document.RootElement.EnumerateObject().First();

        Assert.Equal(("$schema", "./" + RuleFileName), (first.Name, first.Value.GetString()));
    }

    [Fact]
    public void Schema_ItsOwnText_IsAValidDraft202012Schema() =>
        Assert.Empty(MetaSchemaProblems(RuleFileName));

    [Fact]
    public void SchemaAndLoader_CompleteFile_BothAccept()
    {
        Assert.Empty(RuleFileProblems(Complete));

        var ruleSet = RuleSetLoader.Load([AsRuleFile(Complete)]);

        Assert.Equal(["ExposureWithinLimit", "LineQuantityPositive"], ruleSet.Rules.Select(r => r.Name));
    }

    [Fact]
    public void CompleteFile_OrderOverTheCreditLimit_RendersTheFormattedExposureAndLiteralBraces()
    {
        // Balance 20,000.50 + this order 12,000 (10 × 1,200) = 32,000.50 against a limit of 25,000.
        var facts = new FactsBuilder().WithCredit(new CreditProfile(25_000m, 20_000.50m, 0m, 0m, 0, 0, blocked: false));

        var decision = ReviewEvaluator.Evaluate(RuleSetLoader.Load([AsRuleFile(Complete)]), facts.Build());

        var finding = Assert.Single(decision.Findings);
        Assert.Equal(("ExposureWithinLimit", "Exposure 32,000.50 exceeds the limit 25000 ({limit} in braces)."), (finding.Rule, finding.Message));
    }

    [Fact]
    public void CompleteFile_LineWithoutQuantity_RendersTheLineNumberAndNone()
    {
        var facts = new FactsBuilder().WithOrder(o => o.WithLine(l => l with { Quantity = null }));

        var decision = ReviewEvaluator.Evaluate(RuleSetLoader.Load([AsRuleFile(Complete)]), facts.Build());

        var finding = Assert.Single(decision.Findings);
        Assert.Equal(("LineQuantityPositive", "Line 1 has quantity (none)."), (finding.Rule, finding.Message));
    }

    [Theory]
    [MemberData(nameof(BrokenFiles))]
    public void SchemaAndLoader_BrokenFile_BothReject(string problem, string json)
    {
        Assert.True(RuleFileProblems(json).Count > 0, $"The schema accepts a file with this problem: {problem}.");

        Assert.Throws<RuleSetLoadException>(() => RuleSetLoader.Load([AsRuleFile(json)]));
    }

    [Theory]
    [MemberData(nameof(AcceptedFiles))]
    public void SchemaAndLoader_AcceptedVariant_BothAccept(string variant, string json)
    {
        var problems = RuleFileProblems(json);
        Assert.True(problems.Count == 0, $"The schema rejects a file the loader accepts ({variant}): {string.Join(" | ", problems)}");

        Assert.NotEmpty(RuleSetLoader.Load([AsRuleFile(json)]).Rules);
    }

    [Theory]
    [InlineData("department", typeof(Department))]
    [InlineData("severity", typeof(FindingSeverity))]
    [InlineData("outcome", typeof(ReviewOutcome))]
    [InlineData("action", typeof(ReviewAction))]
    [InlineData("scope", typeof(RuleScopeKind))]
    public void Schema_MetadataEnum_ListsTheLibrarysValuesEachWithADescription(string definition, Type enumType)
    {
        var schema = Definition(RuleFileName, definition);

        var values = schema["enum"]!.AsArray().Select(v => v!.GetValue<string>());
        var descriptions = schema["enumDescriptions"]!.AsArray().Select(d => d!.GetValue<string>()).ToList();

        Assert.Equal(Enum.GetNames(enumType), values);
        Assert.Equal(Enum.GetNames(enumType).Length, descriptions.Count);
        Assert.All(descriptions, d => Assert.False(string.IsNullOrWhiteSpace(d)));
    }

    [Fact]
    public void Schema_Stage_ListsTheStandardStagesEachWithADescription()
    {
        var schema = Definition(RuleFileName, "stage");

        var values = schema["enum"]!.AsArray().Select(v => v!.GetValue<string>());
        var descriptions = schema["enumDescriptions"]!.AsArray().Select(d => d!.GetValue<string>()).ToList();

        Assert.Equal(StandardStages.Catalog.Select(s => s.Name.Name), values);
        Assert.Equal(StandardStages.Catalog.Count, descriptions.Count);
        Assert.All(descriptions, d => Assert.False(string.IsNullOrWhiteSpace(d)));
    }

    [Fact]
    public void Schema_ReservedParameterNames_AreTheStandardStagesInputs()
    {
        var reserved = Definition(RuleFileName, "inputName")["enum"]!.AsArray().Select(v => v!.GetValue<string>());

        Assert.Equal(StandardStages.Catalog.InputNames.Order(StringComparer.Ordinal), reserved.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void FromDirectory_ShippedRulesDirectory_LeavesOutTheSchemas()
    {
        Assert.True(File.Exists(Path.Combine(RulesDirectory, RuleFileName)));
        Assert.True(File.Exists(Path.Combine(RulesDirectory, CalendarName)));

        var files = RuleFile.FromDirectory(RulesDirectory);

        Assert.NotEmpty(files);
        Assert.DoesNotContain(files, f => f.Path.EndsWith(".schema.json", StringComparison.Ordinal));
    }

    [Fact]
    public void EmbeddedDefaults_ShippedDirectory_HoldTheSameRuleFiles()
    {
        var files = RuleFile.EmbeddedDefaults();

        Assert.Equal(RuleFile.FromDirectory(RulesDirectory).Select(f => Path.GetFileName(f.Path)), files.Select(f => f.Path));
    }

    [Fact]
    public void Package_Resources_EmbedNoSchema() =>
        Assert.DoesNotContain(typeof(RuleFile).Assembly.GetManifestResourceNames(), n => n.Contains("schema", StringComparison.OrdinalIgnoreCase));

    private static RuleFile AsRuleFile(string json) => new("schema-example.json", Encoding.UTF8.GetBytes(json));

    private static string Variant(Action<JsonObject> change)
    {
        var file = JsonNode.Parse(Complete)!.AsObject();
        change(file);
        return file.ToJsonString(Indented);
    }

    private static JsonObject FirstRule(JsonObject file) => file["Rules"]![0]!.AsObject();

    private static JsonObject Metadata(JsonObject file, int rule = 0) => file["Rules"]![rule]!["Properties"]!.AsObject();
}
