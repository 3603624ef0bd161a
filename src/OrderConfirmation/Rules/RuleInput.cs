using System.Linq.Expressions;

namespace OrderConfirmation.Rules;

/// <summary>A name a stage's rule expressions can use, its type, how it is read from the stage's scope, and which rules see it.</summary>
/// <param name="Name">The name rule expressions use (<c>order</c>, <c>line</c>, …).</param>
/// <param name="Type">The input's type.</param>
/// <param name="Reader">The read, a lambda over the stage's scope object.</param>
/// <param name="Scope">Order inputs are seen by every rule of the stage, line inputs only by its line rules.</param>
internal sealed record RuleInput(string Name, Type Type, LambdaExpression Reader, RuleScopeKind Scope)
{
    /// <summary>The expression that reads this input from the scope parameter of a compiled rule.</summary>
    public Expression Read(ParameterExpression scope) => new ScopeSubstitution(Reader.Parameters[0], scope).Visit(Reader.Body);

    private sealed class ScopeSubstitution(ParameterExpression from, ParameterExpression to) : ExpressionVisitor
    {
        protected override Expression VisitParameter(ParameterExpression node) => node == from ? to : node;
    }
}
