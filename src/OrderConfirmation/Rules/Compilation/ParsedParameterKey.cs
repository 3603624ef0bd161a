using System.Linq.Expressions;
using System.Runtime.CompilerServices;

namespace OrderConfirmation.Rules.Compilation;

/// <summary>
/// Identifies the parse of a scoped parameter: the parameter as read from its file (one object for a GlobalParam, shared
/// by every rule of the file) and the very parameter objects its expression may name. Two rules that agree on both get
/// the same parsed expression, so a file's global parameters are parsed once per stage and scope, not once per rule.
/// </summary>
internal sealed class ParsedParameterKey(ScopedParameter parameter, ParameterExpression[] known) : IEquatable<ParsedParameterKey>
{
    /// <summary>The parameter as read from its file.</summary>
    public ScopedParameter Parameter { get; } = parameter;

    /// <summary>The inputs and earlier parameters its expression may name, in order.</summary>
    public IReadOnlyList<ParameterExpression> Known { get; } = known;

    public bool Equals(ParsedParameterKey? other) =>
        other is not null && ReferenceEquals(Parameter, other.Parameter) && Known.SequenceEqual(other.Known, ReferenceEqualityComparer.Instance);

    public override bool Equals(object? obj) => Equals(obj as ParsedParameterKey);

    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.Add(RuntimeHelpers.GetHashCode(Parameter));
        foreach (var name in Known)
        {
            hash.Add(RuntimeHelpers.GetHashCode(name));
        }

        return hash.ToHashCode();
    }
}
