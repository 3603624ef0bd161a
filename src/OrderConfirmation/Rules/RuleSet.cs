using NodaTime;
using OrderConfirmation.Diagnostics;
using OrderConfirmation.Findings;

namespace OrderConfirmation.Rules;

/// <summary>
/// A loaded, checked and compiled set of rules. Immutable: safe to share between threads and to
/// replace as a whole. Create one with <see cref="RuleSetLoader"/>.
/// </summary>
public sealed class RuleSet
{
    private readonly Dictionary<ReviewStage, StageRules> _stages;

    internal RuleSet(string version, IReadOnlyList<CompiledRule> rules, string? label = null, LocalDate? effectiveDate = null, IReadOnlyList<RuleDiagnostic>? warnings = null)
    {
        Version = version;
        Label = label;
        EffectiveDate = effectiveDate;
        Warnings = warnings ?? [];
        Rules = [.. rules.Select(r => r.Info)];
        _stages = rules
            .GroupBy(r => r.Metadata.Stage)
            .ToDictionary(g => g.Key, g => new StageRules(
                [.. g.Where(r => r.Metadata.Scope == RuleScopeKind.Order)],
                [.. g.Where(r => r.Metadata.Scope == RuleScopeKind.Line)]));
    }

    /// <summary>The version of the rule set: a content hash of its files, such as <c>sha256:3f2a…</c>.</summary>
    public string Version { get; }

    /// <summary>The analysts' label for this version of the rules (<c>VersionLabel</c> in the files), if any.</summary>
    public string? Label { get; }

    /// <summary>The date from which the rules apply (<c>EffectiveDate</c> in the files), if any.</summary>
    public LocalDate? EffectiveDate { get; }

    /// <summary>The warnings found when the rules were loaded (for example a rule that can never fire).</summary>
    public IReadOnlyList<RuleDiagnostic> Warnings { get; }

    /// <summary>Every enabled rule, in file and declaration order.</summary>
    public IReadOnlyList<RuleInfo> Rules { get; }

    internal StageRules? RulesFor(ReviewStage stage) => _stages.GetValueOrDefault(stage);

    /// <summary>The compiled rules of one stage, split by what they run over.</summary>
    internal sealed record StageRules(CompiledRule[] OrderRules, CompiledRule[] LineRules);
}
