namespace OrderConfirmation.Storage;

/// <summary>
/// A stored order state could not be read back (<see cref="OrderStateDocument.Read"/>): the text is not JSON, is of a
/// format this version does not read, or a member is missing, of the wrong type or not a valid value. The message
/// names the member by its JSON path (<c>$.order.lines[0].quantity</c>) and says what is wrong; nothing is restored.
/// </summary>
public sealed class StoredStateFormatException : FormatException
{
    /// <summary>Creates the exception for a member of a stored state.</summary>
    /// <param name="path">The member, as a JSON path such as <c>$.order.lines[0].quantity</c>; <c>$</c> for the whole document.</param>
    /// <param name="problem">What is wrong with it.</param>
    /// <param name="innerException">The error that revealed the problem, if any.</param>
    public StoredStateFormatException(string path, string problem, Exception? innerException = null)
        : base($"The stored order state is not valid at {path}: {problem}", innerException)
    {
        Path = path;
        Problem = problem;
    }

    /// <summary>Creates the exception with a message.</summary>
    public StoredStateFormatException()
        : this("The stored order state is not valid.")
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    public StoredStateFormatException(string message)
        : base(message)
    {
        Path = "$";
        Problem = message;
    }

    /// <summary>Creates the exception with a message and its cause.</summary>
    public StoredStateFormatException(string message, Exception innerException)
        : base(message, innerException)
    {
        Path = "$";
        Problem = message;
    }

    /// <summary>The member at fault, as a JSON path such as <c>$.order.lines[0].quantity</c>; <c>$</c> for the whole document.</summary>
    public string Path { get; }

    /// <summary>What is wrong, without the path.</summary>
    public string Problem { get; }
}
