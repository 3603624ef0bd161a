using OrderConfirmation.Findings;

namespace OrderConfirmation.Rules;

/// <summary>
/// What a stage of review offers its rules: the stage's name, which rule files name in <c>Stage</c>, and the inputs its
/// rule expressions may read (<c>order</c>, <c>line</c>, …), each with its type and where it comes from. The rules
/// are compiled against this declaration when they are loaded; the stage that runs them positions its scope object
/// and the rules read from it. Declare a stage with <see cref="RuleStage{TScope}"/>; load rules for a set of stages
/// through a <see cref="RuleStageCatalog"/>. A stage's inputs are fixed once a catalog holds it.
/// </summary>
public abstract class RuleStage
{
    private readonly List<RuleInput> _inputs = [];
    private volatile bool _sealed;

    private protected RuleStage(ReviewStage name)
    {
        if (name.Name.Length == 0)
        {
            throw new ArgumentException("A stage needs a name; the default ReviewStage is none.", nameof(name));
        }

        Name = name;
    }

    /// <summary>The stage's name, as rule files write it in <c>Stage</c> and findings carry it.</summary>
    public ReviewStage Name { get; }

    /// <summary>The names of the inputs every rule of the stage may read, in declaration order.</summary>
    public IReadOnlyList<string> OrderInputNames => [.. _inputs.Where(i => i.Scope == RuleScopeKind.Order).Select(i => i.Name)];

    /// <summary>The names of the inputs only the stage's line rules may read (besides <see cref="OrderInputNames"/>), in declaration order.</summary>
    public IReadOnlyList<string> LineInputNames => [.. _inputs.Where(i => i.Scope == RuleScopeKind.Line).Select(i => i.Name)];

    internal IReadOnlyList<RuleInput> Inputs => _inputs;

    /// <summary>The type of the object the stage's rules read their inputs from.</summary>
    internal abstract Type ScopeType { get; }

    /// <summary>The inputs a rule of this stage and scope may read.</summary>
    internal IEnumerable<RuleInput> InputsFor(RuleScopeKind scope) => _inputs.Where(i => scope == RuleScopeKind.Line || i.Scope == RuleScopeKind.Order);

    /// <summary>Gives the stage, with its scope type, to code that works per scope type (the compiler).</summary>
    internal abstract TResult Accept<TResult>(IRuleStageVisitor<TResult> visitor);

    /// <summary>The stage's enabled rules, compiled, split by what they run over.</summary>
    internal abstract CompiledStage Group(IEnumerable<CompiledRule> rules);

    /// <summary>Fixes the inputs: a stage held by a catalog may have rules compiled against it.</summary>
    internal void Seal() => _sealed = true;

    /// <summary>Adds an input; the caller has checked its name (see <see cref="NameProblem"/>).</summary>
    private protected void Add(RuleInput input)
    {
        if (_sealed)
        {
            throw new InvalidOperationException($"The stage {Name} is already in a catalog; declare its inputs before that.");
        }

        _inputs.Add(input);
    }

    /// <summary>Why a new input may not take this name, or <see langword="null"/> when it may.</summary>
    private protected string? NameProblem(string name) =>
        !RuleNames.IsIdentifier(name) ? $"'{name}' cannot name an input: use letters, digits and '_', starting with a letter."
        : _inputs.Exists(i => string.Equals(i.Name, name, StringComparison.OrdinalIgnoreCase)) ? $"The stage {Name} already has an input named '{name}'."
        : null;
}
