using OrderConfirmation.Diagnostics;

namespace OrderConfirmation.Tasks;

/// <summary>
/// The department-task file could not be loaded: nothing of it is used. <see cref="DiagnosedLoadException.Diagnostics"/>
/// lists every problem found (file, line, column, code and a message naming the action), not only the first.
/// </summary>
public sealed class TaskLoadException : DiagnosedLoadException
{
    private const string What = "The department tasks";

    /// <summary>Creates the exception from the problems found.</summary>
    /// <param name="diagnostics">The problems, in file and position order.</param>
    /// <exception cref="ArgumentNullException"><paramref name="diagnostics"/> is <see langword="null"/>.</exception>
    public TaskLoadException(IReadOnlyList<RuleDiagnostic> diagnostics)
        : base(What, diagnostics)
    {
    }

    /// <summary>Creates the exception with no diagnostics.</summary>
    public TaskLoadException()
        : base(What, [])
    {
    }

    /// <summary>Creates the exception with a message and no diagnostics.</summary>
    /// <param name="message">What went wrong.</param>
    public TaskLoadException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message, no diagnostics and the exception that caused it.</summary>
    /// <param name="message">What went wrong.</param>
    /// <param name="innerException">The cause.</param>
    public TaskLoadException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
