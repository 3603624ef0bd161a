using OrderConfirmation.Findings;

namespace OrderConfirmation.Rules;

/// <summary>A rule compiled to delegates: immutable and safe to evaluate from many threads at once.</summary>
internal sealed class CompiledRule
{
    /// <summary>The value every line rule's findings carry: the line's number.</summary>
    public const string LineNoValue = "lineNo";

    private static readonly IReadOnlyDictionary<string, object?> NoValues = System.Collections.ObjectModel.ReadOnlyDictionary<string, object?>.Empty;

    private readonly Func<RuleScope, bool> _passes;
    private readonly Func<RuleScope, object?>[] _values;
    private readonly MessageTemplate _message;

    public CompiledRule(RuleInfo info, Func<RuleScope, bool> passes, Func<RuleScope, object?>[] values, MessageTemplate message)
    {
        Info = info;
        _passes = passes;
        _values = values;
        _message = message;
    }

    public RuleInfo Info { get; }

    public RuleMetadata Metadata => Info.Metadata;

    /// <summary>Evaluates the rule; a failure or an evaluation error adds a finding.</summary>
    public void Evaluate(RuleScope scope, List<ReviewFinding> findings)
    {
        bool passes;
        try
        {
            passes = _passes(scope);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            findings.Add(EvaluationError(scope, e));
            return;
        }

        if (!passes)
        {
            findings.Add(Failure(scope));
        }
    }

    private ReviewFinding Failure(RuleScope scope)
    {
        var names = Info.ValueNames;
        // Stryker disable once Block : without values the general path below gives an equal finding (no values, no line: a rule of the order); this only spares the allocations
        if (names.Count == 0)
        {
            return new ReviewFinding(Info.Name, Metadata.Stage, Metadata.Department, Metadata.Severity, Metadata.Outcome, Metadata.Action, _message.Render([]), NoValues);
        }

        var values = new object?[names.Count];
        try
        {
            for (var i = 0; i < _values.Length; i++)
            {
                values[i] = Materialise(_values[i](scope));
            }
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            return EvaluationError(scope, e);
        }

        if (names.Count > _values.Length)
        {
            values[^1] = scope.LineNo;
        }

        var named = new OrderedDictionary<string, object?>(names.Count, StringComparer.Ordinal);
        for (var i = 0; i < names.Count; i++)
        {
            named.Add(names[i], values[i]);
        }

        return new ReviewFinding(Info.Name, Metadata.Stage, Metadata.Department, Metadata.Severity, Metadata.Outcome, Metadata.Action, _message.Render(values), named, scope.LineNo);
    }

    private ReviewFinding EvaluationError(RuleScope scope, Exception error)
    {
        var line = scope.LineNo is { } l ? $" on line {l}" : string.Empty;
        var message = $"The rule '{Info.Name}' could not be evaluated{line} ({error.GetType().Name}: {error.Message}); the order is held until the rule or the data is corrected.";
        var values = new OrderedDictionary<string, object?>(StringComparer.Ordinal) { ["error"] = error.GetType().Name };
        return ReviewFinding.SystemError(Info.Name, Metadata.Stage, Metadata.Department, message, values, scope.LineNo);
    }

    private static object? Materialise(object? value) =>
        value is System.Collections.IEnumerable items and not string
            ? items.Cast<object?>().ToArray()
            : value;
}
