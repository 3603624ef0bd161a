namespace OrderConfirmation.Cli;

/// <summary>An input that is not a regular file (a FIFO, a socket, a device): refused without being opened.</summary>
internal sealed class NotARegularFileException(string name, FileKind kind)
    : IOException($"{name}: {Describe(kind)}, not a regular file; it was not opened.")
{
    /// <summary>What the input is.</summary>
    public FileKind Kind { get; } = kind;

    private static string Describe(FileKind kind) => kind switch
    {
        FileKind.Fifo => "a named pipe (FIFO)",
        FileKind.Socket => "a socket",
        FileKind.CharacterDevice => "a character device",
        FileKind.BlockDevice => "a block device",
        FileKind.Directory => "a directory",
        _ => "a special file",
    };
}
