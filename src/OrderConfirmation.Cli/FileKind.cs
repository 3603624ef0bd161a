namespace OrderConfirmation.Cli;

/// <summary>What a path names, as far as reading it goes: only a regular file is ever opened.</summary>
internal enum FileKind
{
    /// <summary>Nothing: reading it reports the file as not found.</summary>
    Missing,

    /// <summary>A regular file (or a symbolic link to one).</summary>
    Regular,

    /// <summary>A directory.</summary>
    Directory,

    /// <summary>A named pipe: opening it for reading waits for a writer, maybe forever.</summary>
    Fifo,

    /// <summary>A Unix domain socket.</summary>
    Socket,

    /// <summary>A character device such as a terminal, <c>/dev/stdin</c> or <c>/dev/zero</c>.</summary>
    CharacterDevice,

    /// <summary>A block device such as a disk.</summary>
    BlockDevice,

    /// <summary>Anything else.</summary>
    Other,
}
