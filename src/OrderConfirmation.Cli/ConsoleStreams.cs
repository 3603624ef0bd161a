namespace OrderConfirmation.Cli;

/// <summary>The process's own standard streams; <see cref="Redirected"/> for a run whose writers are not the console's.</summary>
internal sealed class ConsoleStreams : IStandardStreams
{
    private ConsoleStreams(bool console) => IsConsole = console;

    /// <summary>The console's streams, as the process has them.</summary>
    public static ConsoleStreams Console { get; } = new(console: true);

    /// <summary>Streams that are no terminal (a run in a test, or by a host, with its own writers): progress is never drawn.</summary>
    public static ConsoleStreams Redirected { get; } = new(console: false);

    private bool IsConsole { get; }

    public bool ErrorIsTerminal => IsConsole && !System.Console.IsErrorRedirected;

    public bool OutputIsTerminal => IsConsole && !System.Console.IsOutputRedirected;

    public bool OutputIsPipe => IsConsole && !OperatingSystem.IsWindows() && UnixFiles.KindOfStandardOutput() is FileKind.Fifo or FileKind.Socket;
}
