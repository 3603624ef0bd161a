using System.Text;

namespace OrderConfirmation.Cli;

/// <summary>Expands the paths given on the command line into the files to read, in a stable order.</summary>
internal static class InputFiles
{
    /// <summary>
    /// Files are taken as given; a directory gives its files matching <paramref name="pattern"/> (not its
    /// sub-directories) in ordinal name order. A path that does not exist is returned too, so that reading it reports it.
    /// A name that is not valid UTF-8 (which .NET shows with U+FFFD in it, and cannot open by) is found again by its
    /// bytes: in a directory's listing, or, named on the command line, in its directory when exactly one name there
    /// reads as the given one.
    /// </summary>
    public static IEnumerable<InputFile> Files(IEnumerable<string> paths, TextWriter error, string pattern = "*.json")
    {
        foreach (var path in paths)
        {
            if (Directory.Exists(path))
            {
                var files = InDirectory(path, pattern);
                if (files.Count == 0)
                {
                    error.WriteLine($"warning: {path}: the directory has no {pattern} files.");
                }

                foreach (var file in files)
                {
                    yield return file;
                }
            }
            else
            {
                yield return Named(path);
            }
        }
    }

    private static List<InputFile> InDirectory(string directory, string pattern)
    {
        var names = Directory.EnumerateFiles(directory, pattern, SearchOption.TopDirectoryOnly).ToList();
        if (OperatingSystem.IsWindows() || !names.Exists(IsLossy))
        {
            return [.. names.Order(StringComparer.Ordinal).Select(name => new InputFile(name))];
        }

        // .NET lists a name that is not UTF-8 with U+FFFD for its bad bytes (two such names may even read the same):
        // take those from the directory's own bytes instead.
        var suffix = Encoding.UTF8.GetBytes(pattern.TrimStart('*'));
        var files = names.Where(name => !IsLossy(name) || Path.Exists(name)).Select(name => new InputFile(name)).ToList();
        foreach (var native in UnixFiles.Names(Encoding.UTF8.GetBytes(directory)))
        {
            if (!IsUtf8(native) && native.AsSpan().EndsWith(suffix))
            {
                var file = Native(directory, native);
                if (file.Kind != FileKind.Directory)
                {
                    files.Add(file);
                }
            }
        }

        return [.. files.OrderBy(file => file.Name, StringComparer.Ordinal)];
    }

    private static InputFile Named(string path)
    {
        if (OperatingSystem.IsWindows() || !IsLossy(path) || Path.Exists(path))
        {
            return new InputFile(path);
        }

        var directory = Path.GetDirectoryName(path) is { Length: > 0 } parent ? parent : ".";
        var name = Path.GetFileName(path);
        var matches = UnixFiles.Names(Encoding.UTF8.GetBytes(directory))
            .Where(native => !IsUtf8(native) && Encoding.UTF8.GetString(native) == name)
            .ToList();
        return matches.Count == 1 ? Native(path[..^name.Length], matches[0]) : new InputFile(path);
    }

    /// <summary>A file whose name is not UTF-8, in <paramref name="directory"/> (text, ending in a separator or not).</summary>
    private static InputFile Native(string directory, byte[] name)
    {
        var prefix = directory.Length == 0 || Path.EndsInDirectorySeparator(directory) ? directory : directory + Path.DirectorySeparatorChar;
        var path = Encoding.UTF8.GetBytes(prefix).Concat(name).ToArray();
        return new InputFile(prefix + Shown(name), path);
    }

    /// <summary>The name as text, each byte that is not part of a UTF-8 character shown as <c>\xFF</c>.</summary>
    private static string Shown(ReadOnlySpan<byte> name)
    {
        var text = new StringBuilder();
        while (!name.IsEmpty)
        {
            if (System.Text.Rune.DecodeFromUtf8(name, out var rune, out var consumed) == System.Buffers.OperationStatus.Done)
            {
                text.Append(rune.ToString());
            }
            else
            {
                foreach (var b in name[..consumed])
                {
                    text.Append(System.Globalization.CultureInfo.InvariantCulture, $"\\x{b:X2}");
                }
            }

            name = name[consumed..];
        }

        return text.ToString();
    }

    private static bool IsLossy(string path) => path.Contains('\uFFFD', StringComparison.Ordinal);

    private static bool IsUtf8(byte[] name) => System.Text.Unicode.Utf8.IsValid(name);
}
