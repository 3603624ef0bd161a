using System.Linq.Expressions;
using FastExpressionCompiler;
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

    /// <summary>A list per thread to read a lazy sequence into (see <see cref="Materialise"/>); taken while in use.</summary>
    [ThreadStatic]
    private static List<object?>? _sequenceItems;

    /// <summary>A value that is a list is kept as an array of its items, read now: a lazy sequence would be read again by whoever reads the finding.</summary>
    public static object? Materialise(object? value)
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

        // A lazy sequence (a filter such as Where) is read once into a list the thread keeps, then copied at its size.
        var read = _sequenceItems ?? [];
        _sequenceItems = null;
        try
        {
            foreach (var item in items)
            {
                read.Add(item);
            }

            return read.ToArray();
        }
        finally
        {
            read.Clear();
            _sequenceItems = read;
        }
    }
}

/// <summary>A rule compiled to delegates over its stage's scope: immutable and safe to evaluate from many threads at once.</summary>
internal sealed class CompiledRule<TScope> : CompiledRule
{
    private static readonly IReadOnlyDictionary<string, object?> NoValues = System.Collections.ObjectModel.ReadOnlyDictionary<string, object?>.Empty;

    /// <summary>A spare array per thread to read a finding's values into; taken while in use.</summary>
    [ThreadStatic]
    private static object?[]? _spareValues;

    /// <summary>The length of a thread's spare array of values: more than any default rule shows.</summary>
    private const int SpareValuesLength = 16;

    private readonly Action<TScope, object?[]> _readValues;
    private readonly int _valueCount;
    private readonly MessageTemplate _message;
    private Func<TScope, bool>? _passes;

    /// <param name="info">What the rule is.</param>
    /// <param name="stage">The stage it was compiled against.</param>
    /// <param name="passes">Whether the scope passes the rule.</param>
    /// <param name="readValues">Reads the rule's declared values, in order and each through <see cref="CompiledRule.Materialise"/>, into the start of an array.</param>
    /// <param name="valueCount">How many values <paramref name="readValues"/> reads (the line number of a line rule comes after them).</param>
    /// <param name="message">The message template.</param>
    public CompiledRule(RuleInfo info, RuleStage stage, Expression<Func<TScope, bool>> passes, Action<TScope, object?[]> readValues, int valueCount, MessageTemplate message)
        : base(info, stage)
    {
        Passes = passes;
        _readValues = readValues;
        _valueCount = valueCount;
        _message = message;
    }

    /// <summary>
    /// Whether the scope passes the rule, as an expression over the scope: a stage compiles its rules' predicates together
    /// (<see cref="RuleRun{TScope}"/>), so that evaluating a rule costs no call of its own.
    /// </summary>
    public Expression<Func<TScope, bool>> Passes { get; }

    /// <summary>
    /// Evaluates the rule on its own; a failure or an evaluation error adds a finding. A stage does this only for the
    /// rules of a run in which some predicate threw, so the rule's own delegate is compiled the first time it is needed.
    /// </summary>
    /// <param name="scope">The inputs, positioned at the order (and, for a line rule, at the line).</param>
    /// <param name="lineNo">The number of the line a line rule is looking at; <see langword="null"/> for an order rule.</param>
    /// <param name="findings">Where the finding goes.</param>
    public void Evaluate(TScope scope, int? lineNo, List<ReviewFinding> findings)
    {
        bool passes;
        try
        {
            passes = (_passes ??= Passes.CompileFast())(scope);
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

    /// <summary>The finding of a failed rule: its values read from the scope and its message rendered (or an evaluation error when a value cannot be read).</summary>
    public ReviewFinding Failure(TScope scope, int? lineNo)
    {
        var names = Info.ValueNames;
        // Stryker disable once Block : without values the general path below gives an equal finding (no values, no line: a rule of the order); this only spares the allocations
        if (names.Count == 0)
        {
            return new ReviewFinding(Info.Name, Metadata.Stage, Metadata.Department, Metadata.Severity, Metadata.Outcome, Metadata.Action, _message.Render([]), NoValues);
        }

        // The values are read once, for the message and the finding, into an array the thread keeps.
        var values = _spareValues is { } spare && spare.Length >= names.Count ? spare : new object?[Math.Max(names.Count, SpareValuesLength)];
        _spareValues = null;
        try
        {
            return Failure(scope, lineNo, names, values);
        }
        finally
        {
            Array.Clear(values, 0, names.Count);
            _spareValues = values;
        }
    }

    private ReviewFinding Failure(TScope scope, int? lineNo, IReadOnlyList<string> names, object?[] values)
    {
        try
        {
            _readValues(scope, values);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            return EvaluationError(lineNo, e);
        }

        if (names.Count > _valueCount)
        {
            values[names.Count - 1] = lineNo;
        }

        var named = new OrderedDictionary<string, object?>(names.Count, StringComparer.Ordinal);
        for (var i = 0; i < names.Count; i++)
        {
            named.Add(names[i], values[i]);
        }

        return new ReviewFinding(Info.Name, Metadata.Stage, Metadata.Department, Metadata.Severity, Metadata.Outcome, Metadata.Action, _message.Render(values.AsSpan(0, names.Count)), named, lineNo);
    }

    private ReviewFinding EvaluationError(int? lineNo, Exception error)
    {
        var line = lineNo is { } l ? $" on line {l}" : string.Empty;
        var message = $"The rule '{Info.Name}' could not be evaluated{line} ({error.GetType().Name}: {error.Message}); the order is held until the rule or the data is corrected.";
        var values = new OrderedDictionary<string, object?>(StringComparer.Ordinal) { ["error"] = error.GetType().Name };
        return ReviewFinding.SystemError(Info.Name, Metadata.Stage, Metadata.Department, message, values, lineNo);
    }


}
