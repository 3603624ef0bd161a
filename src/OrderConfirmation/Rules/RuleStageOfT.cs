using System.Linq.Expressions;
using OrderConfirmation.Findings;

namespace OrderConfirmation.Rules;

/// <summary>
/// A stage whose rules read their inputs from a scope object of type <typeparamref name="TScope"/>, which the code that
/// runs the stage fills in (and, for line rules, moves along the lines). Each input is declared with a name and a
/// read, such as <c>OrderInput("credit", scope =&gt; scope.Credit)</c>; the read is inlined into every compiled rule,
/// so a rule reads it as fast as hand-written code would.
/// </summary>
/// <typeparam name="TScope">The scope object's type.</typeparam>
/// <param name="name">The stage's name, as rule files write it in <c>Stage</c>.</param>
/// <exception cref="ArgumentException"><paramref name="name"/> is the default stage (no name).</exception>
#pragma warning disable RS0022 // Deliberate: a stage with a richer declaration (a host's review stage) derives from this one; RuleStage's own members for derived classes are private protected, so nothing outside the library gains access.
public class RuleStage<TScope>(ReviewStage name) : RuleStage(name)
#pragma warning restore RS0022
    where TScope : class
{
    internal override Type ScopeType => typeof(TScope);

    /// <summary>Declares an input every rule of the stage may read.</summary>
    /// <typeparam name="T">The input's type; rules may read its public members.</typeparam>
    /// <param name="name">The name rule expressions use: letters, digits and '_', starting with a letter, unique in the stage (ignoring case).</param>
    /// <param name="read">How the input is read from the scope object.</param>
    /// <returns>This stage.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="name"/> is not a name, or the stage already has an input of that name.</exception>
    /// <exception cref="InvalidOperationException">A catalog already holds the stage.</exception>
    public RuleStage<TScope> OrderInput<T>(string name, Expression<Func<TScope, T>> read) => Declare(name, read, RuleScopeKind.Order);

    /// <summary>Declares an input only the stage's line rules may read (they also read the order inputs).</summary>
    /// <inheritdoc cref="OrderInput{T}(string, Expression{Func{TScope, T}})"/>
    public RuleStage<TScope> LineInput<T>(string name, Expression<Func<TScope, T>> read) => Declare(name, read, RuleScopeKind.Line);

    internal override TResult Accept<TResult>(IRuleStageVisitor<TResult> visitor) => visitor.Visit(this);

    internal override CompiledStage Group(IEnumerable<CompiledRule> rules)
    {
        var typed = rules.Cast<CompiledRule<TScope>>().ToArray();
        return new CompiledStage<TScope>(
            this,
            Array.FindAll(typed, r => r.Metadata.Scope == RuleScopeKind.Order),
            Array.FindAll(typed, r => r.Metadata.Scope == RuleScopeKind.Line));
    }

    /// <summary>
    /// Declares an input that is a public field of the scope object, without building an expression tree per input:
    /// the library's own stages use it, so that a cold start does not pay for a typed lambda per input.
    /// </summary>
    internal RuleStage<TScope> FieldInput(string name, string field, RuleScopeKind scope)
    {
        Add(RuleInput.FromField(name, typeof(TScope).GetField(field) ?? throw new ArgumentException($"{typeof(TScope).Name} has no public field {field}.", nameof(field)), scope));
        return this;
    }

    private RuleStage<TScope> Declare<T>(string name, Expression<Func<TScope, T>> read, RuleScopeKind scope)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(read);
        if (NameProblem(name) is { } problem)
        {
            throw new ArgumentException(problem, nameof(name));
        }

        Add(RuleInput.FromLambda(name, read, scope));
        return this;
    }
}
