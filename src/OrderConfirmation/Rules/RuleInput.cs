using System.Linq.Expressions;

namespace OrderConfirmation.Rules;

/// <summary>A name a stage's rule expressions can use, its type, how it is read from the stage's scope, and which rules see it.</summary>
/// <param name="Name">The name rule expressions use (<c>order</c>, <c>line</c>, …).</param>
/// <param name="Type">The input's type.</param>
/// <param name="Reader">Makes the read of the input from a compiled rule's scope parameter.</param>
/// <param name="Scope">Order inputs are seen by every rule of the stage, line inputs only by its line rules.</param>
internal sealed record RuleInput(string Name, Type Type, Func<ParameterExpression, Expression> Reader, RuleScopeKind Scope)
{
    /// <summary>An input read by a lambda over the scope, such as <c>scope =&gt; scope.Facts</c>: its body, on the given parameter.</summary>
    public static RuleInput FromLambda(string name, LambdaExpression read, RuleScopeKind scope) =>
        new(name, read.ReturnType, parameter => new ScopeSubstitution(read.Parameters[0], parameter).Visit(read.Body), scope);

    /// <summary>An input that is a public field of the scope object.</summary>
    public static RuleInput FromField(string name, System.Reflection.FieldInfo field, RuleScopeKind scope) =>
        new(name, field.FieldType, parameter => Expression.Field(parameter, field), scope);

    /// <summary>The expression that reads this input from the scope parameter of a compiled rule.</summary>
    public Expression Read(ParameterExpression scope) => Reader(scope);

    private sealed class ScopeSubstitution(ParameterExpression from, ParameterExpression to) : ExpressionVisitor
    {
        protected override Expression VisitParameter(ParameterExpression node) => node == from ? to : node;
    }
}
