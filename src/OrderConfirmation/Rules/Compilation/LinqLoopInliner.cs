using System.Linq.Expressions;

namespace OrderConfirmation.Rules.Compilation;

/// <summary>
/// Rewrites <c>All</c> and <c>Any</c> with a predicate over a list (such as <c>line.Requirements.All(r => …)</c>) into an
/// indexed loop, so that a passing rule allocates no enumerator, closure or delegate on each evaluation. A null list
/// still fails the evaluation (as <c>Enumerable.All</c> would), and the result is the same.
/// </summary>
internal sealed class LinqLoopInliner : ExpressionVisitor
{
    protected override Expression VisitMethodCall(MethodCallExpression node)
    {
        var call = (MethodCallExpression)base.VisitMethodCall(node);
        if (call.Method.DeclaringType != typeof(Enumerable) || call.Method.Name is not ("All" or "Any") || call.Arguments.Count != 2
            || call.Arguments[1] is not LambdaExpression { Parameters.Count: 1 } predicate
            || ListOf(call.Arguments[0].Type) is not { } list)
        {
            return call;
        }

        var all = call.Method.Name == "All";
        var element = list.GetGenericArguments()[0];
        var items = Expression.Variable(list, "items");
        // Stryker disable String : the variables' names show only in a debugger's view of the tree
        var index = Expression.Variable(typeof(int), "index");
        var result = Expression.Variable(typeof(bool), "result");
        // Stryker restore String
        var item = predicate.Parameters[0];
        var done = Expression.Label("done");
        var count = Expression.Property(items, typeof(IReadOnlyCollection<>).MakeGenericType(element).GetProperty(nameof(IReadOnlyCollection<int>.Count))!);
        var indexer = list.GetProperty("Item")!;
        var test = all ? Expression.Not(predicate.Body) : predicate.Body;
        return Expression.Block(
            typeof(bool),
            [items, index, result],
            Expression.Assign(items, Expression.Convert(call.Arguments[0], list)),
            Expression.IfThen(Expression.Equal(items, Expression.Constant(null, list)), Expression.Throw(Expression.New(typeof(ArgumentNullException).GetConstructor([typeof(string)])!, Expression.Constant("source")))),
            Expression.Assign(result, Expression.Constant(all)),
            Expression.Assign(index, Expression.Constant(0)),
            Expression.Loop(
                Expression.Block(
                    [item],
                    Expression.IfThen(Expression.GreaterThanOrEqual(index, count), Expression.Break(done)),
                    Expression.Assign(item, Expression.Property(items, indexer, index)),
                    Expression.IfThen(test, Expression.Block(Expression.Assign(result, Expression.Constant(!all)), Expression.Break(done))),
                    Expression.PreIncrementAssign(index)),
                done),
            result);
    }

    private static Type? ListOf(Type type)
    {
        if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(IReadOnlyList<>))
        {
            return type;
        }

        return type.GetInterfaces().FirstOrDefault(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IReadOnlyList<>));
    }
}
