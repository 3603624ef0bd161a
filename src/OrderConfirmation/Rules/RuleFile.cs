using System.Reflection;
using OrderConfirmation.Calendars;

namespace OrderConfirmation.Rules;

/// <summary>The content of one rule file and the name used for it in diagnostics.</summary>
public sealed class RuleFile
{
    private const string EmbeddedPrefix = "OrderConfirmation.Rules.Defaults.";

    /// <summary>Creates a rule file from its content.</summary>
    /// <param name="path">The file's path or name, as diagnostics should show it.</param>
    /// <param name="content">The UTF-8 JSON content.</param>
    /// <exception cref="ArgumentException"><paramref name="path"/> is null or blank.</exception>
    public RuleFile(string path, ReadOnlyMemory<byte> content)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        Path = path;
        Content = content;
    }

    /// <summary>The file's path or name, as diagnostics show it.</summary>
    public string Path { get; }

    /// <summary>The UTF-8 JSON content.</summary>
    public ReadOnlyMemory<byte> Content { get; }

    /// <summary>
    /// Reads the rule files of a directory: every <c>*.json</c> file directly in it except JSON Schemas
    /// (<c>*.schema.json</c>) and the working-calendar file (<see cref="CalendarFile.FileName"/>, read by
    /// <see cref="CalendarFile"/>), in ordinal name order. Sub-directories (such as analysts' test cases) are not read.
    /// </summary>
    /// <exception cref="DirectoryNotFoundException">The directory does not exist.</exception>
    public static IReadOnlyList<RuleFile> FromDirectory(string directory)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(directory);
        if (!Directory.Exists(directory))
        {
            throw new DirectoryNotFoundException($"The rules directory '{directory}' does not exist.");
        }

        return [.. Directory.EnumerateFiles(directory, "*.json", SearchOption.TopDirectoryOnly)
            .Where(f => !f.EndsWith(".schema.json", StringComparison.OrdinalIgnoreCase))
            .Where(f => !System.IO.Path.GetFileName(f).Equals(CalendarFile.FileName, StringComparison.OrdinalIgnoreCase))
            .Order(StringComparer.Ordinal)
            .Select(f => new RuleFile(f, File.ReadAllBytes(f)))];
    }

    /// <summary>The default rule files shipped inside the package, in ordinal name order.</summary>
    public static IReadOnlyList<RuleFile> EmbeddedDefaults()
    {
        var assembly = typeof(RuleFile).Assembly;
        return [.. assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(EmbeddedPrefix, StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(n => new RuleFile(n[EmbeddedPrefix.Length..], ReadResource(assembly, n)))];
    }

    private static byte[] ReadResource(Assembly assembly, string name)
    {
        using var stream = assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"The embedded rule file '{name}' is missing.");
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        return buffer.ToArray();
    }
}
