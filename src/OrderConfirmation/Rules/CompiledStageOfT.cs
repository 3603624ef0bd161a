using OrderConfirmation.Findings;

namespace OrderConfirmation.Rules;

/// <summary>
/// The compiled rules of one stage over its scope type, split by what they run over. The code that runs the stage
/// positions the scope (the order, then each line in turn) and calls <see cref="RunOrderRules"/> and
/// <see cref="RunLineRules"/>. Immutable and thread-safe; the scope is the caller's.
/// </summary>
internal sealed class CompiledStage<TScope>(RuleStage stage, CompiledRule<TScope>[] orderRules, CompiledRule<TScope>[] lineRules) : CompiledStage(stage)
    where TScope : class
{
    private readonly RuleRun<TScope>[] _orderRuns = RuleRun<TScope>.Split(orderRules);
    private readonly RuleRun<TScope>[] _lineRuns = RuleRun<TScope>.Split(lineRules);

    /// <summary>The rules that run once for the order, in load order.</summary>
    public IReadOnlyList<CompiledRule<TScope>> OrderRules => orderRules;

    /// <summary>The rules that run once per line, in load order.</summary>
    public IReadOnlyList<CompiledRule<TScope>> LineRules => lineRules;

    /// <summary>Whether the stage has rules that run once per line.</summary>
    public bool HasLineRules => lineRules.Length != 0;

    /// <summary>Evaluates the rules that run once for the order; failures and errors add findings.</summary>
    public void RunOrderRules(TScope scope, List<ReviewFinding> findings)
    {
        foreach (var run in _orderRuns)
        {
            run.Evaluate(scope, lineNo: null, findings);
        }
    }

    /// <summary>Evaluates the line rules for the line the scope is positioned at; their findings name the line.</summary>
    public void RunLineRules(TScope scope, int lineNo, List<ReviewFinding> findings)
    {
        foreach (var run in _lineRuns)
        {
            run.Evaluate(scope, lineNo, findings);
        }
    }
}
