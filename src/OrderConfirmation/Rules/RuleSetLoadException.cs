using OrderConfirmation.Diagnostics;

namespace OrderConfirmation.Rules;

/// <summary>
/// Rule files could not be loaded: nothing of them is used. <see cref="Diagnostics"/> lists every
/// problem found (file, position, rule name and message), not only the first.
/// </summary>
public sealed class RuleSetLoadException : Exception
{
    /// <summary>Creates the exception from the problems found.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="diagnostics"/> is <see langword="null"/>.</exception>
    public RuleSetLoadException(IReadOnlyList<RuleDiagnostic> diagnostics)
        : base(Describe(diagnostics))
    {
        Diagnostics = diagnostics;
    }

    /// <summary>Creates the exception with a message and no diagnostics.</summary>
    public RuleSetLoadException()
        : this([])
    {
    }

    /// <summary>Creates the exception with a message and no diagnostics.</summary>
    public RuleSetLoadException(string message)
        : base(message)
    {
        Diagnostics = [];
    }

    /// <summary>Creates the exception with a message, no diagnostics and the exception that caused it.</summary>
    public RuleSetLoadException(string message, Exception innerException)
        : base(message, innerException)
    {
        Diagnostics = [];
    }

    /// <summary>Every problem found, in file and position order.</summary>
    public IReadOnlyList<RuleDiagnostic> Diagnostics { get; }

    private static string Describe(IReadOnlyList<RuleDiagnostic> diagnostics) => DiagnosticsMessage.Describe("The rule files", diagnostics);
}
