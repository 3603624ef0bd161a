using NodaTime;
using OrderConfirmation.Diagnostics;
using OrderConfirmation.Findings;

namespace OrderConfirmation.Rules;

/// <summary>
/// A loaded, checked and compiled set of rules. Immutable: safe to share between threads and to
/// replace as a whole. Hosts create one with the rule-set loader of the stages layer above.
/// </summary>
public sealed class RuleSet
{
    private readonly CompiledStage[] _stages;

    internal RuleSet(string version, RuleStageCatalog catalog, IReadOnlyList<CompiledRule> rules, string? label = null, LocalDate? effectiveDate = null, IReadOnlyList<RuleDiagnostic>? warnings = null)
    {
        Version = version;
        Label = label;
        EffectiveDate = effectiveDate;
        Warnings = warnings ?? [];
        Rules = [.. rules.Select(r => r.Info)];
        var byStage = rules.ToLookup(r => r.Stage);
        _stages = [.. catalog.Where(byStage.Contains).Select(stage => stage.Group(byStage[stage]))];
        Stages = [.. _stages.Select(s => s.Stage.Name)];
        Declarations = [.. _stages.Select(s => s.Stage)];
    }

    /// <summary>The version of the rule set: a content hash of its files, such as <c>sha256:3f2a…</c>.</summary>
    public string Version { get; }

    /// <summary>The analysts' label for this version of the rules (<c>VersionLabel</c> in the files), if any.</summary>
    public string? Label { get; }

    /// <summary>The date from which the rules apply (<c>EffectiveDate</c> in the files), if any.</summary>
    public LocalDate? EffectiveDate { get; }

    /// <summary>The warnings found when the rules were loaded (for example a rule that can never fire).</summary>
    public IReadOnlyList<RuleDiagnostic> Warnings { get; }

    /// <summary>The stages that have at least one enabled rule, in the order of the catalog the rules were loaded with.</summary>
    public IReadOnlyList<ReviewStage> Stages { get; }

    /// <summary>How many enabled rules the set has.</summary>
    public int RuleCount => Rules.Count;

    /// <summary>The declarations of <see cref="Stages"/>, in the same order.</summary>
    internal RuleStage[] Declarations { get; }

    /// <summary>Every enabled rule, in file and declaration order.</summary>
    internal IReadOnlyList<RuleInfo> Rules { get; }

    /// <summary>The compiled rules of a stage, or <see langword="null"/> when the set has none for it. A stage is found by its declaration (the same object the rules were loaded with), not by name.</summary>
    internal CompiledStage<TScope>? For<TScope>(RuleStage<TScope> stage)
        where TScope : class
    {
        foreach (var compiled in _stages)
        {
            if (ReferenceEquals(compiled.Stage, stage))
            {
                return (CompiledStage<TScope>)compiled;
            }
        }

        return null;
    }
}
