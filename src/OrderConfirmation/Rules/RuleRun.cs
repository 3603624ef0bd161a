using System.Linq.Expressions;
using FastExpressionCompiler;
using OrderConfirmation.Findings;

namespace OrderConfirmation.Rules;

/// <summary>
/// Up to <see cref="MaxRules"/> consecutive rules of a stage that run over the same scope, their predicates compiled
/// together into one delegate that says which of them fail (bit <c>i</c> for the run's <c>i</c>-th rule): a passing rule
/// costs no call of its own, as in hand-written code. Only failed rules read their values and render their messages,
/// in rule order. When a predicate throws, the whole run is evaluated again rule by rule, so that the rule that threw
/// gets its evaluation error and the others their usual findings: predicates read immutable inputs and give the same
/// answer twice. Immutable and thread-safe.
/// </summary>
internal sealed class RuleRun<TScope>
    where TScope : class
{
    /// <summary>
    /// The most rules one delegate checks: the bits of an <see cref="int"/> with room to spare, and small enough that the
    /// JIT optimises the combined method fully (it stops optimising very large methods).
    /// </summary>
    public const int MaxRules = 16;

    private readonly CompiledRule<TScope>[] _rules;
    private readonly Func<TScope, int> _failures;

    private RuleRun(CompiledRule<TScope>[] rules)
    {
        _rules = rules;
        var scope = Expression.Parameter(typeof(TScope), "scope");
        var failed = Expression.Variable(typeof(int), "failed");
        var checks = new List<Expression>(rules.Length + 1);
        for (var i = 0; i < rules.Length; i++)
        {
            var passes = rules[i].Passes;
            var predicate = new ScopeSubstitution(passes.Parameters[0], scope).Visit(passes.Body);
            checks.Add(Expression.IfThen(Expression.Not(predicate), Expression.Assign(failed, Expression.Or(failed, Expression.Constant(1 << i)))));
        }

        checks.Add(failed);
        _failures = Expression.Lambda<Func<TScope, int>>(Expression.Block([failed], checks), scope).CompileFast();
    }

    /// <summary>The rules, in order, split into runs of at most <see cref="MaxRules"/>.</summary>
    public static RuleRun<TScope>[] Split(CompiledRule<TScope>[] rules) =>
        [.. rules.Chunk(MaxRules).Select(run => new RuleRun<TScope>(run))];

    /// <summary>Evaluates the run's rules; failures and evaluation errors add findings, in rule order.</summary>
    /// <param name="scope">The inputs, positioned at the order (and, for line rules, at the line).</param>
    /// <param name="lineNo">The number of the line line rules are looking at; <see langword="null"/> for order rules.</param>
    /// <param name="findings">Where the findings go.</param>
    public void Evaluate(TScope scope, int? lineNo, List<ReviewFinding> findings)
    {
        int failed;
        try
        {
            failed = _failures(scope);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            foreach (var rule in _rules)
            {
                rule.Evaluate(scope, lineNo, findings);
            }

            return;
        }

        for (var i = 0; failed != 0; i++, failed >>= 1)
        {
            if ((failed & 1) != 0)
            {
                findings.Add(_rules[i].Failure(scope, lineNo));
            }
        }
    }

    private sealed class ScopeSubstitution(ParameterExpression from, ParameterExpression to) : ExpressionVisitor
    {
        protected override Expression VisitParameter(ParameterExpression node) => node == from ? to : node;
    }
}
