using OrderConfirmation.Diagnostics;

namespace OrderConfirmation.Calendars;

/// <summary>
/// The working-calendar file could not be loaded: nothing of it is used. <see cref="DiagnosedLoadException.Diagnostics"/> lists every
/// problem found (file, line, column, code and message), not only the first.
/// </summary>
public sealed class CalendarLoadException : DiagnosedLoadException
{
    private const string What = "The working calendar";

    /// <summary>Creates the exception from the problems found.</summary>
    /// <param name="diagnostics">The problems, in file and position order.</param>
    /// <exception cref="ArgumentNullException"><paramref name="diagnostics"/> is <see langword="null"/>.</exception>
    public CalendarLoadException(IReadOnlyList<RuleDiagnostic> diagnostics)
        : base(What, diagnostics)
    {
    }

    /// <summary>Creates the exception with no diagnostics.</summary>
    public CalendarLoadException()
        : base(What, [])
    {
    }

    /// <summary>Creates the exception with a message and no diagnostics.</summary>
    /// <param name="message">What went wrong.</param>
    public CalendarLoadException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message, no diagnostics and the exception that caused it.</summary>
    /// <param name="message">What went wrong.</param>
    /// <param name="innerException">The cause.</param>
    public CalendarLoadException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
