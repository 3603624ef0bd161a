using System.Linq.Dynamic.Core;
using System.Linq.Dynamic.Core.Exceptions;
using System.Linq.Dynamic.Core.Parser;
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
/// Parses rule expressions as RulesEngine's <see cref="RuleExpressionParser"/> does (with System.Linq.Dynamic.Core's
/// parser, see <see cref="SharedConfig"/>) and compiles them once,
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
    internal static readonly Type[] ExpressionTypes =
    [
        typeof(Check), typeof(LocalDate),
        .. typeof(Order).Assembly.GetExportedTypes().Where(t => t.Namespace == typeof(Order).Namespace && !t.IsGenericTypeDefinition),
    ];

    /// <summary>The types the expressions are parsed with, known without any scan of the loaded assemblies.</summary>
    internal static ExpressionTypeProvider TypeProvider { get; } = new(ExpressionTypes);

    /// <summary>
    /// The parser's settings, for the process: those RulesEngine's <see cref="RuleExpressionParser"/> gives
    /// System.Linq.Dynamic.Core's parser for our <see cref="ReSettings"/> (case-insensitive names, the
    /// <see cref="ExpressionTypes"/>), except that the types come from <see cref="ExpressionTypeProvider"/>, which knows
    /// them without scanning every loaded assembly. Immutable once built, so later loads and hot reloads share it, on any thread.
    /// </summary>
    private static readonly ParsingConfig SharedConfig = new()
    {
        CustomTypeProvider = TypeProvider,
        IsCaseSensitive = false,
    };

    private static readonly System.Reflection.MethodInfo MaterialiseValue = typeof(CompiledRule).GetMethod(nameof(CompiledRule.Materialise))!;

    private readonly List<RuleDiagnostic> _diagnostics;
    private readonly IReadOnlySet<Type> _inputTypes;
    private readonly Dictionary<(RuleStage Stage, RuleScopeKind Scope), (ParameterExpression Scope, Dictionary<ParameterExpression, Expression> Inputs)> _inputs = [];
    private readonly Dictionary<ParsedParameterKey, (ParameterExpression Variable, Expression Value)> _parsedParameters = [];

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
        var (scope, inputs) = InputsFor(stage, rule.Metadata.Scope);
        var variables = new List<(ParameterExpression Variable, Expression Value)>();
        foreach (var parameter in rule.Parameters)
        {
            var known = inputs.Keys.Concat(variables.Select(v => v.Variable)).ToArray();
            var key = new ParsedParameterKey(parameter, known);
            if (_parsedParameters.TryGetValue(key, out var parsed))
            {
                variables.Add(parsed);
            }
            else if (Parse(rule, parameter.Expression, known, returnType: null, $"parameter '{parameter.Name}'") is { } value)
            {
                // Only a parameter that parsed and passed the sandbox is shared: a problem is reported for every rule.
                parsed = (Expression.Variable(value.Type, parameter.Name), value);
                _parsedParameters.Add(key, parsed);
                variables.Add(parsed);
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

        var parameters = ScopedParameterBinder.Read([predicate, .. values], variables)
            .Select(i => new RuleParameterInfo(rule.Parameters[i].Name, rule.Parameters[i].Expression.Text, ScopedParameterBinder.ReadsNothing(variables[i].Value)))
            .ToArray();
        return new CompiledRule<TScope>(
            new RuleInfo(rule.Name, rule.File, rule.Metadata, rule.Message, valueNames)
            {
                Description = rule.Description,
                FileDescription = rule.FileDescription,
                Parameters = parameters,
            },
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
            // What RuleExpressionParser.Parse does with EnableExceptionAsErrorMessageForRuleExpressionParsing: parse
            // and let a ParseException through.
            var body = new ExpressionParser(names, text.Text, [], SharedConfig).Parse(returnType);

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

    /// <summary>
    /// The scope parameter and the inputs a rule of the stage and scope may name, with how each is read from the scope:
    /// the same objects for every such rule of this load, so that parsed parameters can be shared between them.
    /// </summary>
    private (ParameterExpression Scope, Dictionary<ParameterExpression, Expression> Inputs) InputsFor<TScope>(RuleStage<TScope> stage, RuleScopeKind kind)
        where TScope : class
    {
        if (!_inputs.TryGetValue((stage, kind), out var inputs))
        {
            var scope = Expression.Parameter(typeof(TScope), "scope");
            inputs = (scope, stage.InputsFor(kind).ToDictionary(i => Expression.Parameter(i.Type, i.Name), i => i.Read(scope)));
            _inputs.Add((stage, kind), inputs);
        }

        return inputs;
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
