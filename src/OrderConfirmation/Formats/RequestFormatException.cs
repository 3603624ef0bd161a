namespace OrderConfirmation.Formats;

/// <summary>A request file is not a valid request: the message names the source and the field.</summary>
public sealed class RequestFormatException : Exception
{
    /// <summary>Creates the exception for a field of a request.</summary>
    /// <param name="source">The file (or other source) the request came from.</param>
    /// <param name="field">The field, as a path such as <c>order.lines[0].quantity</c>; empty for the whole request.</param>
    /// <param name="problem">What is wrong with it.</param>
    public RequestFormatException(string source, string field, string problem)
        : base(string.IsNullOrEmpty(field) ? $"{source}: {problem}" : $"{source}: {field}: {problem}")
    {
        Source = source;
        Field = field;
        Problem = problem;
    }

    /// <summary>Creates the exception with a message.</summary>
    public RequestFormatException()
        : this("(request)", string.Empty, "The request is invalid.")
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    public RequestFormatException(string message)
        : this("(request)", string.Empty, message)
    {
    }

    /// <summary>Creates the exception with a message and its cause.</summary>
    public RequestFormatException(string message, Exception innerException)
        : base(message, innerException)
    {
        Source = "(request)";
        Field = string.Empty;
        Problem = message;
    }

    /// <summary>The file (or other source) the request came from.</summary>
    public new string Source { get; }

    /// <summary>The field at fault, as a path such as <c>order.lines[0].quantity</c>; empty for the whole request.</summary>
    public string Field { get; }

    /// <summary>What is wrong.</summary>
    public string Problem { get; }
}
