using OrderConfirmation.Diagnostics;

namespace OrderConfirmation.Rules;

/// <summary>
/// Rule files could not be loaded: nothing of them is used. <see cref="DiagnosedLoadException.Diagnostics"/> lists every
/// problem found (file, position, rule name and message), not only the first.
/// </summary>
public sealed class RuleSetLoadException : DiagnosedLoadException
{
    private const string What = "The rule files";

    /// <summary>Creates the exception from the problems found.</summary>
    /// <param name="diagnostics">The problems, in file and position order.</param>
    /// <exception cref="ArgumentNullException"><paramref name="diagnostics"/> is <see langword="null"/>.</exception>
    public RuleSetLoadException(IReadOnlyList<RuleDiagnostic> diagnostics)
        : base(What, diagnostics)
    {
    }

    /// <summary>Creates the exception with no diagnostics.</summary>
    public RuleSetLoadException()
        : base(What, [])
    {
    }

    /// <summary>Creates the exception with a message and no diagnostics.</summary>
    /// <param name="message">What went wrong.</param>
    public RuleSetLoadException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message, no diagnostics and the exception that caused it.</summary>
    /// <param name="message">What went wrong.</param>
    /// <param name="innerException">The cause.</param>
    public RuleSetLoadException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
