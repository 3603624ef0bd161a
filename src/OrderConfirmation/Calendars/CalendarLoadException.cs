using OrderConfirmation.Diagnostics;

namespace OrderConfirmation.Calendars;

/// <summary>
/// The working-calendar file could not be loaded: nothing of it is used. <see cref="Diagnostics"/> lists every
/// problem found (file, line, column, code and message), not only the first.
/// </summary>
public sealed class CalendarLoadException : Exception
{
    /// <summary>Creates the exception from the problems found.</summary>
    /// <param name="diagnostics">The problems, in file order.</param>
    /// <exception cref="ArgumentNullException"><paramref name="diagnostics"/> is <see langword="null"/>.</exception>
    public CalendarLoadException(IReadOnlyList<RuleDiagnostic> diagnostics)
        : base(Describe(diagnostics))
    {
        Diagnostics = diagnostics;
    }

    /// <summary>Creates the exception with no diagnostics.</summary>
    public CalendarLoadException()
        : this([])
    {
    }

    /// <summary>Creates the exception with a message and no diagnostics.</summary>
    /// <param name="message">What went wrong.</param>
    public CalendarLoadException(string message)
        : base(message)
    {
        Diagnostics = [];
    }

    /// <summary>Creates the exception with a message, no diagnostics and the exception that caused it.</summary>
    /// <param name="message">What went wrong.</param>
    /// <param name="innerException">The cause.</param>
    public CalendarLoadException(string message, Exception innerException)
        : base(message, innerException)
    {
        Diagnostics = [];
    }

    /// <summary>Every problem found, in file order; each prints as <c>file:line:column: error CODE: message</c>.</summary>
    public IReadOnlyList<RuleDiagnostic> Diagnostics { get; }

    private static string Describe(IReadOnlyList<RuleDiagnostic> diagnostics) => DiagnosticsMessage.Describe("The working calendar", diagnostics);
}
