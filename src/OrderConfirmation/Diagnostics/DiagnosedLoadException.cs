namespace OrderConfirmation.Diagnostics;

/// <summary>
/// A file could not be loaded: nothing of it is used. <see cref="Diagnostics"/> lists every problem found (file,
/// position, code and message), not only the first; the message names what was loaded and prints one problem a line.
/// </summary>
public abstract class DiagnosedLoadException : Exception
{
    /// <summary>Creates the exception from the problems found while loading <paramref name="what"/>.</summary>
    /// <param name="what">What was loaded, as the message's subject ("The rule files").</param>
    /// <param name="diagnostics">The problems, in file and position order.</param>
    /// <exception cref="ArgumentNullException"><paramref name="diagnostics"/> is <see langword="null"/>.</exception>
    protected DiagnosedLoadException(string what, IReadOnlyList<RuleDiagnostic> diagnostics)
        : base(DiagnosticsMessage.Describe(what, diagnostics))
    {
        Diagnostics = diagnostics;
    }

    /// <summary>Creates the exception with a message and no diagnostics.</summary>
    /// <param name="message">What went wrong.</param>
    protected DiagnosedLoadException(string message)
        : base(message)
    {
        Diagnostics = [];
    }

    /// <summary>Creates the exception with a message, no diagnostics and the exception that caused it.</summary>
    /// <param name="message">What went wrong.</param>
    /// <param name="innerException">The cause.</param>
    protected DiagnosedLoadException(string message, Exception innerException)
        : base(message, innerException)
    {
        Diagnostics = [];
    }

    /// <summary>Every problem found, in file and position order; each prints as <c>file:line:column: error CODE: message</c>.</summary>
    public IReadOnlyList<RuleDiagnostic> Diagnostics { get; }
}
