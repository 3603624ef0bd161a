using OrderConfirmation.Findings;

namespace OrderConfirmation.Rules;

/// <summary>A rule compiled to delegates, whatever its stage: what a rule set lists about it.</summary>
internal abstract class CompiledRule(RuleInfo info, RuleStage stage)
{
    /// <summary>The value every line rule's findings carry: the line's number.</summary>
    public const string LineNoValue = "lineNo";

    public RuleInfo Info { get; } = info;

    /// <summary>The declaration of the stage the rule was compiled against.</summary>
    public RuleStage Stage { get; } = stage;

    public RuleMetadata Metadata => Info.Metadata;
}

/// <summary>A rule compiled to delegates over its stage's scope: immutable and safe to evaluate from many threads at once.</summary>
internal sealed class CompiledRule<TScope> : CompiledRule
{
    private static readonly IReadOnlyDictionary<string, object?> NoValues = System.Collections.ObjectModel.ReadOnlyDictionary<string, object?>.Empty;

    private readonly Func<TScope, bool> _passes;
    private readonly Func<TScope, object?>[] _values;
    private readonly MessageTemplate _message;

    public CompiledRule(RuleInfo info, RuleStage stage, Func<TScope, bool> passes, Func<TScope, object?>[] values, MessageTemplate message)
        : base(info, stage)
    {
        _passes = passes;
        _values = values;
        _message = message;
    }

    /// <summary>Evaluates the rule; a failure or an evaluation error adds a finding.</summary>
    /// <param name="scope">The inputs, positioned at the order (and, for a line rule, at the line).</param>
    /// <param name="lineNo">The number of the line a line rule is looking at; <see langword="null"/> for an order rule.</param>
    /// <param name="findings">Where the finding goes.</param>
    public void Evaluate(TScope scope, int? lineNo, List<ReviewFinding> findings)
    {
        bool passes;
        try
        {
            passes = _passes(scope);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            findings.Add(EvaluationError(lineNo, e));
            return;
        }

        if (!passes)
        {
            findings.Add(Failure(scope, lineNo));
        }
    }

    private ReviewFinding Failure(TScope scope, int? lineNo)
    {
        var names = Info.ValueNames;
        // Stryker disable once Block : without values the general path below gives an equal finding (no values, no line: a rule of the order); this only spares the allocations
        if (names.Count == 0)
        {
            return new ReviewFinding(Info.Name, Metadata.Stage, Metadata.Department, Metadata.Severity, Metadata.Outcome, Metadata.Action, _message.Render([]), NoValues);
        }

        // The values are read once, for the message and the finding; a rule's few go on the stack.
        var buffer = default(ValueBuffer);
        var values = names.Count <= ValueBuffer.Length ? ((Span<object?>)buffer)[..names.Count] : new object?[names.Count];
        try
        {
            for (var i = 0; i < _values.Length; i++)
            {
                values[i] = Materialise(_values[i](scope));
            }
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            return EvaluationError(lineNo, e);
        }

        if (names.Count > _values.Length)
        {
            values[^1] = lineNo;
        }

        var named = new OrderedDictionary<string, object?>(names.Count, StringComparer.Ordinal);
        for (var i = 0; i < names.Count; i++)
        {
            named.Add(names[i], values[i]);
        }

        return new ReviewFinding(Info.Name, Metadata.Stage, Metadata.Department, Metadata.Severity, Metadata.Outcome, Metadata.Action, _message.Render(values), named, lineNo);
    }

    private ReviewFinding EvaluationError(int? lineNo, Exception error)
    {
        var line = lineNo is { } l ? $" on line {l}" : string.Empty;
        var message = $"The rule '{Info.Name}' could not be evaluated{line} ({error.GetType().Name}: {error.Message}); the order is held until the rule or the data is corrected.";
        var values = new OrderedDictionary<string, object?>(StringComparer.Ordinal) { ["error"] = error.GetType().Name };
        return ReviewFinding.SystemError(Info.Name, Metadata.Stage, Metadata.Department, message, values, lineNo);
    }

    /// <summary>A value that is a list is kept as an array of its items, read now: a lazy sequence would be read again by whoever reads the finding.</summary>
    private static object? Materialise(object? value)
    {
        if (value is not System.Collections.IEnumerable items || value is string)
        {
            return value;
        }

        if (value is System.Collections.ICollection collection)
        {
            // Sized from the start, so that a list costs one array; read item by item, as any collection can be.
            var array = new object?[collection.Count];
            var i = 0;
            foreach (var item in collection)
            {
                array[i++] = item;
            }

            return array;
        }

        return items.Cast<object?>().ToArray();
    }

    /// <summary>Room for the values of a finding on the stack, for rules that show up to <see cref="Length"/> of them.</summary>
    [System.Runtime.CompilerServices.InlineArray(Length)]
    private struct ValueBuffer
    {
        public const int Length = 12;

        private object? _first;
    }
}
