using OrderConfirmation.Diagnostics;
using OrderConfirmation.Findings;
using OrderConfirmation.Json;
using OrderConfirmation.Rules.Compilation;

namespace OrderConfirmation.Rules.Loading;

/// <summary>
/// Turns a parsed rule file into rule definitions, checking every required field and metadata value
/// and reporting each problem with its position; a rule with any problem is left out of the result.
/// </summary>
internal sealed class RuleDefinitionReader
{
    private readonly string _file;
    private readonly JsonPositionIndex _positions;
    private readonly List<RuleDiagnostic> _diagnostics;
    private readonly RuleStageCatalog _stages;

    public RuleDefinitionReader(string file, JsonPositionIndex positions, List<RuleDiagnostic> diagnostics, RuleStageCatalog stages)
    {
        _file = file;
        _positions = positions;
        _diagnostics = diagnostics;
        _stages = stages;
    }

    public IReadOnlyList<RuleDefinition> Read(RuleFileDocument document)
    {
        if (string.IsNullOrWhiteSpace(document.WorkflowName))
        {
            Report(string.Empty, null, RuleDiagnosticCodes.MissingField, "The file has no 'WorkflowName'.");
        }

        if (document.Rules is not { Count: > 0 })
        {
            Report("Rules", null, RuleDiagnosticCodes.MissingField, "The file has no 'Rules'.");
            return [];
        }

        var globals = ReadParameters(document.GlobalParams, "GlobalParams", rule: null);
        var definitions = new List<RuleDefinition>();
        for (var i = 0; i < document.Rules.Count; i++)
        {
            if (document.Rules[i] is not { } rule)
            {
                Report($"Rules[{i}]", null, RuleDiagnosticCodes.MissingField, "A rule is null; remove it or give its fields.");
                continue;
            }

            if (ReadRule(rule, $"Rules[{i}]", globals, Given(document.Description)) is { } definition)
            {
                definitions.Add(definition);
            }
        }

        return definitions;
    }

    private RuleDefinition? ReadRule(RuleDocument rule, string path, IReadOnlyList<ScopedParameter> globals, string? fileDescription)
    {
        var problems = _diagnostics.Count;
        var name = rule.RuleName?.Trim();
        if (string.IsNullOrEmpty(name))
        {
            Report(path, null, RuleDiagnosticCodes.MissingField, "A rule has no 'RuleName'.");
            return null;
        }

        var expression = Required(rule.Expression, path, "Expression", name);
        var message = Required(rule.ErrorMessage, path, "ErrorMessage", name);
        if (rule.RuleExpressionType is { } type && type != "LambdaExpression")
        {
            Report($"{path}.RuleExpressionType", name, RuleDiagnosticCodes.Unsupported, $"RuleExpressionType '{type}' is not supported; use 'LambdaExpression' or leave it out.");
        }

        var metadata = rule.Properties is null
            ? Missing(path, name, "Properties")
            : ReadMetadata(rule.Properties, $"{path}.Properties", name);
        var locals = ReadParameters(rule.LocalParams, $"{path}.LocalParams", name);
        var values = ReadValues(rule.Properties?.Values, $"{path}.Properties.Values", name);
        if (_diagnostics.Count > problems || expression is null || message is null || metadata is null)
        {
            return null;
        }

        return new RuleDefinition(
            _file,
            name,
            rule.Enabled ?? true,
            _stages.Find(metadata.Stage)!,
            metadata,
            new SourceText(expression, TextStart($"{path}.Expression")),
            message,
            TextStart($"{path}.ErrorMessage"),
            [.. globals, .. locals],
            values,
            Given(rule.Properties?.Description),
            fileDescription);
    }

    private static string? Given(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    private RuleMetadata? ReadMetadata(RulePropertiesDocument properties, string path, string rule)
    {
        var stage = ReadStage(properties.Stage, path, rule);
        var department = ReadEnum<Department>(properties.Department, path, "Department", rule);
        var severity = ReadEnum<FindingSeverity>(properties.Severity, path, "Severity", rule);
        var action = ReadEnum<ReviewAction>(properties.Action, path, "Action", rule);
        var scope = properties.Scope is null ? RuleScopeKind.Order : ReadEnum<RuleScopeKind>(properties.Scope, path, "Scope", rule);
        var outcome = properties.Outcome is null && severity is not FindingSeverity.Error
            ? ReviewOutcome.ReadyToConfirm
            : ReadEnum<ReviewOutcome>(properties.Outcome, path, "Outcome", rule);
        if (stage is null || department is null || severity is null || action is null || scope is null || outcome is null)
        {
            return null;
        }

        if (severity == FindingSeverity.Error && outcome == ReviewOutcome.ReadyToConfirm)
        {
            Report($"{path}.Outcome", rule, RuleDiagnosticCodes.InconsistentMetadata, "An Error rule must imply an outcome other than ReadyToConfirm (NeedsClarification, OnHold or Rejected).");
            return null;
        }

        if (severity != FindingSeverity.Error && outcome != ReviewOutcome.ReadyToConfirm)
        {
            Report($"{path}.Outcome", rule, RuleDiagnosticCodes.InconsistentMetadata, $"A {severity} rule never changes the outcome, so Outcome '{outcome}' would be ignored; make the rule an Error or leave Outcome out.");
            return null;
        }

        return new RuleMetadata(stage.Value, department.Value, severity.Value, outcome.Value, action.Value, scope.Value);
    }

    private List<ScopedParameter> ReadParameters(List<ScopedParamDocument?>? parameters, string path, string? rule)
    {
        var result = new List<ScopedParameter>();
        for (var i = 0; parameters is not null && i < parameters.Count; i++)
        {
            var itemPath = $"{path}[{i}]";
            if (parameters[i] is not { } parameter)
            {
                Report(itemPath, rule, RuleDiagnosticCodes.MissingField, "A parameter is null; remove it or give its Name and Expression.");
                continue;
            }

            var name = Required(parameter.Name, itemPath, "Name", rule);
            var expression = Required(parameter.Expression, itemPath, "Expression", rule);
            if (name is null || expression is null)
            {
                continue;
            }

            if (!RuleNames.IsIdentifier(name) || _stages.InputNames.Any(input => string.Equals(input, name, StringComparison.OrdinalIgnoreCase)))
            {
                Report($"{itemPath}.Name", rule, RuleDiagnosticCodes.InvalidName, $"'{name}' cannot name a parameter: use letters, digits and '_', starting with a letter, and not an input name ({string.Join(", ", _stages.InputNames)}).");
                continue;
            }

            if (result.Any(p => string.Equals(p.Name, name, StringComparison.OrdinalIgnoreCase)))
            {
                Report($"{itemPath}.Name", rule, RuleDiagnosticCodes.InvalidName, $"The parameter '{name}' is declared twice.");
                continue;
            }

            result.Add(new ScopedParameter(name, new SourceText(expression, TextStart($"{itemPath}.Expression"))));
        }

        return result;
    }

    private List<NamedExpression> ReadValues(Dictionary<string, string>? values, string path, string rule)
    {
        var result = new List<NamedExpression>();
        foreach (var (name, expression) in values ?? [])
        {
            if (!RuleNames.IsIdentifier(name))
            {
                Report($"{path}.{name}", rule, RuleDiagnosticCodes.InvalidName, $"'{name}' cannot name a value: use letters, digits and '_', starting with a letter.");
                continue;
            }

            if (string.IsNullOrWhiteSpace(expression))
            {
                Report($"{path}.{name}", rule, RuleDiagnosticCodes.MissingField, $"The value '{name}' has no expression.");
                continue;
            }

            result.Add(new NamedExpression(name, new SourceText(expression, TextStart($"{path}.{name}"))));
        }

        return result;
    }

    private ReviewStage? ReadStage(string? text, string path, string rule)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            Report(path, rule, RuleDiagnosticCodes.MissingField, "'Stage' is required.");
            return null;
        }

        if (_stages.FirstOrDefault(s => string.Equals(s.Name.Name, text, StringComparison.Ordinal)) is { } stage)
        {
            return stage.Name;
        }

        Report($"{path}.Stage", rule, RuleDiagnosticCodes.InvalidMetadata, $"Stage '{text}' is not one of: {string.Join(", ", _stages.Select(s => s.Name))}.");
        return null;
    }

    private TEnum? ReadEnum<TEnum>(string? text, string path, string field, string rule)
        where TEnum : struct, Enum
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            Report(path, rule, RuleDiagnosticCodes.MissingField, $"'{field}' is required.");
            return null;
        }

        foreach (var value in Enum.GetValues<TEnum>())
        {
            if (string.Equals(value.ToString(), text, StringComparison.Ordinal))
            {
                return value;
            }
        }

        Report($"{path}.{field}", rule, RuleDiagnosticCodes.InvalidMetadata, $"{field} '{text}' is not one of: {string.Join(", ", Enum.GetNames<TEnum>())}.");
        return null;
    }

    private string? Required(string? text, string path, string field, string? rule)
    {
        if (!string.IsNullOrWhiteSpace(text))
        {
            return text;
        }

        Report(text is null ? path : $"{path}.{field}", rule, RuleDiagnosticCodes.MissingField, $"'{field}' is required.");
        return null;
    }

    private RuleMetadata? Missing(string path, string rule, string field)
    {
        Report(path, rule, RuleDiagnosticCodes.MissingField, $"'{field}' is required.");
        return null;
    }

    private SourcePosition TextStart(string path) => _positions.Find(path).Advance(1);

    private void Report(string path, string? rule, string code, string message) =>
        _diagnostics.Add(new RuleDiagnostic(_file, _positions.Find(path), rule, code, message));
}
