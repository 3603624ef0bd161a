using System.Linq.Expressions;

namespace OrderConfirmation.Rules.Compilation;

/// <summary>Replaces the named inputs of a parsed expression (<c>order</c>, <c>line</c>, …) with reads from the rule scope.</summary>
internal sealed class InputReplacer(IReadOnlyDictionary<ParameterExpression, Expression> inputs) : ExpressionVisitor
{
    protected override Expression VisitParameter(ParameterExpression node) =>
        inputs.TryGetValue(node, out var read) ? read : node;
}
