using System.Buffers;
using System.Text;
using OrderConfirmation.Formats;

namespace OrderConfirmation.Cli;

/// <summary>
/// A file a command reads: its name for messages (and for opening, when the name is text), and, for a name that is not
/// valid UTF-8, the name's bytes, by which it is opened (see <see cref="UnixFiles"/>). Only a regular file is opened:
/// a FIFO, socket or device is refused with a <see cref="NotARegularFileException"/> naming it.
/// </summary>
/// <param name="Name">The path as text; a byte of a name that is not UTF-8 is shown as <c>\xFF</c>.</param>
/// <param name="NativePath">The path's bytes when the text cannot name the file, else <see langword="null"/>.</param>
internal sealed record InputFile(string Name, byte[]? NativePath = null)
{
    /// <summary>Reads a request from UTF-8 bytes, naming <c>source</c> in its errors.</summary>
    public delegate T BytesReader<out T>(ReadOnlySpan<byte> utf8, string source);

    /// <summary>What the path names; a regular file on Windows, where a file name cannot be a FIFO.</summary>
    public FileKind Kind => OperatingSystem.IsWindows()
        ? (File.Exists(Name) ? FileKind.Regular : Directory.Exists(Name) ? FileKind.Directory : FileKind.Missing)
        : UnixFiles.KindOf(NativePath ?? Encoding.UTF8.GetBytes(Name));

    /// <summary>Throws <see cref="NotARegularFileException"/> for anything but a regular file or nothing at all (which reading reports).</summary>
    public void EnsureRegular()
    {
        if (Kind is not (FileKind.Regular or FileKind.Missing) and var kind)
        {
            throw new NotARegularFileException(Name, kind);
        }
    }

    /// <summary>
    /// Reads the file (call <see cref="EnsureRegular"/> first): by its path with <paramref name="byPath"/>, or, for a name that
    /// is not text, from its bytes (at most <paramref name="maxBytes"/> and one more, so that a larger file shows) with
    /// <paramref name="byBytes"/>.
    /// </summary>
    public T Read<T>(Func<string, T> byPath, BytesReader<T> byBytes, int maxBytes)
    {
        if (NativePath is null)
        {
            return byPath(Name);
        }

        using var stream = UnixFiles.OpenRead(NativePath, Name);
        var buffer = ArrayPool<byte>.Shared.Rent(maxBytes + 1);
        try
        {
            var count = stream.ReadAtLeast(buffer.AsSpan(0, maxBytes + 1), maxBytes + 1, throwOnEndOfStream: false);
            return byBytes(buffer.AsSpan(0, count), Name);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    /// <summary>Opens the file for reading (call <see cref="EnsureRegular"/> first).</summary>
    public Stream OpenRead() =>
        NativePath is null ? File.OpenRead(Name) : UnixFiles.OpenRead(NativePath, Name);

    /// <inheritdoc />
    public override string ToString() => Name;
}
