using System.Runtime.InteropServices;
using Microsoft.Win32.SafeHandles;

namespace OrderConfirmation.Cli;

/// <summary>
/// What .NET's file APIs cannot do on Linux and macOS, through the same native shims they use (<c>libSystem.Native</c>,
/// part of every .NET runtime): tell a file's type without opening it, list a directory's names as the bytes they are,
/// and open a file by such a name. Names are null-terminated bytes; .NET's own APIs would turn a name that is not
/// valid UTF-8 into text with U+FFFD in it, which names no file.
/// </summary>
internal static partial class UnixFiles
{
    private const string SystemNative = "libSystem.Native";

    /// <summary>PAL_O_RDONLY | PAL_O_CLOEXEC.</summary>
    private const int OpenReadOnly = 0x0010;

    /// <summary>The type of the file at <paramref name="path"/>, following symbolic links; <see cref="FileKind.Missing"/> when there is none.</summary>
    public static FileKind KindOf(ReadOnlySpan<byte> path)
    {
        var status = default(FileStatus);
        return Stat(NullTerminated(path), ref status) == 0 ? KindOfMode(status.Mode) : FileKind.Missing;
    }

    /// <summary>The type of the file open as standard output (descriptor 1), or <see cref="FileKind.Missing"/> when it is closed.</summary>
    public static FileKind KindOfStandardOutput()
    {
        var status = default(FileStatus);
        return FStat(1, ref status) == 0 ? KindOfMode(status.Mode) : FileKind.Missing;
    }

    /// <summary>The names in a directory, as bytes, without <c>.</c> and <c>..</c>; empty when it cannot be read.</summary>
    public static List<byte[]> Names(ReadOnlySpan<byte> directory)
    {
        var names = new List<byte[]>();
        var handle = OpenDir(NullTerminated(directory));
        if (handle == IntPtr.Zero)
        {
            return names;
        }

        try
        {
            var entry = default(DirectoryEntry);
            while (ReadDir(handle, ref entry) == 0)
            {
                var name = NameBytes(entry);
                if (name is not [(byte)'.'] and not [(byte)'.', (byte)'.'])
                {
                    names.Add(name);
                }
            }
        }
        finally
        {
            _ = CloseDir(handle);
        }

        return names;
    }

    /// <summary>Opens a file for reading by its name's bytes.</summary>
    /// <exception cref="IOException">The file cannot be opened.</exception>
    public static FileStream OpenRead(ReadOnlySpan<byte> path, string name)
    {
        var descriptor = Open(NullTerminated(path), OpenReadOnly, 0);
        if (descriptor < 0)
        {
            throw new IOException($"{name}: the file cannot be opened: {Marshal.GetPInvokeErrorMessage(Marshal.GetLastPInvokeError())}.");
        }

        return new FileStream(new SafeFileHandle(descriptor, ownsHandle: true), FileAccess.Read, bufferSize: 0);
    }

    private static FileKind KindOfMode(int mode) => (mode & 0xF000) switch
    {
        0x8000 => FileKind.Regular,
        0x4000 => FileKind.Directory,
        0x1000 => FileKind.Fifo,
        0xC000 => FileKind.Socket,
        0x2000 => FileKind.CharacterDevice,
        0x6000 => FileKind.BlockDevice,
        _ => FileKind.Other,
    };

    private static byte[] NullTerminated(ReadOnlySpan<byte> path)
    {
        var bytes = new byte[path.Length + 1];
        path.CopyTo(bytes);
        return bytes;
    }

    private static byte[] NameBytes(DirectoryEntry entry)
    {
        var length = entry.NameLength;
        if (length < 0)
        {
            length = 0;
            while (Marshal.ReadByte(entry.Name, length) != 0)
            {
                length++;
            }
        }

        var name = new byte[length];
        Marshal.Copy(entry.Name, name, 0, length);
        return name;
    }

    [LibraryImport(SystemNative, EntryPoint = "SystemNative_Stat", SetLastError = true)]
    private static partial int Stat(byte[] path, ref FileStatus status);

    [LibraryImport(SystemNative, EntryPoint = "SystemNative_FStat", SetLastError = true)]
    private static partial int FStat(nint descriptor, ref FileStatus status);

    [LibraryImport(SystemNative, EntryPoint = "SystemNative_Open", SetLastError = true)]
    private static partial nint Open(byte[] path, int flags, int mode);

    [LibraryImport(SystemNative, EntryPoint = "SystemNative_OpenDir", SetLastError = true)]
    private static partial IntPtr OpenDir(byte[] path);

    [LibraryImport(SystemNative, EntryPoint = "SystemNative_ReadDir")]
    private static partial int ReadDir(IntPtr directory, ref DirectoryEntry entry);

    [LibraryImport(SystemNative, EntryPoint = "SystemNative_CloseDir")]
    private static partial int CloseDir(IntPtr directory);

    /// <summary>The shim's <c>FileStatus</c>: its first two fields, and room for the rest (120 bytes in .NET 10).</summary>
    [StructLayout(LayoutKind.Sequential, Size = 256)]
    private struct FileStatus
    {
        public int Flags;
        public int Mode;
    }

    /// <summary>The shim's <c>DirectoryEntry</c>: the name (valid until the next read), its length or -1, the type.</summary>
    [StructLayout(LayoutKind.Sequential)]
    private struct DirectoryEntry
    {
        public IntPtr Name;
        public int NameLength;
        public int InodeType;
    }
}
