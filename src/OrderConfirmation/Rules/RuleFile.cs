using System.Reflection;
using OrderConfirmation.Calendars;
using OrderConfirmation.Tasks;

namespace OrderConfirmation.Rules;

/// <summary>The content of one rule file and the name used for it in diagnostics.</summary>
public sealed class RuleFile
{
    private const string EmbeddedPrefix = "OrderConfirmation.Rules.Defaults.";

    /// <summary>The analyst files a rules directory holds beside the rule files, each read by its own loader.</summary>
    private static readonly string[] OtherAnalystFiles = [CalendarFile.FileName, TaskFile.FileName];

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
    /// (<c>*.schema.json</c>), the working-calendar file (<see cref="CalendarFile.FileName"/>, read by
    /// <see cref="CalendarFile"/>) and the department-task file (<see cref="TaskFile.FileName"/>, read by <see cref="TaskFile"/>), in ordinal name order. Sub-directories (such as analysts' test cases) are not read.
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
            .Where(IsRuleFileName)
            .Order(StringComparer.Ordinal)
            .Select(f => new RuleFile(f, File.ReadAllBytes(f)))];
    }

    /// <summary>
    /// Whether a file of a rules directory is a rule file: a <c>*.json</c> file that is neither a JSON Schema nor one of the
    /// other analyst files kept beside the rule files (the working calendar, the department tasks), which their own loaders read.
    /// </summary>
    internal static bool IsRuleFileName(string? name) =>
        name is not null
        && name.EndsWith(".json", StringComparison.OrdinalIgnoreCase)
        && !name.EndsWith(".schema.json", StringComparison.OrdinalIgnoreCase)
        && !OtherAnalystFiles.Contains(System.IO.Path.GetFileName(name), StringComparer.OrdinalIgnoreCase);

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
