namespace OrderConfirmation.Cli;

/// <summary>Where the tool's standard output and error go, as far as drawing progress goes.</summary>
internal interface IStandardStreams
{
    /// <summary>Whether standard error is a terminal (not redirected to a file or a pipe).</summary>
    bool ErrorIsTerminal { get; }

    /// <summary>Whether standard output is a terminal.</summary>
    bool OutputIsTerminal { get; }

    /// <summary>Whether standard output is a pipe or a socket: another program reads it, and may share the terminal.</summary>
    bool OutputIsPipe { get; }
}
