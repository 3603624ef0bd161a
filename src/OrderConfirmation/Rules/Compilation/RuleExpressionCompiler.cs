using System.Linq.Dynamic.Core.Exceptions;
using System.Linq.Expressions;
using FastExpressionCompiler;
using NodaTime;
using OrderConfirmation.Diagnostics;
using OrderConfirmation.Orders;
using OrderConfirmation.Rules.Sandbox;
using RulesEngine.ExpressionBuilders;
using RulesEngine.Models;

namespace OrderConfirmation.Rules.Compilation;

/// <summary>
/// Parses rule expressions with RulesEngine's <see cref="RuleExpressionParser"/> and compiles them once,
/// at load, into typed delegates over the scope object of the rule's stage (<see cref="RuleStage{TScope}"/>): each input
/// the expression names becomes the stage's read of it. Problems become diagnostics with the position inside the file;
/// nothing is deferred to the first evaluation.
/// </summary>
internal sealed class RuleExpressionCompiler
{
    /// <summary>
    /// The types whose methods expressions may call (the expression language calls only those of the types it is told
    /// of): the <see cref="Check"/> helpers, NodaTime's <see cref="LocalDate"/> and every public type of the domain model
    /// (<see cref="Orders"/>), so that a stage reading a new domain type needs no change here. The sandbox
    /// (<see cref="ExpressionAllowList"/>) still decides what an expression may use.
    /// </summary>
    private static readonly Type[] ExpressionTypes =
    [
        typeof(Check), typeof(LocalDate),
        .. typeof(Order).Assembly.GetExportedTypes().Where(t => t.Namespace == typeof(Order).Namespace && !t.IsGenericTypeDefinition),
    ];

    /// <summary>
    /// One parser for the process: creating one scans every loaded assembly for expression types (most of a cold
    /// load), so later loads and hot reloads reuse it. Parsing is serialised on it; it happens only at load.
    /// </summary>
    private static readonly Lazy<RuleExpressionParser> SharedParser = new(() => new RuleExpressionParser(new ReSettings
    {
        CustomTypes = ExpressionTypes,
        EnableExceptionAsErrorMessageForRuleExpressionParsing = true,
    }));

    private static readonly System.Reflection.MethodInfo MaterialiseValue = typeof(CompiledRule).GetMethod(nameof(CompiledRule.Materialise))!;

    private readonly List<RuleDiagnostic> _diagnostics;
    private readonly IReadOnlySet<Type> _inputTypes;

    /// <param name="diagnostics">Where problems go.</param>
    /// <param name="inputTypes">Types outside this library that the stages' inputs declare, which rules may therefore read (see <see cref="ExpressionAllowList"/>).</param>
    public RuleExpressionCompiler(List<RuleDiagnostic> diagnostics, IReadOnlySet<Type>? inputTypes = null)
    {
        _diagnostics = diagnostics;
        _inputTypes = inputTypes ?? new HashSet<Type>();
    }

    /// <summary>Compiles a rule against the declaration of its stage; problems become diagnostics and give <see langword="null"/>.</summary>
    public CompiledRule? Compile(RuleDefinition rule) => rule.Stage.Accept(new StageCompilation(this, rule));

    private CompiledRule<TScope>? Compile<TScope>(RuleStage<TScope> stage, RuleDefinition rule)
        where TScope : class
    {
        var problems = _diagnostics.Count;
        var scope = Expression.Parameter(typeof(TScope), "scope");
        var inputs = stage.InputsFor(rule.Metadata.Scope).ToDictionary(i => Expression.Parameter(i.Type, i.Name), i => i.Read(scope));
        var variables = new List<(ParameterExpression Variable, Expression Value)>();
        foreach (var parameter in rule.Parameters)
        {
            var known = inputs.Keys.Concat(variables.Select(v => v.Variable)).ToArray();
            if (Parse(rule, parameter.Expression, known, returnType: null, $"parameter '{parameter.Name}'") is { } value)
            {
                variables.Add((Expression.Variable(value.Type, parameter.Name), value));
            }
        }

        if (_diagnostics.Count > problems)
        {
            return null;
        }

        var names = inputs.Keys.Concat(variables.Select(v => v.Variable)).ToArray();
        var predicate = Parse(rule, rule.Expression, names, typeof(bool), "expression");
        var values = new List<Expression>();
        foreach (var value in rule.Values)
        {
            if (Parse(rule, value.Expression, names, returnType: null, $"value '{value.Name}'") is { } body)
            {
                values.Add(body);
            }
        }

        var valueNames = rule.Values.Select(v => v.Name).ToList();
        if (rule.Metadata.Scope == RuleScopeKind.Line && !valueNames.Contains(CompiledRule.LineNoValue))
        {
            valueNames.Add(CompiledRule.LineNoValue);
        }

        MessageTemplate? message = null;
        try
        {
            message = MessageTemplate.Parse(rule.Message, valueNames);
        }
        catch (FormatException e)
        {
            _diagnostics.Add(new RuleDiagnostic(rule.File, rule.MessagePosition, rule.Name, RuleDiagnosticCodes.InvalidMessage, e.Message));
        }

        if (predicate is null || message is null || _diagnostics.Count > problems)
        {
            return null;
        }

        if (ConstantExpressionCheck.ConstantValue(predicate) is { } constant)
        {
            var effect = constant
                ? "always true, so the rule never fires"
                : "always false, so the rule fires for every order";
            _diagnostics.Add(new RuleDiagnostic(rule.File, rule.Expression.Position, rule.Name, RuleDiagnosticCodes.ConstantRule, $"The expression reads no input and is {effect}; did you mean to compare a field of the order?", RuleDiagnosticSeverity.Warning));
        }

        return new CompiledRule<TScope>(
            new RuleInfo(rule.Name, rule.File, rule.Metadata, rule.Message, valueNames),
            stage,
            Resolve<TScope, bool>(predicate, scope, inputs, variables),
            ReadValues<TScope>(values, scope, inputs, variables),
            values.Count,
            message);
    }

    private Expression? Parse(RuleDefinition rule, SourceText text, ParameterExpression[] names, Type? returnType, string what)
    {
        if (text.Text.Length > ExpressionAllowList.MaxLength)
        {
            Report(rule, text.Position, RuleDiagnosticCodes.ForbiddenExpression, $"The {what} is {text.Text.Length} characters long; at most {ExpressionAllowList.MaxLength} are allowed.");
            return null;
        }

        try
        {
            var parser = SharedParser.Value;
            Expression body;
            lock (parser)
            {
                body = parser.Parse(text.Text, names, returnType);
            }

            if (ExpressionAllowList.Problem(text.Text, body, _inputTypes) is { } forbidden)
            {
                Report(rule, text.Position, RuleDiagnosticCodes.ForbiddenExpression, $"The {what} is not allowed: {forbidden}");
                return null;
            }

            if (returnType == typeof(bool) && body.Type != typeof(bool))
            {
                // Stryker disable once all : unreachable with the current parser (asked for true or false it refuses any other type
                // itself, caught below); kept so that a parser that returned another type is reported, not thrown at compilation
                Report(rule, text.Position, RuleDiagnosticCodes.NotBoolean, $"The {what} must yield true or false, but yields {body.Type.Name}.");
                return null;
            }

            return body;
        }
        catch (ParseException e) when (returnType == typeof(bool) && e.Message.StartsWith("Expression of type", StringComparison.Ordinal))
        {
            Report(rule, text.Position.Advance(e.Position), RuleDiagnosticCodes.NotBoolean, $"The {what} must yield true or false: {e.Message}");
        }
        catch (ParseException e)
        {
            Report(rule, text.Position.Advance(e.Position), RuleDiagnosticCodes.InvalidExpression, $"The {what} does not parse: {e.Message} (at character {e.Position + 1}).");
        }
        catch (Exception e) when (e is InvalidOperationException or ArgumentException or NotSupportedException or System.Reflection.AmbiguousMatchException)
        {
            Report(rule, text.Position, RuleDiagnosticCodes.InvalidExpression, $"The {what} cannot be compiled: {e.Message}");
        }

        return null;
    }

    /// <summary>One rule's compilation, dispatched on its stage's scope type.</summary>
    private sealed class StageCompilation(RuleExpressionCompiler compiler, RuleDefinition rule) : IRuleStageVisitor<CompiledRule?>
    {
        public CompiledRule? Visit<TScope>(RuleStage<TScope> stage)
            where TScope : class => compiler.Compile(stage, rule);
    }

    private void Report(RuleDefinition rule, SourcePosition position, string code, string message) =>
        _diagnostics.Add(new RuleDiagnostic(rule.File, position, rule.Name, code, message));

    /// <summary>
    /// One delegate that reads all of a rule's values, in order, into an array: each scoped parameter is computed once,
    /// before the first value that needs it, so that the values read as they would one by one, without reading a
    /// parameter twice or calling a delegate per value.
    /// </summary>
    private static Action<TScope, object?[]> ReadValues<TScope>(
        List<Expression> values,
        ParameterExpression scope,
        Dictionary<ParameterExpression, Expression> inputs,
        List<(ParameterExpression Variable, Expression Value)> variables)
    {
        var into = Expression.Parameter(typeof(object?[]), "values");
        var reads = values.Select((value, i) => (Expression)Expression.Assign(Expression.ArrayAccess(into, Expression.Constant(i)), Expression.Call(MaterialiseValue, Expression.Convert(value, typeof(object)))));
        var bound = ScopedParameterBinder.BindInSequence([.. reads], variables);
        var resolved = new LinqLoopInliner().Visit(new InputReplacer(inputs).Visit(bound));
        return Expression.Lambda<Action<TScope, object?[]>>(resolved, scope, into).CompileFast();
    }

    /// <summary>The expression over the scope, its parameters bound, inputs read and list loops inlined, not yet compiled.</summary>
    private static Expression<Func<TScope, T>> Resolve<TScope, T>(
        Expression body,
        ParameterExpression scope,
        Dictionary<ParameterExpression, Expression> inputs,
        List<(ParameterExpression Variable, Expression Value)> variables)
    {
        var bound = ScopedParameterBinder.Bind(body, variables);
        var resolved = new LinqLoopInliner().Visit(new InputReplacer(inputs).Visit(bound));
        return Expression.Lambda<Func<TScope, T>>(resolved, scope);
    }
}
