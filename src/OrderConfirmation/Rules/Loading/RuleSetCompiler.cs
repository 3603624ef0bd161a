using System.Security.Cryptography;
using System.Text.Json;
using OrderConfirmation.Diagnostics;
using OrderConfirmation.Json;
using OrderConfirmation.Rules.Compilation;
using OrderConfirmation.Rules.Sandbox;

namespace OrderConfirmation.Rules.Loading;

/// <summary>
/// Reads, checks and compiles rule files against a catalog of stages, all at once: either a complete
/// <see cref="RuleSet"/> or every problem. Hosts load rules through the public loader of the stages layer
/// above, which knows the regulation's stages.
/// </summary>
internal static class RuleSetCompiler
{
    /// <summary>Loads rule files, or throws listing every problem.</summary>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="RuleSetLoadException">A file is invalid, or there is none; the exception lists every problem.</exception>
    /// <param name="files">The files.</param>
    /// <param name="stages">The stages the rules are written for.</param>
    /// <param name="reuse">What the last load of the same files compiled, to recompile only the files that changed; <see langword="null"/> to compile everything.</param>
    public static RuleSet Load(IEnumerable<RuleFile> files, RuleStageCatalog stages, CompiledRuleReuse? reuse = null)
    {
        var validation = Validate(files, stages, reuse);
        return validation.RuleSet ?? throw new RuleSetLoadException(validation.Errors);
    }

    /// <summary>
    /// Checks rule files and compiles them when they have no error; never throws for a problem in the files.
    /// Warnings (such as a rule whose expression is constant) do not stop the rules from loading.
    /// </summary>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <param name="files">The files.</param>
    /// <param name="stages">The stages the rules are written for.</param>
    /// <param name="reuse">What the last load of the same files compiled, to recompile only the files that changed; <see langword="null"/> to compile everything.</param>
    public static RuleSetValidation Validate(IEnumerable<RuleFile> files, RuleStageCatalog stages, CompiledRuleReuse? reuse = null)
    {
        ArgumentNullException.ThrowIfNull(files);
        ArgumentNullException.ThrowIfNull(stages);
        reuse?.Begin(stages);
        var fileList = files.ToList();
        var diagnostics = new List<RuleDiagnostic>();
        if (fileList.Count == 0)
        {
            diagnostics.Add(new RuleDiagnostic("(rules)", SourcePosition.Start, null, RuleDiagnosticCodes.NoRuleFiles, "No rule file was found."));
        }

        var compiler = new RuleExpressionCompiler(diagnostics, ExpressionAllowList.InputTypes(stages.SelectMany(s => s.Inputs).Select(i => i.Type)));
        var rules = new List<CompiledRule>();
        var ruleNames = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var workflows = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var version = new RuleSetVersionReader(diagnostics);
        foreach (var file in fileList)
        {
            if (Parse(file, diagnostics) is not var (document, positions))
            {
                continue;
            }

            if (document.WorkflowName is { } workflow && !workflows.TryAdd(workflow, file.Path))
            {
                diagnostics.Add(new RuleDiagnostic(file.Path, positions.Find("WorkflowName"), null, RuleDiagnosticCodes.DuplicateName, $"The workflow '{workflow}' is already defined in {workflows[workflow]}."));
            }

            version.Read(file.Path, document, positions);
            var compilations = reuse?.For(file);
            var definitions = new RuleDefinitionReader(file.Path, positions, diagnostics, stages).Read(document);
            for (var index = 0; index < definitions.Count; index++)
            {
                var definition = definitions[index];
                if (!ruleNames.TryAdd(definition.Name, file.Path))
                {
                    diagnostics.Add(new RuleDiagnostic(file.Path, definition.Expression.Position, definition.Name, RuleDiagnosticCodes.DuplicateName, $"Another rule is already named '{definition.Name}' (in {ruleNames[definition.Name]}); rule names must be unique."));
                    continue;
                }

                var compiled = compilations is null ? compiler.Compile(definition) : compilations.Compile(index, definition, compiler, diagnostics);
                if (compiled is not null && definition.Enabled)
                {
                    rules.Add(compiled);
                }
            }
        }

        reuse?.End();

        var ordered = diagnostics
            .GroupBy(d => (d.File, d.Position, d.Code, d.Message, d.Severity))
            .Select(g => g.Skip(1).Any(d => d.Rule != g.First().Rule) ? g.First() with { Rule = null } : g.First())
            .OrderBy(d => d.File, StringComparer.Ordinal).ThenBy(d => d.Position.Line).ThenBy(d => d.Position.Column)
            .ToArray();
        var warnings = Array.FindAll(ordered, d => d.Severity == RuleDiagnosticSeverity.Warning);
        var ruleSet = ordered.Length > warnings.Length ? null : new RuleSet(Hash(fileList), stages, rules, version.Label, version.EffectiveDate, warnings);
        return new RuleSetValidation(ruleSet, ordered);
    }

    private static (RuleFileDocument Document, JsonPositionIndex Positions)? Parse(RuleFile file, List<RuleDiagnostic> diagnostics)
    {
        var content = Utf8Bom.Skip(file.Content.Span);
        try
        {
            var document = JsonSerializer.Deserialize(content, RuleFileJsonContext.Default.RuleFileDocument);
            if (document is null)
            {
                diagnostics.Add(new RuleDiagnostic(file.Path, SourcePosition.Start, null, RuleDiagnosticCodes.InvalidJson, "The file holds 'null', not a rule file."));
                return null;
            }

            return (document, JsonPositionIndex.Build(content));
        }
        catch (JsonException e)
        {
            var position = JsonProblem.IsUnknownProperty(e) && e.Path is { Length: > 2 } path
                ? JsonPositionIndex.Build(content).Find(path[2..])
                : new SourcePosition((int)(e.LineNumber ?? 0) + 1, (int)(e.BytePositionInLine ?? 0) + 1);
            diagnostics.Add(new RuleDiagnostic(file.Path, position, null, RuleDiagnosticCodes.InvalidJson, Describe(e)));
            return null;
        }
    }

    private static string Describe(JsonException e)
    {
        var text = JsonProblem.Problem(e);
        return e.Path is { Length: > 1 } path ? $"{text} (at {path})" : text;
    }

    private static string Hash(IReadOnlyList<RuleFile> files)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var file in files.OrderBy(f => System.IO.Path.GetFileName(f.Path), StringComparer.Ordinal))
        {
            hash.AppendData(System.Text.Encoding.UTF8.GetBytes(System.IO.Path.GetFileName(file.Path) + "\n"));
            hash.AppendData(file.Content.Span);
            hash.AppendData("\n"u8);
        }

        return "sha256:" + Convert.ToHexStringLower(hash.GetHashAndReset())[..16];
    }
}
