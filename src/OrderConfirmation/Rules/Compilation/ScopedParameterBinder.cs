using System.Linq.Expressions;

namespace OrderConfirmation.Rules.Compilation;

/// <summary>
/// Gives an expression the scoped parameters (RulesEngine's GlobalParams and LocalParams) it uses:
/// a block that assigns each one it needs, directly or through another parameter, in declaration order.
/// Parameters it does not use cost nothing.
/// </summary>
internal static class ScopedParameterBinder
{
    public static Expression Bind(Expression body, IReadOnlyList<(ParameterExpression Variable, Expression Value)> variables)
    {
        var needed = Needed(body, variables);
        var used = variables.Where(v => needed.Contains(v.Variable)).ToList();
        // Stryker disable once Block : a block without variables around the body gives the same value; this keeps the parsed tree as it is
        if (used.Count == 0)
        {
            return body;
        }

        var statements = used.Select(v => (Expression)Expression.Assign(v.Variable, v.Value)).Append(body);
        return Expression.Block(body.Type, used.Select(v => v.Variable), statements);
    }

    /// <summary>
    /// Statements run in order in one block, each scoped parameter assigned once, just before the first statement that
    /// needs it: each statement sees what it would see bound on its own (<see cref="Bind"/>), and a parameter that fails
    /// fails at the same statement, but none is computed twice.
    /// </summary>
    public static Expression BindInSequence(IReadOnlyList<Expression> statements, IReadOnlyList<(ParameterExpression Variable, Expression Value)> variables)
    {
        var assigned = new HashSet<ParameterExpression>();
        var block = new List<Expression>();
        foreach (var statement in statements)
        {
            var needed = Needed(statement, variables);
            foreach (var (variable, value) in variables)
            {
                if (needed.Contains(variable) && assigned.Add(variable))
                {
                    block.Add(Expression.Assign(variable, value));
                }
            }

            block.Add(statement);
        }

        block.Add(Expression.Empty());
        return Expression.Block(typeof(void), variables.Select(v => v.Variable).Where(assigned.Contains), block);
    }

    /// <summary>
    /// The positions in <paramref name="variables"/> of the scoped parameters that <paramref name="bodies"/> read,
    /// directly or through another parameter, in declaration order.
    /// </summary>
    public static IReadOnlyList<int> Read(IEnumerable<Expression> bodies, IReadOnlyList<(ParameterExpression Variable, Expression Value)> variables)
    {
        var needed = new HashSet<ParameterExpression>();
        foreach (var body in bodies)
        {
            needed.UnionWith(Needed(body, variables));
        }

        return [.. Enumerable.Range(0, variables.Count).Where(i => needed.Contains(variables[i].Variable))];
    }

    /// <summary>Whether an expression reads nothing: no input, no parameter (a fixed value such as <c>30</c>).</summary>
    public static bool ReadsNothing(Expression expression) => ParameterCollector.Collect(expression).Count == 0;

    /// <summary>The scoped parameters an expression reads, directly or through another parameter.</summary>
    private static HashSet<ParameterExpression> Needed(Expression body, IReadOnlyList<(ParameterExpression Variable, Expression Value)> variables)
    {
        var needed = new HashSet<ParameterExpression>(ParameterCollector.Collect(body));
        // Stryker disable once Equality : the first parameter can read only inputs, so collecting what it reads changes nothing
        for (var i = variables.Count - 1; i >= 0; i--)
        {
            if (needed.Contains(variables[i].Variable))
            {
                needed.UnionWith(ParameterCollector.Collect(variables[i].Value));
            }
        }

        return needed;
    }

    private sealed class ParameterCollector : ExpressionVisitor
    {
        private readonly List<ParameterExpression> _found = [];

        public static List<ParameterExpression> Collect(Expression expression)
        {
            var collector = new ParameterCollector();
            collector.Visit(expression);
            return collector._found;
        }

        protected override Expression VisitParameter(ParameterExpression node)
        {
            _found.Add(node);
            return node;
        }
    }
}
