using System.Linq.Expressions;

namespace OrderConfirmation.Rules.Compilation;

/// <summary>
/// Finds rule expressions that read no input (no order, line, credit, … and no parameter): their value is the same for
/// every order, so the rule never fires or always fires, which is almost never what the analyst meant.
/// </summary>
internal sealed class ConstantExpressionCheck : ExpressionVisitor
{
    private bool _readsInput;

    /// <summary>The expression's constant value, or <see langword="null"/> when it reads an input or cannot be worked out.</summary>
    public static bool? ConstantValue(Expression predicate)
    {
        var check = new ConstantExpressionCheck();
        check.Visit(predicate);
        if (check._readsInput)
        {
            return null;
        }

        try
        {
            // Stryker disable once Boolean : interpreted or compiled, the value is the same; interpreting spares compiling a delegate run once
            return Expression.Lambda<Func<bool>>(predicate).Compile(preferInterpretation: true)();
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            return null;
        }
    }

    protected override Expression VisitParameter(ParameterExpression node)
    {
        _readsInput = true;
        return node;
    }
}
